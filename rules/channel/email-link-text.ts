import type { BrandKit } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/types.js';
import { atomsOf } from '../../src/lexicon/atoms.js';
import { PhraseMatcher } from '../../src/lexicon/matcher.js';
import { segmentRange } from '../../src/text/joined-text.js';

/**
 * One matcher for the kit's vague link texts. By default a multi-word text
 * ("click here") is vague anywhere in a link; a single word ("here",
 * "more") only when it is the whole link text, since "more plans" says
 * where it goes. With `match: whole` every entry must be the whole link
 * text, for briefs that accept "Read more about the spring plans".
 */
function vagueTexts(kit: BrandKit): PhraseMatcher<{ phrase: string; anywhere: boolean }> {
  const matcher = new PhraseMatcher<{ phrase: string; anywhere: boolean }>();
  for (const phrase of kit.channels.email.vagueLinkText) matcher.add(phrase, { phrase, anywhere: atomsOf(phrase).length > 1 });
  return matcher;
}

const emailLinkText: Rule = {
  meta: {
    id: 'channel/email-link-text',
    description: 'Link text says where the link goes, never "click here" or "read more".',
    severity: 'warn',
    channels: ['email'],
    fixable: false,
    options: {
      type: 'object',
      properties: {
        match: {
          type: 'string',
          enum: ['contains', 'whole'],
          description:
            'How an entry of channels.email.vagueLinkText is matched: "contains" (default) reports a multi-word entry anywhere in the link text and a one-word entry only as the whole text; "whole" reports any entry only when it is the whole link text.',
        },
      },
      additionalProperties: false,
    },
    docs: {
      details:
        'Screen readers list an email\'s links by their text, and readers scan for them: "click here" says nothing. A link or ' +
        'button whose text contains one of `channels.email.vagueLinkText` (in any case) is reported at its text — a one-word ' +
        'entry such as "here" only when it is the whole link text. With the option `match: whole`, every entry is reported only when it ' +
        'is the whole link text (punctuation and arrows around it aside): "Read more" is reported, "Read more about the spring plans" is not.',
      kit: 'channels:\n  email:\n    vagueLinkText: [click here, here, read more, learn more]',
      bad: '<p>Our spring plans are out. <a href="https://acme.com/plans">Click here</a>.</p>',
      findings: ['1:63-1:73 "Click here" does not say where the link goes; describe the destination instead.'],
      good: '<p>Our spring plans are out. <a href="https://acme.com/plans">See the spring plans</a>.</p>',
      channel: 'email',
    },
  },
  check(context) {
    if (context.kit.channels.email.vagueLinkText.length === 0) return;
    const matcher = context.derive(vagueTexts);
    const wholeOnly = context.options.match === 'whole';
    for (const segment of context.document.segments) {
      if (segment.role !== 'link' && segment.role !== 'button') continue;
      const atoms = atomsOf(segment.text);
      const vague = matcher
        .scan(segment.text, atoms)
        .find(({ payload, start, end }) => (payload.anywhere && !wholeOnly) || (start === atoms[0]?.start && end === atoms.at(-1)?.end));
      if (!vague) continue;
      context.report({
        ...segmentRange(segment),
        message: `"${segment.text.trim()}" does not say where the link goes; describe the destination instead.`,
      });
    }
  },
};

export default emailLinkText;

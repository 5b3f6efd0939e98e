import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Word } from '../../src/nlp/analyze.js';
import { copyPieces, pieceAnchor } from '../../src/nlp/brand-copy.js';
import { normalizeToken } from '../../src/nlp/word-phrases.js';
import { groupBy } from '../../src/text/group-by.js';

const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd"]);
const BRAND = new Set(['we', 'our', 'ours', 'us', 'ourselves', "we're", "we've", "we'll", "we'd"]);

/** Below this many person words there is too little copy to judge a balance. */
const MIN_PERSON_WORDS = 4;

const address: Rule = {
  meta: {
    id: 'tone/address',
    description: 'Copy talks to the reader ("you") more than about the brand ("we").',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        "Counts reader words (you, your, you're …) and brand words (we, our, us, we're …) in brand copy and reports, once per " +
        'document (for a social calendar: per post), a share of reader words — you ÷ (you + we) — below ' +
        '`tone.address.minYouRatio`, with both counts. The finding points at the first segment of brand copy. Copy with fewer than ' +
        `${MIN_PERSON_WORDS} such words is not judged. "US" in capitals is the country. Customer lines, stage directions and quoted ` +
        'speech (a testimonial saying "we love it") do not count, unless `tone.judgeQuotes`.',
      kit: 'tone:\n  address: { minYouRatio: 0.5 }',
      bad: 'We built our new planner because we care about our craft. We think it shows.',
      findings: [
        '1:1-1:77 The copy says "you/your" 0 times and "we/our/us" 5 times (0% reader address); the kit\'s minimum is 50%. Turn sentences toward the reader.',
      ],
      good: 'Your new planner keeps your week in order, so you can focus on what you do best. We built it for you.',
    },
  },
  check(context) {
    const min = context.tone.address?.minYouRatio;
    if (min === undefined) return;
    const copy = context.brandCopy;
    const wordsByUnit = groupBy(copy.words, (word) => word.unit);
    for (const piece of copyPieces(copy)) {
      const words = piece.flatMap((unit) => wordsByUnit.get(unit.index) ?? []);
      const you = words.filter((word) => READER.has(normalizeToken(word.text))).length;
      const we = words.filter(isBrandWord).length;
      if (you + we < MIN_PERSON_WORDS) continue;
      const ratio = you / (you + we);
      if (ratio >= min) continue;
      context.report({
        ...pieceAnchor(piece),
        message:
          `The copy says "you/your" ${you} ${times(you)} and "we/our/us" ${we} ${times(we)} (${percent(ratio)} reader address); ` +
          `the kit's minimum is ${percent(min)}. Turn sentences toward the reader.`,
        data: { you, we, ratio, min },
      });
    }
  },
};

function isBrandWord(word: Word): boolean {
  return word.text !== 'US' && BRAND.has(normalizeToken(word.text));
}

function times(count: number): string {
  return count === 1 ? 'time' : 'times';
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

export default address;

import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const sentenceLength: Rule = {
  meta: {
    id: 'tone/sentence-length',
    description: "Sentences no longer than the kit's maximum number of words.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Counts the words of each sentence of brand copy against `tone.sentenceLength`. Merge tags, URLs, handles, hashtags, emoji ' +
        'and code are not words and do not count. Customer lines and stage directions in call scripts are not judged, nor is a ' +
        'sentence that is wholly quoted speech unless `tone.judgeQuotes` is set. The finding covers the whole sentence.',
      kit: 'tone:\n  sentenceLength: 12',
      bad: 'Our new dashboard brings every report, every chart and every export you rely on into one fast and friendly place.',
      findings: ["1:1-1:114 This sentence has 20 words; the kit's maximum is 12. Split it or cut words."],
      good: 'Our new dashboard puts every report, chart and export in one place. It is fast and friendly.',
    },
  },
  check(context) {
    const max = context.tone.sentenceLength;
    if (max === undefined) return;
    const { analysis } = context;
    for (const sentence of context.brandCopy.sentences) {
      const count = analysis.words.slice(sentence.firstWord, sentence.endWord).filter((word) => !word.opaque).length;
      if (count <= max) continue;
      context.report({
        start: sentence.sourceStart,
        end: sentence.sourceEnd,
        segment: sentence.segment,
        message: `This sentence has ${count} words; the kit's maximum is ${max}. Split it or cut words.`,
        data: { words: count, max },
      });
    }
  },
};

export default sentenceLength;

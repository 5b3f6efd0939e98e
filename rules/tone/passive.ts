import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Analysis, Word } from '../../src/nlp/analyze.js';
import type { RetextHit } from '../../src/nlp/retext-bridge.js';
import { precedingWord } from '../../src/nlp/word-index.js';
import { adjacent } from '../../src/nlp/word-phrases.js';
import { itemAt } from '../../src/text/items.js';

const BE_FORMS = new Set(['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being']);

const passive: Rule = {
  meta: {
    id: 'tone/passive',
    description: 'Active voice: say who does what.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Finds passive constructions ("was sent", "are included") with retext-passive when `tone.passive` is true. The finding ' +
        'covers the form of "be" and the participle. Customer lines, stage directions and quoted speech (unless ' +
        '`tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  passive: true',
      bad: 'Your invoice was sent yesterday. Refunds are processed within a week.',
      findings: ['1:14-1:22 "was sent" is passive voice; say who does it, in the active voice.'],
      good: 'We sent your invoice yesterday. We process refunds within a week.',
    },
  },
  check(context) {
    if (context.tone.passive !== true) return;
    const { analysis } = context;
    const copy = context.brandCopy;
    for (const hit of context.retextHits('passive')) {
      if (!copy.isOwnVoice(hit.unit, hit.start, hit.end)) continue;
      const auxiliary = auxiliaryBefore(analysis, hit);
      const start = auxiliary?.sourceStart ?? hit.sourceStart;
      const phrase = auxiliary ? itemAt(analysis.units, hit.unit).text.slice(auxiliary.start, hit.end) : hit.text;
      context.report({
        start,
        end: hit.sourceEnd,
        segment: auxiliary?.segment ?? hit.segment,
        message: `"${phrase}" is passive voice; say who does it, in the active voice.`,
      });
    }
  },
};

/** The form of "be" right before the participle retext-passive flagged. */
function auxiliaryBefore(analysis: Analysis, hit: RetextHit): Word | undefined {
  const participle = analysis.wordAt(hit.unit, hit.start);
  const previous = participle && precedingWord(analysis, participle);
  if (!participle || !previous || !BE_FORMS.has(previous.lower) || !adjacent(analysis, previous, participle)) return undefined;
  return previous;
}

export default passive;

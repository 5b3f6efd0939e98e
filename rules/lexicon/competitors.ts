import { lexiconHits } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const competitors: Rule = {
  meta: {
    id: 'lexicon/competitors',
    description: 'Customer-facing copy does not name competitors.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Names and aliases under `lexicon.competitors` are reported wherever they appear in copy, in any case. A competitor may be ' +
        'allowed in some channels with `allowIn` (a comparison page on the web, say). A name made only of common words ("Three") ' +
        'is reported only where it cannot be those words: "Leaving Three?", not "three minutes" or "Three steps" at a sentence start. ' +
        'A name that a capitalised word runs into within a sentence is part of a longer proper noun: "our Fair Trade Coffee ' +
        'collection" does not name Trade Coffee (in headings, which capitalise every word, it does).',
      kit: 'lexicon:\n  competitors: [Globex]',
      bad: 'Twice as fast as Globex.',
      findings: ['1:18-1:24 Do not name the competitor "Globex" in customer-facing copy.'],
      good: 'Twice as fast as the leading alternatives.',
    },
  },
  check(context) {
    for (const hit of lexiconHits(context, 'competitor')) {
      if (hit.entry.competitor.allowIn.includes(context.document.channel)) continue;
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `Do not name the competitor "${hit.entry.competitor.name}" in customer-facing copy.`,
      });
    }
  },
};

export default competitors;

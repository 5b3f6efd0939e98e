import { lexiconHits, withReason } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const banned: Rule = {
  meta: {
    id: 'lexicon/banned',
    description: 'Words and phrases the brand never uses.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Each entry of `lexicon.banned` is a phrase (matched as whole words, any case, with inflections) or a regular expression ' +
        '(`pattern`), with an optional `reason`, `suggestion` and `severity`. Phrases are compiled into the one lexicon matcher; ' +
        'patterns are checked for catastrophic backtracking when the kit loads.',
      kit: 'lexicon:\n  banned:\n    - { phrase: synergy, reason: "Says nothing.", suggestion: teamwork }',
      bad: 'Our synergies save you time.',
      findings: ['1:5-1:14 Avoid "synergies". Says nothing. Write "teamwork" instead.'],
      good: 'Our teamwork saves you time.',
    },
  },
  check(context) {
    for (const hit of lexiconHits(context, 'banned')) {
      const { banned: entry } = hit.entry;
      const instead = entry.suggestion ? ` Write "${entry.suggestion}" instead.` : '';
      const severity = entry.severity && entry.severity !== 'off' ? { severity: entry.severity } : {};
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `Avoid "${hit.text}".${withReason(entry.reason)}${instead}`,
        ...(entry.suggestion ? { suggestion: entry.suggestion } : {}),
        ...severity,
      });
    }
  },
};

export default banned;

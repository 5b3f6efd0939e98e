import { reportPreferredTerms } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const segments: Rule = {
  meta: {
    id: 'lexicon/segments',
    description: 'Customer segments, plans and audiences are named with the one vocabulary of the kit.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'Every team should name customers the same way. `lexicon.segments` lists the names to use for segments, plans and audiences ' +
        'and the names they replace, in the same shape as `lexicon.terms` (inflections, case kept, fixable).',
      kit: 'lexicon:\n  segments:\n    - { use: small business, insteadOf: [SMB, small biz] }',
      bad: 'Built for SMBs and small biz owners.',
      findings: ['1:11-1:15 Use "small businesses" instead of "SMBs".', '1:20-1:29 Use "small business" instead of "small biz".'],
      good: 'Built for small businesses and their owners.',
    },
  },
  check(context) {
    reportPreferredTerms(context, 'segments');
  },
};

export default segments;

import { reportPreferredTerms } from '../../src/lexicon/hits.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';

const terms: Rule = {
  meta: {
    id: 'lexicon/terms',
    description: "Preferred terminology: write the kit's term instead of the words it replaces, in every inflection.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    docs: {
      details:
        'Each entry of `lexicon.terms` says `use` X `insteadOf` Y. Inflections are matched and answered in kind ("purchased" → ' +
        '"bought", "purchasing" → "buying"), from an English conjugation model; irregular pairs the model does not know go in `forms`. ' +
        'The suggestion keeps the case of the flagged text ("Purchase" → "Buy"). Only whole words match: "purchaser" is not "purchase"; ' +
        'a term that ends in a period keeps it ("vs." is not the "VS" of "VS Code"). `exceptions` lists phrases in which the word ' +
        'is fine ("cash register" for register), and `partOfSpeech` matches the word only as a verb, noun or adjective (the ' +
        'verb "purchase a plan", not the noun "every purchase"). ' +
        "A term's own `severity` overrides the rule's. --fix writes the suggestion where the text is plain in the source.",
      kit: 'lexicon:\n  terms:\n    - { use: buy, insteadOf: [purchase] }',
      bad: 'Purchase a plan today. Customers who purchased last year save more.',
      findings: ['1:1-1:9 Use "Buy" instead of "Purchase".', '1:38-1:47 Use "bought" instead of "purchased".'],
      good: 'Buy a plan today. Customers who bought last year save more. Ask any purchaser.',
    },
  },
  check(context) {
    reportPreferredTerms(context, 'terms');
  },
};

export default terms;

import terms from './terms.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(terms, {
  kit: `
lexicon:
  terms:
    - { use: buy, insteadOf: [purchase] }
    - { use: sign in, insteadOf: [log in], reason: "Our product says Sign in." }
    - { use: email, insteadOf: [e-mail] }
`,
  valid: [
    'Buy a plan and sign in to your email.',
    { name: 'never inside a longer word', text: 'Every purchaser gets a receipt.' },
    { name: 'never inside a URL', text: 'See acme.com/purchase for details.' },
    {
      name: 'never inside an identifier, a file name or a quoted argument of a call',
      kit: 'lexicon:\n  terms:\n    - { use: URL, insteadOf: [url], caseSensitive: true }\n    - { use: HTTPS, insteadOf: [https], caseSensitive: true }',
      text: "Run test-https-localaddress.js, then call process.binding('url').",
    },
  ],
  invalid: [
    {
      name: 'a term that ends in a period matches only with it',
      kit: 'lexicon:\n  terms:\n    - { use: versus, insteadOf: [vs.] }',
      text: 'Open VS Code. Cats vs. dogs.',
      output: 'Open VS Code. Cats versus dogs.',
      errors: [{ line: 1, column: 20, endLine: 1, endColumn: 22, text: 'vs' }],
    },
    {
      name: 'exceptions: phrases in which the word is fine, inflected too',
      kit: 'lexicon:\n  terms:\n    - { use: sign up, insteadOf: [register], exceptions: [cash register, registered business] }',
      text: 'Connect your cash registers. Running a registered business? Register today.',
      output: 'Connect your cash registers. Running a registered business? Sign up today.',
      errors: [{ line: 1, column: 61, endLine: 1, endColumn: 69, text: 'Register' }],
    },
    {
      name: 'a part of speech: the verb purchase, not the noun',
      kit: 'lexicon:\n  terms:\n    - { use: buy, insteadOf: [purchase], partOfSpeech: verb, forms: { purchased: bought } }',
      text: 'Every purchase counts, so purchase a plan. Your purchase ships today.',
      output: 'Every purchase counts, so buy a plan. Your purchase ships today.',
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 35, text: 'purchase' }],
    },
    {
      name: 'case kept, inflections answered in kind',
      text: 'Purchase a plan. We purchased two. Purchasing is easy.',
      output: 'Buy a plan. We bought two. Buying is easy.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 9, message: 'Use "Buy" instead of "Purchase".', suggestion: 'Buy' },
        { line: 1, column: 21, endLine: 1, endColumn: 30, message: 'Use "bought" instead of "purchased".' },
        { line: 1, column: 36, endLine: 1, endColumn: 46, message: 'Use "Buying" instead of "Purchasing".' },
      ],
    },
    {
      name: 'phrases, with the reason',
      text: 'Log in, then logged in users see more.',
      output: 'Sign in, then signed in users see more.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 7, message: 'Use "Sign in" instead of "Log in". Our product says Sign in.' },
        { line: 1, column: 14, endLine: 1, endColumn: 23, message: 'Use "signed in" instead of "logged in". Our product says Sign in.' },
      ],
    },
    {
      name: 'a hyphenated term',
      text: 'Check your e-mail.',
      output: 'Check your email.',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 18 }],
    },
    {
      name: 'in an email, around an entity, with the entity untouched',
      path: 'email.html',
      channel: 'email',
      text: '<p>It&rsquo;s easy to purchase.</p>',
      output: '<p>It&rsquo;s easy to buy.</p>',
      errors: [{ line: 1, column: 23, endLine: 1, endColumn: 31, text: 'purchase' }],
    },
    {
      name: 'an abbreviation with its period: the period goes with it, and a full stop stays where it ended the sentence',
      kit: 'lexicon:\n  terms:\n    - { use: for example, insteadOf: [e.g.] }',
      text: 'Pick a plan, e.g. the Team plan.\n\nOr take one, e.g.\n',
      output: 'Pick a plan, for example the Team plan.\n\nOr take one, for example.\n',
      errors: [
        { line: 1, column: 14, endLine: 1, endColumn: 17 },
        { line: 3, column: 14, endLine: 3, endColumn: 17 },
      ],
    },
    {
      name: "a term's own severity",
      kit: 'lexicon:\n  terms:\n    - { use: buy, insteadOf: [purchase], severity: error }',
      text: 'Purchase now.',
      output: 'Buy now.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 9, severity: 'error' }],
    },
  ],
});

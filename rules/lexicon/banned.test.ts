import banned from './banned.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(banned, {
  kit: `
lexicon:
  banned:
    - synergy
    - { phrase: world-class, reason: "Empty superlative", suggestion: "say what is better", severity: warn }
    - { pattern: "\\\\bbest[- ]in[- ]class\\\\b", reason: "Unprovable." }
`,
  valid: ['Our teamwork saves you time.', { name: 'a merge tag is never a word', text: 'Hi {{synergy_score}}.' }],
  invalid: [
    {
      name: 'a plan name made of a common word does not hide the banned word, nor a pattern overlapping a name',
      kit: 'lexicon:\n  names: [Unlimited, Acme Co.]\n  banned:\n    - unlimited\n    - { pattern: "Co\\\\. \\\\d+" }',
      text: 'Get unlimited invoices on Unlimited. Acme Co. 12 Main St.',
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 14, text: 'unlimited' },
        { line: 1, column: 43, endLine: 1, endColumn: 49, text: 'Co. 12' },
      ],
    },
    {
      text: 'Synergies everywhere.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 10, message: 'Avoid "Synergies".', severity: 'error' }],
    },
    {
      text: 'A world-class, best-in-class tool.',
      errors: [
        {
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 14,
          message: 'Avoid "world-class". Empty superlative. Write "say what is better" instead.',
          severity: 'warning',
          suggestion: 'say what is better',
        },
        { line: 1, column: 16, endLine: 1, endColumn: 29, message: 'Avoid "best-in-class". Unprovable.' },
      ],
    },
  ],
});

import competitors from './competitors.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(competitors, {
  kit: `
lexicon:
  competitors:
    - Globex
    - { name: Initech, aliases: [Initech Corp], allowIn: [web] }
`,
  valid: ['Twice as fast as the alternatives.', { name: 'allowed on the web', text: 'Compare us with Initech Corp.' }],
  invalid: [
    {
      text: 'Twice as fast as GLOBEX.',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, message: 'Do not name the competitor "Globex" in customer-facing copy.' }],
    },
    {
      path: 'post.txt',
      channel: 'social',
      text: 'Switch from Initech Corp today.',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 25, message: 'Do not name the competitor "Initech" in customer-facing copy.' }],
    },
  ],
});

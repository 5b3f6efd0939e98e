import competitors from './competitors.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(competitors, {
  kit: `
lexicon:
  competitors:
    - Globex
    - { name: Initech, aliases: [Initech Corp], allowIn: [web] }
    - { name: Three, aliases: [Three UK] }
`,
  valid: [
    'Twice as fast as the alternatives.',
    { name: 'allowed on the web', text: 'Compare us with Initech Corp.' },
    { name: 'a competitor named with a common word, in prose case, is the word', text: 'It takes three minutes.\nThree lines cost less.' },
    {
      name: 'part of a longer proper noun',
      kit: 'lexicon:\n  competitors: [Trade Coffee]',
      text: 'Our Fair Trade Coffee collection is certified.',
    },
  ],
  invalid: [
    {
      name: 'after a capitalised word that only starts the sentence, or in a heading',
      kit: 'lexicon:\n  competitors: [Trade Coffee]',
      text: '# Why Not Trade Coffee\n\nUnlike Trade Coffee, we roast to order.',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 23, text: 'Trade Coffee' },
        { line: 3, column: 8, endLine: 3, endColumn: 20, text: 'Trade Coffee' },
      ],
    },
    {
      name: 'a competitor named with a common word, capitalised within a sentence',
      text: 'Leaving Three? Customers of three UK switch in a day.',
      errors: [
        { line: 1, column: 9, endLine: 1, endColumn: 14, message: 'Do not name the competitor "Three" in customer-facing copy.' },
        { line: 1, column: 29, endLine: 1, endColumn: 37, text: 'three UK' },
      ],
    },
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

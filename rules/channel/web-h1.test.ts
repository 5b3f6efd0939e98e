import { ruleTester } from '../../test/helpers/rule-tester.js';
import webH1 from './web-h1.js';

ruleTester(webH1, {
  kit: 'channels:\n  web:\n    singleH1: true',
  valid: [
    '# Acme Deploy\n\nShip in minutes.\n\n## Pricing\n',
    { name: 'an H1 with a link in it', text: '# Meet [Acme Deploy](https://acme.com)\n\n## Pricing\n' },
  ],
  invalid: [
    {
      name: 'a second H1',
      text: '# Acme Deploy\n\nShip in minutes.\n\n# Pricing\n\nFrom $49 a month.\n',
      errors: [{ message: 'This page has 2 H1 headings; keep the first and make "Pricing" a lower level.', line: 5, column: 3, endLine: 5, endColumn: 10 }],
    },
    {
      name: 'no H1: reported at the title',
      text: '---\ntitle: Acme Deploy\n---\n## Pricing\n',
      errors: [{ message: 'This page has no H1; give it one heading that says what the page is about.', line: 2, column: 8, endLine: 2, endColumn: 19 }],
    },
    {
      name: 'no H1 and no title: line 1, column 1',
      text: 'Ship in minutes.\n',
      errors: [{ message: 'This page has no H1; give it one heading that says what the page is about.', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import webH1 from './web-h1.js';

ruleTester(webH1, {
  kit: 'channels:\n  web:\n    singleH1: true',
  valid: [
    '# Acme Deploy\n\nShip in minutes.\n\n## Pricing\n',
    { name: 'a front matter title, which the site renders as the H1', text: '---\ntitle: Acme Deploy\n---\n## Pricing\n' },
    { name: 'an H1 with a link in it', text: '# Meet [Acme Deploy](https://acme.com)\n\n## Pricing\n' },
  ],
  invalid: [
    {
      name: 'a second H1',
      text: '# Acme Deploy\n\nShip in minutes.\n\n# Pricing\n\nFrom $49 a month.\n',
      errors: [{ message: 'This page has 2 H1 headings; keep the first and make "Pricing" a lower level.', line: 5, column: 3, endLine: 5, endColumn: 10 }],
    },
    {
      name: 'no H1: reported at the HTML title',
      path: 'page.html',
      channel: 'web',
      text: '<html><head><title>Acme Deploy</title></head>\n<body><h2>Pricing</h2></body></html>',
      errors: [{ message: 'This page has no H1; give it one heading that says what the page is about.', line: 1, column: 20, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'no H1 and no title: line 1, column 1',
      text: 'Ship in minutes.\n',
      errors: [{ message: 'This page has no H1; give it one heading that says what the page is about.', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

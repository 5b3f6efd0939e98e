import { ruleTester } from '../../test/helpers/rule-tester.js';
import webTitle from './web-title.js';

ruleTester(webTitle, {
  kit: 'channels:\n  web:\n    title: { min: 10, max: 30 }',
  valid: [
    '---\ntitle: Acme Deploy, ship in minutes\n---\n# Acme\n',
    { name: 'an HTML page', path: 'page.html', channel: 'web', text: '<title>Acme Deploy pricing</title><h1>Pricing</h1>' },
    { name: 'no title', text: '# Acme\n' },
  ],
  invalid: [
    {
      name: 'too long',
      text: '---\ntitle: Acme Deploy — the simplest way to ship software\n---\n',
      errors: [
        {
          message: 'The page title has 47 characters; shorten it to 30 or fewer (the marked part is past the limit).',
          text: ' to ship software',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'too short, in HTML',
      path: 'page.html',
      channel: 'web',
      text: '<html><head><title>Acme</title></head><body><h1>Acme</h1></body></html>',
      errors: [{ message: 'The page title has 4 characters; write at least 10.', line: 1, column: 20, endLine: 1, endColumn: 24 }],
    },
  ],
});

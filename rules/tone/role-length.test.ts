import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './role-length.js';

const KIT = 'tone:\n  roles:\n    heading: { length: { max: 12 } }\n  channels:\n    email:\n      roles:\n        button: { length: { min: 4, max: 13 } }';

ruleTester(rule, {
  kit: KIT,
  valid: [
    {
      name: 'texts within their limits',
      path: 'mail.html',
      channel: 'email',
      text: '<h1>Spring sale</h1><a class="button" href="https://acme.com">Shop the sale</a>',
    },
    {
      name: 'the button limit is set for email only',
      path: 'page.html',
      channel: 'web',
      text: '<p>Hi.</p><a class="button" href="https://acme.com">Shop everything today</a>',
    },
    { name: 'a role without a limit is not measured', text: 'A paragraph of any length at all, as long as the copy needs it to be.' },
  ],
  invalid: [
    {
      name: 'a long button is marked past the limit, a short one as a whole; each heading on its own',
      path: 'mail.html',
      channel: 'email',
      text: '<h1>Spring <em>sale</em></h1><h2>Everything on sale</h2><a class="button" href="https://acme.com">Shop everything now</a><a class="button" href="https://acme.com/x">Go</a>',
      errors: [
        {
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 52,
          message: 'The heading has 18 characters; shorten it to 12 or fewer (the marked part is past the limit).',
        },
        {
          line: 1,
          column: 112,
          endLine: 1,
          endColumn: 118,
          message: 'The button has 19 characters; shorten it to 13 or fewer (the marked part is past the limit).',
        },
        { line: 1, column: 166, endLine: 1, endColumn: 168, message: 'The button has 2 characters; write at least 4.' },
      ],
    },
    {
      name: 'an emoji counts once',
      kit: 'tone:\n  roles:\n    post: { length: { max: 10 } }',
      path: 'post.txt',
      channel: 'social',
      text: 'Sale on 🎉🎉 now',
      errors: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 17,
          message: 'The post has 14 characters; shorten it to 10 or fewer (the marked part is past the limit).',
        },
      ],
    },
  ],
});

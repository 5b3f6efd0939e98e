import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailImageAlt from './email-image-alt.js';

ruleTester(emailImageAlt, {
  kit: 'channels:\n  email:\n    requireAlt: true',
  valid: [
    { path: 'mail.html', channel: 'email', text: '<p>Hi</p><img src="https://acme.com/hero.png" alt="A team shipping their app">' },
    {
      name: 'an empty alt on a tracking pixel and a hairline rule',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p><img src="https://t.acme.com/o.gif" width="0" alt="">\n<img src="rule.png" width="600" height="1" alt="">',
    },
    {
      name: 'an empty alt on a spacer',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p><img src="https://acme.com/s.gif" width="1" height="1" alt="">\n<img src="spacer.png" alt="">',
    },
  ],
  invalid: [
    {
      name: 'no alt attribute, and an empty alt on a content image',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p>\n<img src="https://acme.com/hero.png" width="600">\n<img src="https://acme.com/logo.png" alt="">',
      errors: [
        { message: 'This image has no alt attribute; describe it in alt text (alt="" only for a spacer).', line: 2, column: 1, endLine: 2, endColumn: 50 },
        { message: 'This image has empty alt text; describe it, or keep alt="" only for spacers.', line: 3, column: 1, endLine: 3, endColumn: 45 },
      ],
    },
    {
      name: 'a spacer without alt',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p><img src="spacer.gif" width="1" height="1">',
      errors: [{ message: 'This spacer image has no alt attribute; add alt="" so screen readers skip it.', line: 1, column: 10, endLine: 1, endColumn: 53 }],
    },
  ],
});

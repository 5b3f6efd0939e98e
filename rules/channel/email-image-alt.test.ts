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
    {
      name: 'an empty alt on an icon inside a link that has its own text',
      path: 'mail.html',
      channel: 'email',
      text: '<p><a href="https://acme.com/web"><img src="ico_web.png" width="14" height="16" alt=""> View in browser</a></p>',
    },
    {
      name: 'an empty alt on small unlinked decoration: corners and check marks',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Hi</p><img src="top_left.jpg" width="27" height="27" alt="">\n<p><img src="checked.png" width="36" alt=""> Free shipping</p>',
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
      name: 'a linked icon without link text, and a large or unsized unlinked image, with empty alt',
      path: 'mail.html',
      channel: 'email',
      text: '<a href="https://x.com/acme"><img src="x.png" width="28" height="28" alt=""></a>\n<img src="hero.png" width="600" height="40" alt="">\n<img src="icon.png" alt="">',
      errors: [
        { message: 'This image has empty alt text; describe it, or keep alt="" only for spacers.', line: 1, column: 30, endLine: 1, endColumn: 77 },
        { message: 'This image has empty alt text; describe it, or keep alt="" only for spacers.', line: 2, column: 1, endLine: 2, endColumn: 52 },
        { message: 'This image has empty alt text; describe it, or keep alt="" only for spacers.', line: 3, column: 1, endLine: 3, endColumn: 28 },
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

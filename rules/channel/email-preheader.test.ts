import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailPreheader from './email-preheader.js';

const email = (head: string, preheader?: string): string =>
  `<html><head>${head}</head><body>${preheader === undefined ? '' : `<div style="display:none">${preheader}</div>`}<p>Hello.</p></body></html>`;

ruleTester(emailPreheader, {
  kit: 'channels:\n  email:\n    preheader: { required: true, min: 20, max: 40 }',
  valid: [
    { path: 'mail.html', channel: 'email', text: email('<title>Spring sale</title>', 'Twenty percent off every plan.') },
    {
      name: 'a Mailchimp preview-text merge tag is filled in by the ESP',
      path: 'mail.html',
      channel: 'email',
      text: email('<title>Spring sale</title>', '*|MC_PREVIEW_TEXT|*'),
    },
    {
      name: 'not required',
      kit: 'channels:\n  email:\n    preheader: { required: false }',
      path: 'mail.html',
      channel: 'email',
      text: email('<title>Spring sale</title>'),
    },
  ],
  invalid: [
    {
      name: 'missing: reported at the subject',
      path: 'mail.html',
      channel: 'email',
      text: email('<title>Spring sale</title>'),
      errors: [{ message: 'This email has no preheader; add preview text that adds to the subject.', line: 1, column: 20, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'missing, and no subject: line 1, column 1',
      path: 'mail.html',
      channel: 'email',
      text: email(''),
      errors: [{ message: 'This email has no preheader; add preview text that adds to the subject.', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'a copy of the subject',
      path: 'mail.html',
      channel: 'email',
      text: email('<title>Spring sale: 20% off every plan</title>', 'Spring sale &mdash; 20% off every plan!'),
      errors: [{ message: 'The preheader repeats the subject; use it to add to the subject instead.', line: 1, column: 98, endLine: 1, endColumn: 137 }],
    },
    {
      name: 'too long',
      path: 'mail.html',
      channel: 'email',
      text: email('<title>Spring sale</title>', 'Twenty percent off every plan, every add-on and every seat.'),
      errors: [
        {
          message: 'The preheader has 59 characters; shorten it to 40 or fewer (the marked part is past the limit).',
          text: '-on and every seat.',
          line: 1,
          column: 118,
          endLine: 1,
          endColumn: 137,
        },
      ],
    },
  ],
});

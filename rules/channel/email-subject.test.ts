import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailSubject from './email-subject.js';

const email = (title: string): string => `<html><head><title>${title}</title></head><body><p>Hello.</p></body></html>`;

ruleTester(emailSubject, {
  kit: 'channels:\n  email:\n    subject: { min: 10, max: 30 }',
  valid: [
    { path: 'mail.html', channel: 'email', text: email('Our spring sale starts today') },
    { name: 'emoji count once', path: 'mail.html', channel: 'email', text: email('Spring sale 👍🏽👍🏽👍🏽 starts today') },
    { name: 'a Mailchimp subject merge tag is filled in by the ESP', path: 'mail.html', channel: 'email', text: email('*|MC:SUBJECT|*') },
    { name: 'a HubSpot title variable', path: 'mail.html', channel: 'email', text: email('{{ content.html_title }}') },
    { name: 'no subject at all', path: 'mail.html', channel: 'email', text: '<p>Hello.</p>' },
    { name: "a template's <title> that names the template", path: 'welcome.html', channel: 'email', text: email('Welcome Email') },
  ],
  invalid: [
    {
      name: 'too long: the part past the limit',
      path: 'mail.html',
      channel: 'email',
      text: email('Our biggest spring sale yet is here for you'),
      errors: [
        {
          message: 'The subject line has 43 characters; shorten it to 30 or fewer (the marked part is past the limit).',
          text: ' here for you',
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 63,
        },
      ],
    },
    {
      name: 'too short, with an entity',
      path: 'mail.html',
      channel: 'email',
      text: email('Q&amp;A'),
      errors: [{ message: 'The subject line has 3 characters; write at least 10.', line: 1, column: 20, endLine: 1, endColumn: 27 }],
    },
  ],
});

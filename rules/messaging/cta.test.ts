import { ruleTester } from '../../test/helpers/rule-tester.js';
import cta from './cta.js';

ruleTester(cta, {
  kit: `
messaging:
  ctas: [Start your free trial, Book a demo]
campaigns:
  spring: { files: [campaigns/spring/**], truth: { cta: Claim your discount } }
`,
  valid: [
    { name: 'approved button', path: 'mail.html', channel: 'email', text: '<a class="button" href="https://acme.com/trial">Start your free trial &rarr;</a>' },
    { name: 'approved wording inside longer link text', text: '[Book a demo today](https://acme.com/demo)' },
    { name: 'links that are not calls to action', text: 'See [our pricing](https://acme.com/pricing) or [the docs](https://acme.com/docs).' },
    { name: 'the campaign\'s call to action', text: '---\ncampaign: spring\n---\n[Claim your discount](https://acme.com/spring)' },
    { name: 'an approved close', path: 'call.txt', channel: 'call', text: 'AGENT: Hello.\nCUSTOMER: Hi.\nAGENT: Thanks for your time. Let\'s book a demo for Tuesday.\n' },
  ],
  invalid: [
    {
      name: 'an email button',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Spring is here.</p>\n<a class="button" href="https://acme.com/trial">Get started now</a>',
      errors: [{ message: '"Get started now" is not an approved call to action; write "Start your free trial".', suggestion: 'Start your free trial', line: 2, column: 49, endLine: 2, endColumn: 64 }],
    },
    {
      name: 'a web link, with the nearest approved wording',
      text: 'Ready? [Schedule a demo](https://acme.com/demo)',
      errors: [{ message: '"Schedule a demo" is not an approved call to action; write "Book a demo".', line: 1, column: 9, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'the close of a call script',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hello.\nCUSTOMER: Hi.\nAGENT: Thanks for your time. [pause] Sign up for a demo on our site.\n',
      errors: [{ message: '"Sign up for a demo on our site." is not an approved call to action; write "Book a demo".', line: 3, column: 38, endLine: 3, endColumn: 69 }],
    },
  ],
});

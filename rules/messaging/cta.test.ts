import { ruleTester } from '../../test/helpers/rule-tester.js';
import cta from './cta.js';

/** Footer and header links that serve the reader, as [link text, address]. */
const UTILITY_LINKS: [string, string][] = [
  ['Email preferences', 'https://spokeway.com/prefs'],
  ['Manage subscription', 'https://spokeway.com/account'],
  ['Unsubscribe', '{{unsubscribe_url}}'],
  ['Get fewer emails', 'https://spokeway.com/email-preferences'],
  ['Privacy policy', 'https://spokeway.com/privacy'],
  ['See our terms', 'https://spokeway.com/legal'],
  ['View in browser', '%%view_email_url%%'],
  ['View online', 'https://spokeway.com/newsletter/42'],
  ['Contact us', 'https://spokeway.com/contact'],
  ['Get help', 'https://spokeway.com/support'],
  ['Check our FAQ', 'https://spokeway.com/questions'],
  ['Forward to a friend', '*|FORWARD|*'],
  ['Update profile', '*|UPDATE_PROFILE|*'],
  ['Find us on Facebook', 'https://facebook.com/spokeway'],
  ['X', 'https://x.com/spokeway'],
  ['Watch on YouTube', 'https://youtube.com/@spokeway'],
  ['Shop Spokeway', 'https://spokeway.com'],
  ['Shop Spokeway logo', 'https://spokeway.com'],
  ['shop.spokeway.com', 'https://shop.spokeway.com'],
  ['book@spokeway.com', 'mailto:book@spokeway.com'],
  ['Call 415 555 0100', 'tel:+14155550100'],
];

ruleTester(cta, {
  kit: `
messaging:
  ctas: [Start your free trial, Book a demo]
lexicon:
  names: [Shop Spokeway]
campaigns:
  spring: { files: [campaigns/spring/**], truth: { cta: Claim your discount } }
`,
  valid: [
    ...UTILITY_LINKS.map(([text, href]) => ({
      name: `utility link "${text}"`,
      path: 'mail.html',
      channel: 'email' as const,
      text: `<p><a href="${href}">${text}</a></p>`,
    })),
    { name: 'approved button', path: 'mail.html', channel: 'email', text: '<a class="button" href="https://acme.com/trial">Start your free trial &rarr;</a>' },
    { name: 'approved wording inside longer link text', text: '[Book a demo today](https://acme.com/demo)' },
    { name: 'links that are not calls to action', text: 'See [our pricing](https://acme.com/pricing) or [the docs](https://acme.com/docs).' },
    { name: "the campaign's call to action", text: '---\ncampaign: spring\n---\n[Claim your discount](https://acme.com/spring)' },
    {
      name: 'an approved close',
      path: 'call.txt',
      channel: 'call',
      text: "AGENT: Hello.\nCUSTOMER: Hi.\nAGENT: Thanks for your time. Let's book a demo for Tuesday.\n",
    },
    {
      name: 'the buttons of a transactional email do what the transaction needs',
      path: 'mail.html',
      channel: 'email',
      text: '<div style="display:none">Your free trial has started.</div><p>Welcome aboard.</p><a class="button" href="https://app.acme.com/signin">Sign in to your account</a>',
    },
    {
      name: 'an invitation to an event or a guide, where the kit approves none',
      text: 'Join us on Tuesday. [Register for the webinar](https://acme.com/webinar). [Download the checklist](https://acme.com/checklist).',
    },
    {
      name: 'an invitation in the wording the kit approves for invitations',
      kit: 'messaging:\n  ctas: [Start your free trial, Save your seat]',
      text: '[Save your seat](https://acme.com/webinar) or [start your free trial](https://acme.com/trial).',
    },
  ],
  invalid: [
    {
      name: 'a campaign link beside the footer links',
      path: 'mail.html',
      channel: 'email',
      text: '<a class="button" href="https://acme.com/trial">Get started now</a>\n<p><a href="https://acme.com/prefs">Email preferences</a> | <a href="https://acme.com/privacy">Privacy</a></p>',
      errors: [
        { message: '"Get started now" is not an approved call to action; write "Start your free trial".', line: 1, column: 49, endLine: 1, endColumn: 64 },
      ],
    },
    {
      name: 'an email button',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Spring is here.</p>\n<a class="button" href="https://acme.com/trial">Get started now</a>',
      errors: [
        {
          message: '"Get started now" is not an approved call to action; write "Start your free trial".',
          suggestion: 'Start your free trial',
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 64,
        },
      ],
    },
    {
      name: 'a web link, with the nearest approved wording',
      text: 'Ready? [Schedule a demo](https://acme.com/demo)',
      errors: [{ message: '"Schedule a demo" is not an approved call to action; write "Book a demo".', line: 1, column: 9, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'an invitation is held to the approved invitations only, an offer button to every approved call',
      kit: 'messaging:\n  ctas: [Start your free trial, Save your seat]',
      text: '[Reserve a seat](https://acme.com/webinar) or [Begin your trial](https://acme.com/trial).',
      errors: [{ message: '"Reserve a seat" is not an approved call to action; write "Save your seat".', line: 1, column: 2, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'a marketing email that is not transactional keeps its buttons judged',
      path: 'mail.html',
      channel: 'email',
      text: '<div style="display:none">Ten days left on the spring sale.</div><a class="button" href="https://acme.com/trial">Get started now</a>',
      errors: [
        { message: '"Get started now" is not an approved call to action; write "Start your free trial".', line: 1, column: 114, endLine: 1, endColumn: 129 },
      ],
    },
    {
      name: 'the close of a call script',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hello.\nCUSTOMER: Hi.\nAGENT: Thanks for your time. [pause] Sign up for a demo on our site.\n',
      errors: [
        {
          message: '"Sign up for a demo on our site." is not an approved call to action; write "Book a demo".',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 69,
        },
      ],
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import requiredText from './required-text.js';

const TERMS = 'messaging:\n  requiredText:\n    - text: "Offer ends May 31. Terms apply."\n      where: end\n';
const ABOUT =
  'messaging:\n  requiredText:\n    - text: ["Acme makes invoicing simple", "Acme makes billing simple"]\n      where: "section: About"\n      channels: [web]\n';

ruleTester(requiredText, {
  kit: TERMS,
  valid: [
    { name: 'the terms in the last paragraph', text: '# Sale\n\nGet 20% off.\n\nOffer ends May 31. Terms apply.' },
    { name: 'in other case and punctuation', text: 'Get 20% off.\n\noffer ends May 31 — terms apply!' },
    { name: 'in the footer of an email', path: 'mail.html', channel: 'email', text: '<p>Get 20% off.</p><p>Offer ends May 31. Terms apply.</p>' },
    { name: 'any one of the wordings, in its section', kit: ABOUT, text: '# Pricing\n\nPlans.\n\n## About\n\nAcme makes billing simple.' },
    { name: 'a channel the entry does not name', kit: ABOUT, path: 'post.txt', channel: 'social', text: 'Big news today.' },
    { name: 'nothing required', kit: '', text: 'Anything.' },
  ],
  invalid: [
    {
      name: 'missing: the finding points at the last paragraph, where the text belongs',
      text: '# Sale\n\nGet 20% off.\n\nStart today.',
      errors: [
        { message: 'Add the required text "Offer ends May 31. Terms apply." at the end of the document.', line: 5, column: 1, endLine: 5, endColumn: 13 },
      ],
    },
    {
      name: 'there, but not at the end: the finding points at it',
      text: 'Offer ends May 31. Terms apply.\n\nGet 20% off.\n\nStart today.\n\nSee you.',
      errors: [
        {
          message: 'This required text must stand at the end of the document: "Offer ends May 31. Terms apply.".',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a missing section’s text points at its heading',
      kit: ABOUT,
      text: '# Pricing\n\nPlans.\n\n## About us\n\nWe are a small team.',
      errors: [
        {
          message: 'Add the required text "Acme makes invoicing simple" (or another approved wording) under the heading "About".',
          line: 5,
          column: 4,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      name: 'no such section and no such text: line 1, column 1',
      kit: ABOUT,
      text: 'Plans from $9.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: 'a customer line does not count',
      kit: 'messaging:\n  requiredText:\n    - text: this call may be recorded\n      where: agent\n',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hello, this is Sam from Acme.\nCUSTOMER: This call may be recorded?\n',
      errors: [{ message: 'Add the required text "this call may be recorded" in the agent.', line: 1, column: 8, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'the kit’s own message',
      kit: 'messaging:\n  requiredText:\n    - text: Terms apply\n      message: Every offer page states that terms apply.\n',
      text: 'Get 20% off.',
      errors: [{ message: 'Every offer page states that terms apply.', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

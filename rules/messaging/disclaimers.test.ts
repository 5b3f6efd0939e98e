import { ruleTester } from '../../test/helpers/rule-tester.js';
import disclaimers from './disclaimers.js';

ruleTester(disclaimers, {
  kit: `
messaging:
  claims:
    needDisclaimer:
      - { claim: "cancel any ?time", disclaimer: "terms apply", message: "Link the cancellation terms." }
      - { claim: "save up to \\\\d+%", disclaimer: "on annual plans" }
`,
  valid: [
    'Try Acme Pro. Cancel anytime.\n\n*Terms apply.',
    { name: 'no claim', text: 'Try Acme Pro today.' },
    {
      name: 'the disclaimer in an email footer',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Save up to 40% on Acme Pro.</p><p><small>Savings on annual plans.</small></p>',
    },
  ],
  invalid: [
    {
      name: 'a claim without its disclaimer',
      text: 'Try Acme Pro. Cancel anytime.',
      errors: [
        {
          message: '"Cancel anytime" needs its disclaimer in this document (matching "terms apply"). Link the cancellation terms.',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'every occurrence of the claim',
      text: '# Save up to 40%\n\nSave up to 30% today.',
      errors: [
        { message: '"Save up to 40%" needs its disclaimer in this document (matching "on annual plans").', line: 1, column: 3, endLine: 1, endColumn: 17 },
        { message: '"Save up to 30%" needs its disclaimer in this document (matching "on annual plans").', line: 3, column: 1, endLine: 3, endColumn: 15 },
      ],
    },
  ],
});

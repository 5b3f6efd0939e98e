import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './passive.js';

const passive = (text: string) => `"${text}" is passive voice; say who does it, in the active voice.`;

ruleTester(rule, {
  kit: 'tone:\n  passive: true',
  valid: [
    'We sent your invoice yesterday. You get a refund within a week.',
    { name: 'customer lines are not judged', path: 'script.txt', channel: 'call', text: 'AGENT: We sent it.\nCUSTOMER: It was sent to the wrong address.\n' },
    { name: 'quoted speech is not held to the rule', text: '“It was built for teams like ours,” says Jo.' },
  ],
  invalid: [
    {
      text: 'Your invoice was sent yesterday. Refunds are given within a week.',
      errors: [
        { line: 1, column: 14, endLine: 1, endColumn: 22, message: passive('was sent') },
        { line: 1, column: 42, endLine: 1, endColumn: 51, message: passive('are given') },
      ],
    },
    {
      name: 'an HTML email with entities',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Your order&rsquo;s details were sent&nbsp;today.</p></td></tr></table>',
      errors: [{ line: 1, column: 66, endLine: 1, endColumn: 75, message: passive('were sent') }],
    },
    {
      name: 'an agent line in a call script',
      path: 'script.txt',
      channel: 'call',
      text: 'CUSTOMER: Hi.\nAGENT: Your refund was sent.\n',
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 28, message: passive('was sent') }],
    },
  ],
});

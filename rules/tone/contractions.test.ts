import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './contractions.js';

const AVOID = 'tone:\n  contractions: avoid';
const write = (replacement: string, written: string) => `Write "${replacement}" instead of "${written}".`;

ruleTester(rule, {
  kit: 'tone:\n  contractions: prefer',
  valid: [
    { name: 'forms that cannot contract', text: "Don't worry. This is who we are. We have a plan. This is not only fast but cheap." },
    { name: 'quoted speech is not held to the rule', text: '“We do not sell your data,” says Jo.' },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: "AGENT: We're here to help.\nCUSTOMER: I do not know.\n[do not interrupt]\n",
    },
    { name: 'either: no policy', kit: 'tone:\n  contractions: either', text: "We do not and we won't." },
    { name: 'avoid: no contractions', kit: AVOID, text: 'We do not sell your data. It is yours.' },
    {
      name: "the kit's own approved wording (tagline, boilerplate) is left as the kit writes it",
      kit: 'tone:\n  contractions: prefer\nmessaging:\n  tagline: "We do not stop."\n  boilerplate: "Spokeway is a bike-share. It is in 40 cities."',
      text: 'We do not stop.\n\nSpokeway is a bike-share. It is in 40 cities.',
    },
  ],
  invalid: [
    {
      name: 'a negated future contracts as one word',
      text: 'You will not regret it.',
      output: "You won't regret it.",
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 13, message: write("won't", 'will not') }],
    },
    {
      name: 'prefer: contractions, in the case of the text',
      text: 'Do not worry: you are covered, and we will refund you. We have sent it. DO NOT wait.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 7, message: write("Don't", 'Do not'), suggestion: "Don't" },
        { line: 1, column: 15, endLine: 1, endColumn: 22, message: write("you're", 'you are') },
        { line: 1, column: 36, endLine: 1, endColumn: 43, message: write("we'll", 'we will') },
        { line: 1, column: 56, endLine: 1, endColumn: 63, message: write("We've", 'We have') },
        { line: 1, column: 73, endLine: 1, endColumn: 79, message: write("DON'T", 'DO NOT') },
      ],
      output: "Don't worry: you're covered, and we'll refund you. We've sent it. DON'T wait.",
    },
    {
      name: 'prefer: the apostrophe style of the document',
      text: 'We’re glad. You are in.',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 20, message: write('You’re', 'You are') }],
      output: 'We’re glad. You’re in.',
    },
    {
      name: 'prefer: an HTML email with entities',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>We&rsquo;re sure you are covered. Do not worry.</p></td></tr></table>',
      errors: [
        { line: 1, column: 56, endLine: 1, endColumn: 63, message: write('you’re', 'you are') },
        { line: 1, column: 73, endLine: 1, endColumn: 79, message: write('Don’t', 'Do not') },
      ],
      output: '<table role="presentation"><tr><td><p>We&rsquo;re sure you’re covered. Don’t worry.</p></td></tr></table>',
    },
    {
      name: 'avoid: expansions, "has" before "been", no fix where "not" must move',
      kit: AVOID,
      text: "Don't worry: you're covered. It's been great. Won't you come? I CAN'T.",
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 6, message: write('Do not', "Don't") },
        { line: 1, column: 14, endLine: 1, endColumn: 20, message: write('you are', "you're") },
        { line: 1, column: 30, endLine: 1, endColumn: 34, message: write('It has', "It's") },
        { line: 1, column: 47, endLine: 1, endColumn: 52, message: 'Avoid the contraction "Won\'t": write "Will you not …".' },
        { line: 1, column: 65, endLine: 1, endColumn: 70, message: write('CANNOT', "CAN'T") },
      ],
      output: "Do not worry: you are covered. It has been great. Won't you come? I CANNOT.",
    },
    {
      name: 'avoid: an entity is covered whole and not fixed',
      kit: AVOID,
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>We&rsquo;ve shipped it.</p></td></tr></table>',
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 50, message: write('We have', 'We’ve'), text: 'We’ve' }],
    },
    {
      name: 'avoid: an agent line in a call script',
      kit: AVOID,
      path: 'script.txt',
      channel: 'call',
      text: "CUSTOMER: I don't know.\nAGENT: We'll check.\n",
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 13, message: write('We will', "We'll") }],
      output: "CUSTOMER: I don't know.\nAGENT: We will check.\n",
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './emoji.js';

const KIT = 'tone:\n  emoji: { allowed: true, max: 2 }\n  channels:\n    email: { emoji: { allowed: false } }';

ruleTester(rule, {
  kit: KIT,
  valid: [
    { name: 'emoji allowed on social', path: 'post.txt', channel: 'social', text: 'Our sale is live 🎉🚀' },
    { name: 'symbols shown as text are not emoji', path: 'mail.txt', channel: 'email', text: 'Read the full report ↗ today.' },
    { name: 'quoted speech does not count', text: 'Jo says: “Love it 😍😍😍” Try it 🎉' },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: Thanks for calling.\nCUSTOMER: Great 😀\n',
    },
  ],
  invalid: [
    {
      name: 'the same post in an email: not allowed',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Our sale is live &#127881;🚀</p></td></tr></table>',
      errors: [
        { line: 1, column: 56, endLine: 1, endColumn: 65, message: 'No emoji in email copy: remove "🎉".', text: '🎉' },
        { line: 1, column: 65, endLine: 1, endColumn: 67, message: 'No emoji in email copy: remove "🚀".' },
      ],
    },
    {
      name: 'over the maximum: reported once at the first emoji past it',
      text: 'Shipped 🎉🎉 fast 🚀 now 😀',
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 21, message: '4 emoji in this document; the kit allows at most 2 in web copy.' }],
    },
    {
      name: 'each post of a social calendar is counted on its own',
      path: 'calendar.csv',
      channel: 'social',
      text: 'date,platform,text\n2026-05-01,x,Sale 🎉 today 🎉\n2026-05-02,x,Last day 🎉🎉🎉\n',
      errors: [{ line: 3, column: 27, endLine: 3, endColumn: 29, message: '3 emoji in this post; the kit allows at most 2 in social copy.' }],
    },
    {
      name: 'call scripts allow none by default',
      kit: '',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: Thanks for calling 😀\nCUSTOMER: Hi 😀\n',
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 29, message: 'No emoji in call copy: remove "😀".' }],
    },
  ],
});

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

const ROLE_KIT =
  'tone:\n  emoji: { allowed: true, max: 3 }\n  roles:\n    heading: { emoji: 1 }\n  channels:\n    email:\n      roles:\n        subject: { emoji: 0 }';
const EMAIL = (subject: string) => `<html><head><title>${subject}</title></head><body><p>Our sale starts 🎉</p></body></html>`;

ruleTester(rule, {
  kit: ROLE_KIT,
  valid: [
    { name: 'a subject line without emoji', path: 'mail.html', channel: 'email', text: EMAIL('Our sale starts now') },
    { name: 'the subject limit is set for email only', path: 'post.md', channel: 'web', text: '---\ntitle: Sale 🎉\n---\n\nOur sale 🎉\n' },
  ],
  invalid: [
    {
      name: 'no emoji in an email subject line; the body keeps the document maximum',
      path: 'mail.html',
      channel: 'email',
      text: EMAIL('Sale 🎉 starts 🚀'),
      errors: [
        { line: 1, column: 25, endLine: 1, endColumn: 27, message: 'No emoji in a subject line: remove "🎉".' },
        { line: 1, column: 35, endLine: 1, endColumn: 37, message: 'No emoji in a subject line: remove "🚀".' },
      ],
    },
    {
      name: 'a limit above 0 counts the emoji of each text',
      text: '# Big 🎉 news 🚀\n\nHello 😀\n\n## Fine 🎉\n',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 17, message: '2 emoji in this heading; the kit allows 1 in a heading.' }],
    },
  ],
});

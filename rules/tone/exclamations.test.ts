import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './exclamations.js';

const inSentence = (count: number, max = 1) => `${count} exclamation marks in one sentence; the kit allows ${max}.`;
const inDocument = (count: number, max = 2, what = 'document') =>
  `${count} exclamation marks in this ${what}; the kit allows at most ${max}. Keep them for what matters most.`;
const SOCIAL_KIT = 'tone:\n  exclamations: { sentence: 1, document: 2 }\n  channels:\n    social: { exclamations: { sentence: 2 } }';

ruleTester(rule, {
  kit: 'tone:\n  exclamations: { sentence: 1, document: 2 }',
  valid: [
    'Big news! Our sale starts today.',
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: We can help!\nCUSTOMER: We maybe need it!!!\n[wow!]\n',
    },
    { name: 'quoted speech is not held to the rule', text: 'Jo says: “I love it!! Best tool ever!!” Try it today!' },
    { name: 'a Markdown block quote is quoted speech', text: 'What customers say:\n\n> I love it!! Best tool ever!!\n\nTry it today.\n' },
    {
      name: 'an embedded social post is quoted speech',
      path: 'page.html',
      text: '<p>Try it today.</p><blockquote class="twitter-tweet"><p>I love it!! Best tool ever!!</p>&mdash; Jo (@jo)</blockquote>',
    },
    { name: 'marks that belong to a name or an operator do not count', text: 'Our partners: YLD!, Jeopardy!; and Yahoo!. Checks run when a != b. Welcome!' },
    { name: 'marks inside URLs and merge tags do not count', text: 'Visit https://acme.com/#!/sale?x=1 today and use {{ "!!" }} too!' },
    { name: 'a channel override allows two per sentence', kit: SOCIAL_KIT, path: 'post.txt', channel: 'social', text: 'Huge news!! Join us.' },
  ],
  invalid: [
    {
      name: 'a Markdown block quote is judged when the kit says so',
      kit: 'tone:\n  exclamations: { sentence: 1, document: 9 }\n  judgeQuotes: true',
      text: 'What customers say:\n\n> I love it!! Best tool ever.\n',
      output: 'What customers say:\n\n> I love it! Best tool ever.\n',
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 14, message: inSentence(2) }],
    },
    {
      name: 'an embedded social post is judged when the kit says so',
      kit: 'tone:\n  exclamations: { sentence: 1, document: 9 }\n  judgeQuotes: true',
      path: 'page.html',
      text: '<p>Try it today.</p><blockquote class="twitter-tweet"><p>I love it!! Best tool ever.</p></blockquote>',
      output: '<p>Try it today.</p><blockquote class="twitter-tweet"><p>I love it! Best tool ever.</p></blockquote>',
      errors: [{ line: 1, column: 68, endLine: 1, endColumn: 69, message: inSentence(2) }],
    },
    {
      text: 'Big news!!! Our sale starts today! Save now!',
      errors: [
        { line: 1, column: 10, endLine: 1, endColumn: 12, message: inSentence(3), text: '!!' },
        { line: 1, column: 11, endLine: 1, endColumn: 12, message: inDocument(5) },
      ],
      output: 'Big news! Our sale starts today! Save now!',
    },
    {
      name: 'the same post on the web, without the social override',
      kit: SOCIAL_KIT,
      text: 'Huge news!! Join us.',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 12, message: inSentence(2) }],
      output: 'Huge news! Join us.',
    },
    {
      name: 'no mark allowed: the sentence ends with a full stop',
      kit: 'tone:\n  exclamations: { sentence: 0 }',
      text: 'Welcome aboard!',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 16, message: inSentence(1, 0) }],
      output: 'Welcome aboard.',
    },
    {
      name: 'quoted speech is judged when the kit says so',
      kit: 'tone:\n  exclamations: { sentence: 1, document: 2 }\n  judgeQuotes: true',
      text: '“I love it!!” says Jo.',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 13, message: inSentence(2) }],
      output: '“I love it!” says Jo.',
    },
    {
      name: 'entities in an HTML email are covered whole and not fixed',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Save now&excl;&excl;</p></td></tr></table>',
      errors: [{ line: 1, column: 53, endLine: 1, endColumn: 59, message: inSentence(2), text: '!' }],
    },
    {
      name: 'an agent line in a call script',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: We need it!!\nCUSTOMER: We maybe need it!!!\n',
      errors: [{ line: 1, column: 19, endLine: 1, endColumn: 20, message: inSentence(2) }],
      output: 'AGENT: We need it!\nCUSTOMER: We maybe need it!!!\n',
    },
    {
      name: 'each post of a social calendar is counted on its own',
      path: 'calendar.csv',
      channel: 'social',
      text: 'date,platform,text\n2026-05-01,x,Sale! Today! Now!\n2026-05-02,x,Hello! Again!\n',
      errors: [{ line: 2, column: 30, endLine: 2, endColumn: 31, message: inDocument(3, 2, 'post') }],
    },
  ],
});

const ROLE_KIT =
  'tone:\n  exclamations: { sentence: 1, document: 9 }\n  roles:\n    subject: { exclamations: 0 }\n  channels:\n    email:\n      roles:\n        button: { exclamations: 0 }';
const EMAIL = (subject: string, button: string) =>
  `<html><head><title>${subject}</title></head><body><p>Big news! Our sale starts.</p><a class="button" href="https://acme.com">${button}</a></body></html>`;

ruleTester(rule, {
  kit: ROLE_KIT,
  valid: [
    { name: 'a subject and a button without a mark', path: 'mail.html', channel: 'email', text: EMAIL('Our sale starts now', 'Shop the sale') },
    {
      name: 'the button limit is set for email only',
      path: 'page.html',
      channel: 'web',
      text: '<p>Our sale starts.</p><a class="button" href="https://acme.com">Shop now!</a>',
    },
  ],
  invalid: [
    {
      name: 'no mark in a subject line, nor in an email button; the body keeps its sentence limit',
      path: 'mail.html',
      channel: 'email',
      text: EMAIL('Sale! It starts now!', 'Shop now!'),
      output: EMAIL('Sale. It starts now', 'Shop now'),
      errors: [
        { line: 1, column: 24, endLine: 1, endColumn: 25, message: 'No exclamation mark in a subject line: the kit allows none there.' },
        { line: 1, column: 39, endLine: 1, endColumn: 40, message: 'No exclamation mark in a subject line: the kit allows none there.' },
        { line: 1, column: 144, endLine: 1, endColumn: 145, message: 'No exclamation mark in a button: the kit allows none there.' },
      ],
    },
    {
      name: 'a limit above 0 counts the marks of each text',
      kit: 'tone:\n  exclamations: { sentence: 3, document: 9 }\n  roles:\n    heading: { exclamations: 1 }',
      text: '# Big! News!\n\nHello! Hi! Yes!\n\n## Fine!\n',
      output: '# Big! News\n\nHello! Hi! Yes!\n\n## Fine!\n',
      errors: [{ line: 1, column: 12, endLine: 1, endColumn: 13, message: '2 exclamation marks in this heading; the kit allows 1 in a heading.' }],
    },
  ],
});

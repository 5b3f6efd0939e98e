import { ruleTester } from '../../test/helpers/rule-tester.js';
import claims from './claims.js';

ruleTester(claims, {
  kit: `
messaging:
  claims:
    forbidden:
      - { phrase: "#1", reason: "A ranking needs a source." }
      - risk-free
      - guarantee
      - { pattern: "\\\\bbest[- ]in[- ]class\\\\b" }
      - "save 50 %"
`,
  valid: [
    'Rated 1 of the 3 tools our readers use.',
    { name: 'inside a URL or a hashtag', text: 'See https://acme.com/risk-free and #1Tip.' },
    { name: 'customer lines', path: 'call.txt', channel: 'call', text: 'AGENT: Hello.\nCUSTOMER: Is it risk-free?\n' },
  ],
  invalid: [
    {
      name: 'a phrase with a symbol, a hyphenated phrase and a pattern',
      text: 'The #1 platform: risk-free and best in class.',
      errors: [
        { message: 'Do not claim "#1". A ranking needs a source.', line: 1, column: 5, endLine: 1, endColumn: 7 },
        { message: 'Do not claim "risk-free".', line: 1, column: 18, endLine: 1, endColumn: 27 },
        { message: 'Do not claim "best in class".', line: 1, column: 32, endLine: 1, endColumn: 45 },
      ],
    },
    {
      name: 'a symbol the phrase sets apart by a space, as written',
      text: 'Save 50 % today.',
      errors: [{ message: 'Do not claim "Save 50 %".', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'an inflected form',
      text: 'Results guaranteed.',
      errors: [{ message: 'Do not claim "guaranteed".', line: 1, column: 9, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'a button in an email',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Try it.</p>\n<a class="button" href="https://acme.com">Start risk-free</a>',
      errors: [{ message: 'Do not claim "risk-free".', line: 2, column: 49, endLine: 2, endColumn: 58 }],
    },
  ],
});

ruleTester(claims, {
  valid: [
    { name: 'the built-in list: "number one" ranking priorities is no claim', text: 'Security is our number one priority, and our #1 goal is uptime.' },
    { name: 'the built-in list: inside a hashtag', text: 'Follow #1MillionUsers.' },
  ],
  invalid: [
    {
      name: 'the built-in list: rankings',
      text: 'The number one app for teams, #1 in support.',
      errors: [
        { message: 'Do not claim "number one". A ranking claim needs a source.', line: 1, column: 5, endLine: 1, endColumn: 15 },
        { message: 'Do not claim "#1". A ranking claim needs a source.', line: 1, column: 31, endLine: 1, endColumn: 33 },
      ],
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import socialLength from './social-length.js';

const sentences = 'Our spring sale is here. '.repeat(10);
const longUrl = 'https://acme.com/blog/2025/spring-sale-is-here-for-everyone';
const post = (platform: string, text: string): string => `---\nplatform: ${platform}\n---\n${text}\n`;

ruleTester(socialLength, {
  valid: [
    { name: 'X counts a long URL as 23', path: 'post.txt', channel: 'social', text: post('x', `${sentences}${longUrl}`) },
    { name: 'Bluesky counts graphemes', path: 'post.txt', channel: 'social', text: post('bluesky', `${'a'.repeat(290)}${'👍🏽'.repeat(10)}`) },
    { name: 'a post without a platform', path: 'post.txt', channel: 'social', text: 'a'.repeat(4000) },
  ],
  invalid: [
    {
      name: 'an X post over 280 with its URL counted as 23',
      path: 'post.txt',
      channel: 'social',
      text: post('x', `${sentences}${longUrl} Ends May 31, 2025.`),
      errors: [
        {
          message: 'This X post has 292 weighted characters (every URL counts as 23); the limit is 280. Shorten it: the marked part is past the limit.',
          text: 'ay 31, 2025.',
          line: 4,
          column: 317,
          endLine: 4,
          endColumn: 329,
        },
      ],
    },
    {
      name: 'Bluesky over 300 graphemes',
      path: 'post.txt',
      channel: 'social',
      text: post('bluesky', `${'a'.repeat(300)}👍🏽!`),
      errors: [{ message: /^This Bluesky post has 302 graphemes; the limit is 300\./, text: '👍🏽!', line: 4, column: 301, endLine: 4, endColumn: 306 }],
    },
    {
      name: "a calendar row, with the kit's limit, at the row's cell",
      kit: 'channels:\n  social:\n    limits: { linkedin: 40 }',
      path: 'calendar.csv',
      text: 'date,platform,text\n2025-05-01,linkedin,"Spring is here, and so is twenty percent off every plan."\n',
      errors: [
        { message: /^This LinkedIn post has 56 characters; the limit is 40\./, text: ' off every plan.', line: 2, column: 62, endLine: 2, endColumn: 78 },
      ],
    },
  ],
});

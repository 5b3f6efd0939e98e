import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './sentence-length.js';

const message = (words: number) => `This sentence has ${words} words; the kit's maximum is 8. Split it or cut words.`;

ruleTester(rule, {
  kit: 'tone:\n  sentenceLength: 8',
  valid: [
    'Short and clear. Every sentence here is brief.',
    {
      name: 'merge tags, URLs, handles and hashtags are not words',
      text: 'Hi {{first_name}}, visit https://acme.com/spring today with @acme and #SpringSale now.',
    },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: Thanks for calling.\nCUSTOMER: I want to know why my order has not arrived after two whole weeks.\n[long pause while the agent checks the order history in the system]\n',
    },
    {
      name: 'a quoted testimonial is not the brand speaking',
      text: '“This is the best tool our whole team has ever used for planning.”\n\nJo, Acme customer\n',
    },
    {
      name: 'a channel override raises the maximum',
      kit: 'tone:\n  sentenceLength: 8\n  channels:\n    web: { sentenceLength: 20 }',
      text: 'This sentence is longer than eight words, and the web allows it.',
    },
  ],
  invalid: [
    {
      text: 'Plan better.\n\nOur new dashboard brings every report and chart into one place.\n',
      errors: [
        { line: 3, column: 1, endLine: 3, endColumn: 64, message: message(11), text: 'Our new dashboard brings every report and chart into one place.' },
      ],
    },
    {
      name: 'a sentence in an HTML email, across an entity',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Our team&rsquo;s new planner puts every task and note in one place.</p></td></tr></table>',
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 106, message: message(12) }],
    },
    {
      name: 'an agent line in a call script',
      path: 'script.txt',
      channel: 'call',
      text: 'CUSTOMER: Hello?\nAGENT: Thanks for calling Acme, I can help you change your plan today.\n',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 71, message: message(12) }],
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './hedges.js';

const hedge = (text: string) => `"${text}" hedges; say it plainly or leave it out.`;

ruleTester(rule, {
  valid: [
    { name: '"May" the month is not the hedge', text: 'The sale ends May 31. In May we launch. May 5 is the day. Order by 1 May 2026.' },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: We can help.\nCUSTOMER: We maybe need it!!!\n[maybe later]\n',
    },
    { name: 'a quoted testimonial is the customer speaking', text: '“Maybe the best tool we tried,” says Jo.' },
    { name: 'merge tags and URLs are never words', text: 'Hi {{maybe}}, visit https://acme.com/perhaps today.' },
    { name: 'an empty list turns the rule off', kit: 'tone:\n  hedges: []', text: 'This may help.' },
    {
      name: 'a request for permission is not a hedge',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: May I ask the reason for the return? And may we call you back?\n',
    },
    { name: '"kind of" and "sort of" as nouns', text: 'A different kind of plan. What sort of help do you need? This kind of report helps.' },
    {
      name: 'the required recording disclosure is approved wording, not a hedge',
      path: 'script.txt',
      channel: 'call',
      kit: 'channels:\n  call:\n    recordingDisclosure: ["this call may be recorded"]',
      text: 'AGENT: Hi, this is Sam. This call may be recorded for training.\nCUSTOMER: Fine.\n',
    },
    { name: '"in a way" as a manner', text: 'We built it in a way that scales, in a way that’s secure.' },
    {
      name: 'a modal that states a real possibility softens no promise',
      text: 'A payment might fail because the card expired. These features may change in future releases. Pick one that might be a better fit. It may well arrive early. You may have seen the talk. You could win a prize.',
    },
    { name: '"or maybe" offers another option', text: 'Join the forum, or maybe even share your own advice, or perhaps write a post.' },
    {
      name: 'a belief that states a value is not a hedge',
      text: 'We believe in open source. We give it away because we believe that good software should not cost anything.',
    },
    { name: 'the first person singular is a named person’s opinion', text: 'I think these features apply here. I believe in it, and I feel the same.' },
  ],
  invalid: [
    {
      name: 'the built-in list, phrases included',
      text: 'This may help. We maybe need it, perhaps.\n\nKind of great.\n',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 9, message: hedge('may') },
        { line: 1, column: 19, endLine: 1, endColumn: 24, message: hedge('maybe') },
        { line: 1, column: 34, endLine: 1, endColumn: 41, message: hedge('perhaps') },
        { line: 3, column: 1, endLine: 3, endColumn: 8, message: hedge('Kind of') },
      ],
    },
    {
      name: 'a sentence starting with the modal "May"',
      text: 'May help you save time. It may help you.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 4, message: hedge('May') },
        { line: 1, column: 28, endLine: 1, endColumn: 31, message: hedge('may') },
      ],
    },
    {
      name: 'hedges next to the words that make them nouns or manners elsewhere',
      text: 'It is kind of slow. In a way, it works. That is sort of true.',
      errors: [
        { line: 1, column: 7, endLine: 1, endColumn: 14, message: hedge('kind of') },
        { line: 1, column: 21, endLine: 1, endColumn: 29, message: hedge('In a way') },
        { line: 1, column: 49, endLine: 1, endColumn: 56, message: hedge('sort of') },
      ],
    },
    {
      name: 'modals before a verb of benefit or wish, or before "be" and an evaluation',
      text: 'It may also help you. You might want to update. This could save you hours. It might be helpful. We may be able to help. It could be the best plan.',
      errors: [
        { line: 1, column: 4, endLine: 1, endColumn: 7, message: hedge('may') },
        { line: 1, column: 27, endLine: 1, endColumn: 32, message: hedge('might') },
        { line: 1, column: 54, endLine: 1, endColumn: 59, message: hedge('could') },
        { line: 1, column: 79, endLine: 1, endColumn: 84, message: hedge('might') },
        { line: 1, column: 100, endLine: 1, endColumn: 103, message: hedge('may') },
        { line: 1, column: 124, endLine: 1, endColumn: 129, message: hedge('could') },
      ],
    },
    {
      name: 'stacked hedges are one finding, even where the modal alone would state a possibility',
      text: 'The sync might possibly fail. It could perhaps arrive late.',
      errors: [
        { line: 1, column: 10, endLine: 1, endColumn: 24, message: hedge('might possibly') },
        { line: 1, column: 34, endLine: 1, endColumn: 47, message: hedge('could perhaps') },
      ],
    },
    {
      name: 'a belief that softens a claim',
      text: 'We believe our app is the fastest. We think you will love it.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 11, message: hedge('We believe') },
        { line: 1, column: 36, endLine: 1, endColumn: 44, message: hedge('We think') },
      ],
    },
    {
      name: 'a kit can list the first person singular',
      kit: 'tone:\n  hedges: [i think, may]',
      text: 'I think it may help. It may rain.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 8, message: hedge('I think') },
        { line: 1, column: 12, endLine: 1, endColumn: 15, message: hedge('may') },
      ],
    },
    {
      name: "the kit's list replaces the built-in one",
      kit: 'tone:\n  hedges: [ideally, in theory]',
      text: 'In theory, this is perhaps ideal. Ideally it ships.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 10, message: hedge('In theory') },
        { line: 1, column: 35, endLine: 1, endColumn: 42, message: hedge('Ideally') },
      ],
    },
    {
      name: 'an HTML email with entities',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>It&rsquo;s maybe the best plan&nbsp;&mdash; perhaps.</p></td></tr></table>',
      errors: [
        { line: 1, column: 50, endLine: 1, endColumn: 55, message: hedge('maybe') },
        { line: 1, column: 83, endLine: 1, endColumn: 90, message: hedge('perhaps') },
      ],
    },
    {
      name: 'an agent line in a call script',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: We maybe need it!!\nCUSTOMER: We maybe need it!!!\n',
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 16, message: hedge('maybe') }],
    },
  ],
});

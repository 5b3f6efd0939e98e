import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './profanity.js';

const profane = (text: string) => `"${text}" is profane; leave it out or say it plainly.`;

ruleTester(rule, {
  kit: 'tone:\n  profanity: true',
  valid: [
    { name: 'tool names inside identifiers and acronyms', text: 'Rebuild with node-gyp, or run GYP by hand.' },
    { name: 'ordinary words the list rates as profane', text: 'A looser fit. Lorem ipsum dolor sit amet, eros nec.' },
    'This update fixes what slowed you down.',
    { name: 'words profane only in some senses', text: 'Execute the plan. What the hell.' },
    { name: 'quoted speech is not held to the rule', text: '“Damn good tool,” says Jo.' },
    { name: 'customer lines are not judged', path: 'script.txt', channel: 'call', text: 'AGENT: Hello.\nCUSTOMER: This crap is broken.\n' },
    { name: 'merge tags are never words', text: 'Hi {{crap}}, welcome.' },
    { name: 'names are not profanity', text: 'Thanks to Brian White and Lance Ball for the fix.' },
    { name: 'the singular of a listed plural is an ordinary word', text: 'Read our white paper, then move the ball forward.' },
    {
      name: 'ordinary English the full list holds',
      text: 'A black t-shirt for everyone, regardless of sexual orientation. Graduated magna cum laude; misuse or abuse ends it.',
    },
    { name: 'code and emoji are never read as their mask', text: 'Import it with `use`, set `SIX` to 6 and save the date 🗓️ today.' },
  ],
  invalid: [
    {
      name: 'the full list, on request, holds words profane in some senses',
      kit: 'tone:\n  profanity: full',
      text: 'Ask about our sexual health kit.',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 21, message: profane('sexual') }],
    },
    {
      text: 'This damn update fixes the crap that slowed you down.',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 10, message: profane('damn') },
        { line: 1, column: 28, endLine: 1, endColumn: 32, message: profane('crap') },
      ],
    },
    {
      name: 'the plural of a listed word',
      text: 'No more bastards in your inbox.',
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 17, message: profane('bastards') }],
    },
    {
      name: 'an HTML email with entities',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>It&rsquo;s damn fast.</p></td></tr></table>',
      errors: [{ line: 1, column: 50, endLine: 1, endColumn: 54, message: profane('damn') }],
    },
  ],
});

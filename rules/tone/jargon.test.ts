import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './jargon.js';

const instead = (simpler: string, jargon: string) => `Write "${simpler}" instead of the jargon "${jargon}".`;

ruleTester(rule, {
  kit: 'tone:\n  jargon: { leverage: use, circle back: follow up }',
  valid: [
    'Use our reports, then we will follow up.',
    { name: 'quoted speech is not held to the rule', text: '“We leverage it daily,” says Jo.' },
    { name: 'customer lines are not judged', path: 'script.txt', channel: 'call', text: 'AGENT: Hello.\nCUSTOMER: Can you circle back later?\n' },
    { name: 'the plain-language list can be turned off', options: { plainLanguage: false }, text: 'We utilize encryption.' },
    { name: 'merge tags and URLs are never words', text: 'Hi {{leverage}}, see https://acme.com/circle back soon.' },
  ],
  invalid: [
    {
      name: 'the plain-language list is off by default',
      text: 'Leverage our reports. We utilize encryption.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 9, message: instead('Use', 'Leverage'), suggestion: 'Use' }],
      output: 'Use our reports. We utilize encryption.',
    },
    {
      name: "the kit's jargon is fixed; the plain-language list is suggested when asked",
      text: 'Leverage our reports, then we will circle back. We utilize encryption.',
      options: { plainLanguage: true },
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 9, message: instead('Use', 'Leverage'), suggestion: 'Use' },
        { line: 1, column: 36, endLine: 1, endColumn: 47, message: instead('follow up', 'circle back') },
        { line: 1, column: 52, endLine: 1, endColumn: 59, message: '"utilize" is wordy; write "use".', suggestion: 'use' },
      ],
      output: 'Use our reports, then we will follow up. We utilize encryption.',
    },
    {
      name: 'an HTML email: no fix across an entity',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>We will circle&nbsp;back and leverage it.</p></td></tr></table>',
      errors: [
        { line: 1, column: 47, endLine: 1, endColumn: 63, message: instead('follow up', 'circle back') },
        { line: 1, column: 68, endLine: 1, endColumn: 76, message: instead('use', 'leverage') },
      ],
      output: '<table role="presentation"><tr><td><p>We will circle&nbsp;back and use it.</p></td></tr></table>',
    },
  ],
});

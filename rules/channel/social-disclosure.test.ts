import { ruleTester } from '../../test/helpers/rule-tester.js';
import socialDisclosure from './social-disclosure.js';

const message = 'This sponsored post carries no disclosure; add #ad, #sponsored or paid partnership.';

ruleTester(socialDisclosure, {
  kit: 'channels:\n  social:\n    disclosures: ["#ad", "#sponsored", paid partnership]',
  valid: [
    { path: 'post.txt', channel: 'social', text: '---\nsponsored: true\n---\nSpring cleaning, made easy. #Ad\n' },
    {
      name: 'a phrase disclosure',
      path: 'post.txt',
      channel: 'social',
      text: '---\nsponsored: true\n---\nPaid partnership with Acme: spring cleaning, made easy.\n',
    },
    { name: 'not sponsored', path: 'post.txt', channel: 'social', text: 'Spring cleaning, made easy.\n' },
    { name: 'a sponsored row with #sponsored', path: 'calendar.csv', text: 'date,text,sponsored\n2025-05-01,Spring cleaning. #sponsored,yes\n' },
  ],
  invalid: [
    {
      name: 'a sponsored post without #ad',
      path: 'post.txt',
      channel: 'social',
      text: '---\nsponsored: true\n---\nSpring cleaning, made easy. #SpringClean\n',
      errors: [{ message, line: 4, column: 1, endLine: 4, endColumn: 41 }],
    },
    {
      name: 'a sponsored calendar row, at its cell',
      path: 'calendar.csv',
      text: 'date,text,sponsored\n2025-05-01,Spring cleaning. #ad,no\n2025-05-02,Spring cleaning made easy.,yes\n',
      errors: [{ message, line: 3, column: 12, endLine: 3, endColumn: 38 }],
    },
  ],
});

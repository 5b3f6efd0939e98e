import segments from './segments.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(segments, {
  kit: `
lexicon:
  segments:
    - { use: small business, insteadOf: [SMB, small biz] }
`,
  valid: ['Built for small businesses.'],
  invalid: [
    {
      text: 'Built for SMBs and small biz owners.',
      output: 'Built for small businesses and small business owners.',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 15, message: 'Use "small businesses" instead of "SMBs".' },
        { line: 1, column: 20, endLine: 1, endColumn: 29, message: 'Use "small business" instead of "small biz".' },
      ],
    },
  ],
});

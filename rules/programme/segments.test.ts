import { ruleTester } from '../../test/helpers/rule-tester.js';
import segments from './segments.js';

ruleTester(segments, {
  kit: 'lexicon:\n  segments:\n    - trial users\n    - { use: small business, insteadOf: [SMB, small biz] }',
  valid: [
    { name: 'a segment of the vocabulary', text: '---\naudience: trial users\n---\n\nHello.' },
    { name: 'in any case, as a list', text: '---\naudiences: [Trial Users, small business]\n---\n\nHello.' },
    { name: 'a calendar column', path: 'calendar.csv', text: 'date,platform,audience,text\n2026-04-20,x,"trial users, small business",Hello.' },
    { name: 'no audience named', text: '---\ntitle: Spring\n---\n\nBuilt for SMB teams.' },
    { name: 'no vocabulary to check against', kit: 'lexicon:\n  names: [Acme]', text: '---\naudience: anyone\n---\n\nHello.' },
  ],
  invalid: [
    {
      name: 'a name the vocabulary replaces, fixed in front matter',
      text: '---\naudience: SMB\n---\n\nHello.',
      output: '---\naudience: small business\n---\n\nHello.',
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
          message: 'Name the audience "small business", as the kit\'s segments do, not "SMB".',
          suggestion: 'small business',
        },
      ],
    },
    {
      name: 'a quoted list item and an unknown name',
      text: '---\nsegments:\n  - "small biz"\n  - trial user\n---\n\nHello.',
      output: '---\nsegments:\n  - "small business"\n  - trial user\n---\n\nHello.',
      errors: [
        { line: 3, column: 6, endLine: 3, endColumn: 15, suggestion: 'small business' },
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 15,
          message: 'The kit defines no audience "trial user" — did you mean "trial users"? Its segments: "trial users", "small business".',
          suggestion: 'trial users',
        },
      ],
    },
    {
      name: 'calendar cells, each name at its place, per row',
      path: 'calendar.csv',
      text: 'date,platform,audience,text\n2026-04-20,x,"trial users, SMB",Hello.\n2026-04-21,x,partners,Hi.\r\n',
      output: 'date,platform,audience,text\n2026-04-20,x,"trial users, small business",Hello.\n2026-04-21,x,partners,Hi.\r\n',
      errors: [
        { line: 2, column: 28, endLine: 2, endColumn: 31, suggestion: 'small business' },
        { line: 3, column: 14, endLine: 3, endColumn: 22, message: 'The kit defines no audience "partners". Its segments: "trial users", "small business".' },
      ],
    },
  ],
});

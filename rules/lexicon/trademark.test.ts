import trademark from './trademark.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(trademark, {
  kit: `
lexicon:
  names:
    - { name: Acme Cloud, trademark: "™" }
    - Acme
`,
  valid: [
    'Acme Cloud™ keeps files safe. Acme Cloud is fast.',
    { name: 'spelt-out sign', text: 'Acme Cloud (TM) keeps files safe.' },
    { name: 'a name without a trademark needs none', text: 'Acme is here.' },
    { name: 'the legal name in an address or copyright line is no mention', text: 'Acme Cloud Ltd, 1 Market St. © 2026 Acme Cloud. Acme Cloud™ is fast.' },
    { name: 'sign in a <sup> right after the name', path: 'page.html', channel: 'web', text: '<p>Acme Cloud<sup>™</sup> is fast.</p>' },
  ],
  invalid: [
    {
      name: 'the first brand mention after a legal name',
      text: 'From Acme Cloud, Inc.\nAcme Cloud is fast.',
      output: 'From Acme Cloud, Inc.\nAcme Cloud™ is fast.',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11 }],
    },
    {
      text: 'Acme Cloud keeps files safe. Acme Cloud™ is fast.',
      output: 'Acme Cloud™ keeps files safe. Acme Cloud™ is fast.',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 11,
          message: 'The first mention of "Acme Cloud" in this document needs its trademark sign: write "Acme Cloud™".',
        },
      ],
    },
    {
      name: 'roles outside the policy do not count as the first mention',
      kit: `
lexicon:
  names:
    - { name: Acme Cloud, trademark: "®" }
  trademark: { channels: [web], roles: [body] }
`,
      text: '# Acme Cloud\n\nTry Acme Cloud today.',
      output: '# Acme Cloud\n\nTry Acme Cloud® today.',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 15 }],
    },
  ],
});

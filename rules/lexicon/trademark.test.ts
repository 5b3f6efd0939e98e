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

ruleTester(trademark, {
  kit: `
lexicon:
  names:
    - { name: Acme Cloud, trademark: "™" }
  trademark:
    forbidIn: { channels: [social], roles: [subject, button] }
`,
  valid: [
    { name: 'a social post needs no sign on the first mention', path: 'post.txt', channel: 'social', text: 'Acme Cloud keeps files safe.' },
    { name: 'a sign in a web heading is fine', path: 'page.md', channel: 'web', text: '# Acme Cloud™\n\nAcme Cloud is fast.\n' },
    { name: 'a sign inside a URL is not the copy’s', path: 'post.txt', channel: 'social', text: 'Read https://acme.com/acme-cloud™ today.' },
  ],
  invalid: [
    {
      name: 'any sign in a social post, after a kit name or not',
      path: 'post.txt',
      channel: 'social',
      text: 'Acme Cloud™ works with Dropbox®.',
      output: 'Acme Cloud works with Dropbox.',
      errors: [
        { line: 1, column: 11, endLine: 1, endColumn: 12, message: 'No trademark sign in social copy: remove "™".' },
        { line: 1, column: 31, endLine: 1, endColumn: 32, message: 'No trademark sign in social copy: remove "®".' },
      ],
    },
    {
      name: 'a sign in a subject line (an entity: reported, left to the writer) and in a button; the body still needs its first mention marked',
      path: 'mail.html',
      channel: 'email',
      text: '<title>Meet Acme Cloud&trade;</title><p>Acme Cloud is here.</p><a class="button" href="https://acme.com">Try Acme Cloud™</a>',
      output: '<title>Meet Acme Cloud&trade;</title><p>Acme Cloud™ is here.</p><a class="button" href="https://acme.com">Try Acme Cloud</a>',
      errors: [
        { line: 1, column: 23, endLine: 1, endColumn: 30, message: 'No trademark sign in a subject line: remove "™".' },
        { line: 1, column: 41, endLine: 1, endColumn: 51 },
        { line: 1, column: 120, endLine: 1, endColumn: 121, message: 'No trademark sign in a button: remove "™".' },
      ],
    },
  ],
});

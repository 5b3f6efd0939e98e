import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './all-caps.js';

const shouting = (text: string) => `"${text}" is in capitals, which reads as shouting; write it in normal case.`;

ruleTester(rule, {
  kit: 'lexicon:\n  allow: [SKU]\n  names: [Acme]\ntone:\n  allCaps: true',
  valid: [
    { name: 'acronyms, names, roman numerals and short words', text: 'Read the FAQ. Part II of the CEO letter. Check the SKU. Our API is OK. ACME HQ.' },
    { name: 'words with digits', text: 'Shop 4K TVs and MP3 players.' },
    { name: 'acronyms that spell no English word', text: 'Our HTTP and JSON tools are CNCF projects with LTS releases, built in SAN FRANCISCO.' },
    { name: 'code identifiers and labels', text: 'Set NODE_OPTIONS, catch MODULE_NOT_FOUND and read the SEMVER-MAJOR notes.' },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: Thanks.\nCUSTOMER: THIS IS NOT OK!\n[PAUSE HERE]\n',
    },
    { name: 'quoted speech is not held to the rule', text: '“BEST TOOL EVER,” says Jo.' },
    { name: 'hashtags and URLs are never words', text: 'Follow #BIGSALE at https://acme.com/SALE today.' },
    {
      name: 'a channel override turns the rule off',
      kit: 'tone:\n  allCaps: true\n  channels:\n    social: { allCaps: false }',
      path: 'post.txt',
      channel: 'social',
      text: 'HUGE SALE today.',
    },
  ],
  invalid: [
    {
      name: 'navigation and footer links set in capitals are styling; a button shouts',
      path: 'email.html',
      channel: 'email',
      text: '<p><a href="/">HOME</a> <a href="/privacy">PRIVACY STATEMENT</a></p><p><a class="button" href="/sale">SHOP NOW</a></p>',
      errors: [{ line: 1, column: 103, endLine: 1, endColumn: 111, message: shouting('SHOP NOW') }],
    },
    {
      name: 'a run of capitals is one finding',
      text: 'BUY NOW, SAVE BIG on every plan.\n\nLAST chance.\n',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 18, message: shouting('BUY NOW, SAVE BIG') },
        { line: 3, column: 1, endLine: 3, endColumn: 5, message: shouting('LAST') },
      ],
    },
    {
      name: 'English words in capitals next to an acronym',
      text: "The MUST-HAVE HTTP guide: LET'S CELEBRATE.",
      errors: [
        { line: 1, column: 5, endLine: 1, endColumn: 14, message: shouting('MUST-HAVE') },
        { line: 1, column: 27, endLine: 1, endColumn: 42, message: shouting("LET'S CELEBRATE") },
      ],
    },
    {
      name: 'an HTML email, across an entity',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>FREE&nbsp;SHIPPING on orders today.</p></td></tr></table>',
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 57, message: shouting('FREE SHIPPING') }],
    },
    {
      name: 'an agent line in a call script',
      path: 'script.txt',
      channel: 'call',
      text: 'CUSTOMER: OK.\nAGENT: This is a LIMITED offer.\n',
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 25, message: shouting('LIMITED') }],
    },
  ],
});

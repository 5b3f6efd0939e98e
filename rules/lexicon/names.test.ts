import names from './names.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

ruleTester(names, {
  kit: `
lexicon:
  names: [Acme, Acme Cloud, Acme Cloud Enterprise, Flow, Mailchimp, Spokeway E-Bike, Nordlicht+ Family, Nord.io, Smith & Co, Carl's Plan]
`,
  valid: [
    'Try Acme Cloud today.',
    { name: 'the longest name wins', text: 'Acme Cloud Enterprise is here.' },
    { name: 'names inside URLs, addresses, handles, hashtags', text: 'Visit acme-cloud.com, write to help@acmecloud.com, follow @AcmeCloud and #AcmeCloud.' },
    { name: 'merge tags are opaque', text: 'Hi {{acme_cloud}}, welcome.' },
    { name: 'inline code is not copy', text: 'Set `acmecloud_token` in your shell.' },
    { name: 'a lower-case common word is prose', text: 'Keep the flow of work going.' },
    { name: 'a real word in prose case is not a typo', text: 'Acme could help you.' },
    { name: 'a split in lower case is prose', text: 'We mail chimp photos.' },
    { name: 'the plural of a name', text: 'Two Acme Clouds and three Spokeway E-Bikes.' },
    { name: 'a name inside a package or repository identifier', text: 'Install mailchimp-transactional; see acme/acme-sdk#12.' },
    { name: 'link text that spells out its own address', text: 'Our code lives under [mailchimp](https://github.com/mailchimp).' },
    { name: 'a name with a version number is not a typo', text: 'Mailchimp3 shipped today.' },
    { name: 'a typographic apostrophe is the same name', text: "Carl’s Plan and Carl's Plan." },
    { name: 'names with their own punctuation, written right', text: 'Nordlicht+ Family works with Nord.io, see https://nord.io/help.' },
    {
      name: 'a name that ends in a period, at the end of a sentence too',
      kit: 'lexicon:\n  names: [Ridgeline Coffee Co.]',
      text: 'By Ridgeline Coffee Co.\n\nRidgeline Coffee Co., Portland.',
    },
  ],
  invalid: [
    {
      name: 'a name that ends in a period, written without it',
      kit: 'lexicon:\n  names: [Ridgeline Coffee Co.]',
      text: 'Ridgeline Coffee Co, Portland.',
      output: 'Ridgeline Coffee Co., Portland.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 20, message: 'Write the name as "Ridgeline Coffee Co.", not "Ridgeline Coffee Co".' }],
    },
    {
      name: 'joined',
      text: 'Try AcmeCloud today.',
      output: 'Try Acme Cloud today.',
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 14, message: 'Write the name as "Acme Cloud", not "AcmeCloud".', suggestion: 'Acme Cloud' }],
    },
    {
      name: 'other case',
      text: 'Files are safe.\nACME cloud keeps them.',
      output: 'Files are safe.\nAcme Cloud keeps them.',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11, message: 'Write the name as "Acme Cloud", not "ACME cloud".' }],
    },
    {
      name: 'hyphenated',
      text: 'Acme-Cloud is fast.',
      output: 'Acme Cloud is fast.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 11, text: 'Acme-Cloud' }],
    },
    {
      name: 'the plural in other case',
      text: 'Ride Spokeway E-bikes.',
      output: 'Ride Spokeway E-Bikes.',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 22, message: 'Write the name as "Spokeway E-Bikes", not "Spokeway E-bikes".' }],
    },
    {
      name: 'words of a name partly run together',
      text: 'Ride a Spokeway Ebike.',
      output: 'Ride a Spokeway E-Bike.',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 22, message: 'Write the name as "Spokeway E-Bike", not "Spokeway Ebike".' }],
    },
    {
      name: 'one-letter typo: suggested, not fixed',
      text: 'Acme Clod is fast.',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          message: '"Acme Clod" looks like a misspelling of the name "Acme Cloud"; write "Acme Cloud".',
          suggestion: 'Acme Cloud',
        },
      ],
    },
    {
      name: 'a name with its own punctuation ("+") in other case',
      text: 'Meet Nordlicht+ family today.',
      output: 'Meet Nordlicht+ Family today.',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 23, message: 'Write the name as "Nordlicht+ Family", not "Nordlicht+ family".' }],
    },
    {
      name: 'a name with an ampersand, spaced differently',
      text: 'Ask Smith &Co today.',
      output: 'Ask Smith & Co today.',
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 14, text: 'Smith &Co' }],
    },
    {
      name: 'split one-word name',
      text: 'Send it with Mail Chimp.',
      output: 'Send it with Mailchimp.',
      errors: [{ line: 1, column: 14, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'an entity inside the name is covered whole, and not fixed (markup is never touched)',
      path: 'email.html',
      channel: 'email',
      text: '<p>Save with ACME&nbsp;Cloud today</p>',
      errors: [{ line: 1, column: 14, endLine: 1, endColumn: 29, text: 'ACME Cloud' }],
    },
    {
      name: 'CRLF and emoji before the name keep columns right',
      text: '🎉 Big news\r\nTry acmecloud 🚀 now.',
      output: '🎉 Big news\r\nTry Acme Cloud 🚀 now.',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14 }],
    },
  ],
});

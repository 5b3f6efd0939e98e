import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './spelling.js';

const american = (replacement: string, written: string) => `Write "${replacement}" (American spelling) instead of "${written}".`;
const british = (replacement: string, written: string) => `Write "${replacement}" (British spelling) instead of "${written}".`;

ruleTester(rule, {
  kit: 'lexicon:\n  names: [Colour Labs]\ntone:\n  spelling: en-US',
  valid: [
    'Pick a color and organize your catalog at the center.',
    { name: 'a capitalised word inside a sentence is a proper noun', text: 'We met the World Health Organisation team.' },
    { name: 'protected names are left alone', text: 'Colour Labs ships today.' },
    { name: 'URLs and merge tags are never words', text: 'Visit https://acme.com/colour or {{colour}} today.' },
    { name: 'customer lines are not judged', path: 'script.txt', channel: 'call', text: 'AGENT: Pick a color.\nCUSTOMER: I like the colour grey.\n' },
  ],
  invalid: [
    {
      name: 'British spellings in American copy, case kept',
      text: 'Colour your catalogue. My favourite colour’s hue.',
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 7, message: american('Color', 'Colour'), suggestion: 'Color' },
        { line: 1, column: 13, endLine: 1, endColumn: 22, message: american('catalog', 'catalogue') },
        { line: 1, column: 27, endLine: 1, endColumn: 36, message: american('favorite', 'favourite') },
        { line: 1, column: 37, endLine: 1, endColumn: 45, message: american('color’s', 'colour’s') },
      ],
      output: 'Color your catalog. My favorite color’s hue.',
    },
    {
      name: 'American spellings in British copy',
      kit: 'tone:\n  spelling: en-GB',
      text: 'We traveled to the center to analyze the gray catalog.',
      errors: [
        { line: 1, column: 4, endLine: 1, endColumn: 12, message: british('travelled', 'traveled') },
        { line: 1, column: 20, endLine: 1, endColumn: 26, message: british('centre', 'center') },
        { line: 1, column: 30, endLine: 1, endColumn: 37, message: british('analyse', 'analyze') },
        { line: 1, column: 42, endLine: 1, endColumn: 46, message: british('grey', 'gray') },
        { line: 1, column: 47, endLine: 1, endColumn: 54, message: british('catalogue', 'catalog') },
      ],
      output: 'We travelled to the centre to analyse the grey catalogue.',
    },
    {
      name: 'quoted speech is held to house spelling',
      text: '“I love the colour,” says Jo.',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 19, message: american('color', 'colour') }],
      output: '“I love the color,” says Jo.',
    },
    {
      name: 'an HTML email with entities',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Our colour&nbsp;range is organised.</p></td></tr></table>',
      errors: [
        { line: 1, column: 43, endLine: 1, endColumn: 49, message: american('color', 'colour') },
        { line: 1, column: 64, endLine: 1, endColumn: 73, message: american('organized', 'organised') },
      ],
      output: '<table role="presentation"><tr><td><p>Our color&nbsp;range is organized.</p></td></tr></table>',
    },
  ],
});

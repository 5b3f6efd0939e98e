import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './inclusive.js';

ruleTester(rule, {
  kit: 'tone:\n  inclusive: true',
  valid: [
    { name: 'a pronoun for a named person', text: 'Our new lead is Parker Moore. Since 2016 she has led the team, and his colleagues agree.' },
    'Ask your chair to sign up. Every user can update their own profile.',
    { name: 'quoted speech is not held to the rule', text: '“My chairman loved it,” says Jo.' },
    { name: 'condescension hints are not inclusion findings', text: 'Setup is easy and simple: just sign in. Of course, it is straightforward.' },
    { name: 'names are left alone', text: 'Thanks to Guy Bedford for the fix.' },
    {
      name: 'ordinary English the full list holds',
      text: 'Our stewards of the project met my mom. It is a special case of primitive types: the hosts run dummy text for the Businessman.',
    },
    { name: 'a pronoun before the name it stands for', text: "When he joined Supabase's team, Aleksi Immonen found the data scattered." },
    { name: 'a pronoun for a person named in an earlier sentence', text: 'Sergio teaches at a university. His students build on Linkerd.' },
    { name: 'customer lines are not judged', path: 'script.txt', channel: 'call', text: 'AGENT: Who decides?\nCUSTOMER: Our chairman does.\n' },
  ],
  invalid: [
    {
      name: 'the full list, on request',
      kit: 'tone:\n  inclusive: full',
      text: 'Send it to my mom.',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 18, message: /^"mom" may be insensitive\./ }],
    },
    {
      name: 'ableist slang and a generic pronoun after "someone"',
      text: 'These crazy prices are lame. If someone asks, tell him the sale ends Friday.',
      errors: [
        { line: 1, column: 7, endLine: 1, endColumn: 12, message: /^"crazy" may be insensitive\./ },
        { line: 1, column: 24, endLine: 1, endColumn: 28, message: /^"lame" may be insensitive\./ },
        { line: 1, column: 52, endLine: 1, endColumn: 55, message: /^"him" may be insensitive\./ },
      ],
    },
    {
      text: 'Ask your chairman to sign up. Every user can update his own profile.',
      errors: [
        {
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 18,
          message: '"chairman" may be insensitive. Consider "chair", "head" or "chairperson".',
          suggestion: 'chair',
        },
        { line: 1, column: 53, endLine: 1, endColumn: 56, message: '"his" may be insensitive. Consider "their", "theirs" or "them".' },
      ],
    },
    {
      name: 'an HTML email with entities, alternatives in the case of the text',
      path: 'mail.html',
      channel: 'email',
      text: '<table role="presentation"><tr><td><p>Mankind deserves&nbsp;better.</p></td></tr></table>',
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 46, message: '"Mankind" may be insensitive. Consider "Humankind".', suggestion: 'Humankind' }],
    },
  ],
});

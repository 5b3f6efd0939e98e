import { ruleTester } from '../../test/helpers/rule-tester.js';
import tagline from './tagline.js';

const message = 'Write the tagline exactly: "Build faster. Sleep better.".';

ruleTester(tagline, {
  kit: 'messaging:\n  tagline: "Build faster. Sleep better."',
  valid: [
    'Build faster. Sleep better.',
    { name: 'the tagline inside other copy', text: 'Acme Deploy. Build faster.  Sleep better. Try it today.' },
    { name: 'copy that only shares a word or two', text: 'Acme helps you build faster with fewer tools.' },
    { name: 'the tagline in an email', path: 'mail.html', channel: 'email', text: '<html><body><p>Build faster. Sleep better.</p></body></html>' },
    { name: 'customer lines are not the brand', path: 'call.txt', channel: 'call', text: 'AGENT: Hello.\nCUSTOMER: Build faster, sleep better, right?\n' },
  ],
  invalid: [
    {
      name: 'other punctuation and case',
      text: 'Build faster, sleep better.',
      errors: [{ message, suggestion: 'Build faster. Sleep better.', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'a reworded tagline inside a sentence',
      text: 'Our promise: build faster. Sleep well.',
      errors: [{ message, text: 'build faster. Sleep well.', line: 1, column: 14, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'a dropped word',
      text: '# Launch\n\nBuild faster. Sleep.',
      errors: [{ message, line: 3, column: 1, endLine: 3, endColumn: 21 }],
    },
    {
      name: 'all capitals',
      text: 'BUILD FASTER. SLEEP BETTER.',
      errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'an entity in an email covered whole',
      path: 'mail.html',
      channel: 'email',
      text: '<html><body><p>Build faster &amp; sleep better.</p></body></html>',
      errors: [{ message, text: 'Build faster & sleep better.', line: 1, column: 16, endLine: 1, endColumn: 48 }],
    },
  ],
});

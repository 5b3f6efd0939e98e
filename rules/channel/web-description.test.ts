import { ruleTester } from '../../test/helpers/rule-tester.js';
import webDescription from './web-description.js';

ruleTester(webDescription, {
  kit: 'channels:\n  web:\n    description: { min: 20, max: 60 }',
  valid: ['---\ndescription: Acme Deploy ships your app in minutes.\n---\n# Acme\n'],
  invalid: [
    {
      name: 'too short',
      text: '---\ndescription: Deploy.\n---\n',
      errors: [{ message: 'The meta description has 7 characters; write at least 20.', line: 2, column: 14, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'too long, in an HTML meta tag with an entity',
      path: 'page.html',
      channel: 'web',
      text: '<html><head><meta name="description" content="Acme Deploy ships your app to every region in minutes &amp; rolls back in seconds."></head></html>',
      errors: [
        {
          message: /^The meta description has 78 characters; shorten it to 60 or fewer/,
          text: 's back in seconds.',
          line: 1,
          column: 111,
          endLine: 1,
          endColumn: 129,
        },
      ],
    },
  ],
});

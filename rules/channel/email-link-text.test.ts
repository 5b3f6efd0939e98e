import { ruleTester } from '../../test/helpers/rule-tester.js';
import emailLinkText from './email-link-text.js';

ruleTester(emailLinkText, {
  kit: 'channels:\n  email:\n    vagueLinkText: [click here, here, read more]',
  valid: [
    { path: 'mail.html', channel: 'email', text: '<p>Our plans are out: <a href="https://acme.com/plans">see the spring plans</a>.</p>' },
    {
      name: 'a one-word entry inside longer link text',
      path: 'mail.html',
      channel: 'email',
      text: '<p><a href="https://acme.com/plans">Here are the spring plans</a></p>',
    },
    {
      name: 'with match: whole, an entry inside longer link text',
      path: 'mail.html',
      channel: 'email',
      options: { match: 'whole' },
      text: '<p><a href="https://acme.com/plans">Read more about the spring plans</a> or <a href="https://acme.com/go">click here to start</a></p>',
    },
  ],
  invalid: [
    {
      name: 'click here, and here',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Plans are out. <a href="https://acme.com/plans">Click here</a>.</p>\n<p>Pricing is <a href="https://acme.com/pricing">here</a>.</p>',
      errors: [
        { message: '"Click here" does not say where the link goes; describe the destination instead.', line: 1, column: 52, endLine: 1, endColumn: 62 },
        { message: '"here" does not say where the link goes; describe the destination instead.', line: 2, column: 50, endLine: 2, endColumn: 54 },
      ],
    },
    {
      name: 'a button, with an entity',
      path: 'mail.html',
      channel: 'email',
      text: '<a class="button" href="https://acme.com/blog">Read more&nbsp;&raquo;</a>',
      errors: [
        { message: '"Read more »" does not say where the link goes; describe the destination instead.', line: 1, column: 48, endLine: 1, endColumn: 70 },
      ],
    },
    {
      name: 'with match: whole, an entry that is the whole link text',
      path: 'mail.html',
      channel: 'email',
      options: { match: 'whole' },
      text: '<p><a href="https://acme.com/blog">Read more →</a> · <a href="https://acme.com/plans">Read more about the plans</a></p>',
      errors: [
        { message: '"Read more →" does not say where the link goes; describe the destination instead.', line: 1, column: 36, endLine: 1, endColumn: 47 },
      ],
    },
  ],
});

import { expect, it } from 'vitest';
import { lintWithRule, ruleTester } from '../../test/helpers/rule-tester.js';
import boilerplate from './boilerplate.js';

const kit = 'messaging:\n  boilerplate: "Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers in 90 countries."';
const altered = 'Acme builds tools that help teams ship faster. Founded in 2012, Acme serves 50,000 customers in 90 countries.';

ruleTester(boilerplate, {
  kit,
  valid: [
    'Acme builds tools that help small teams ship faster. Founded in 2012, Acme serves 40,000 customers in 90 countries.',
    {
      name: 'line breaks inside the paragraph',
      text: 'Acme builds tools that help small teams ship faster.\nFounded in 2012, Acme serves 40,000 customers in 90 countries.',
    },
    { name: 'a paragraph that is not the boilerplate', text: 'Acme builds tools. Our spring sale starts today, with twenty percent off every plan.' },
  ],
  invalid: [
    {
      name: 'a removed and a changed word',
      text: `# About Acme\n\n${altered}\n`,
      errors: [
        {
          message: 'This paragraph alters the boilerplate (removed "small", removed "40,000", added "50,000"); use the boilerplate word for word.',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 110,
        },
      ],
    },
    {
      name: 'changed punctuation in an email',
      path: 'mail.html',
      channel: 'email',
      text: '<p>Acme builds tools that help small teams ship faster; founded in 2012, Acme serves 40,000 customers in 90 countries.</p>',
      errors: [
        {
          message: 'This paragraph alters the boilerplate (removed "faster. Founded", added "faster; founded"); use the boilerplate word for word.',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 119,
        },
      ],
    },
  ],
});

it('gives the word diff in the finding data', async () => {
  const [finding] = await lintWithRule(boilerplate, { text: altered }, kit);
  expect(finding?.data).toEqual({
    similarity: 0.92,
    removed: ['small', '40,000'],
    added: ['50,000'],
    diff: [
      { op: 'equal', text: 'Acme builds tools that help' },
      { op: 'removed', text: 'small' },
      { op: 'equal', text: 'teams ship faster. Founded in 2012, Acme serves' },
      { op: 'removed', text: '40,000' },
      { op: 'added', text: '50,000' },
      { op: 'equal', text: 'customers in 90 countries.' },
    ],
  });
});

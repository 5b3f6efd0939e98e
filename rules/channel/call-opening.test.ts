import { ruleTester } from '../../test/helpers/rule-tester.js';
import callOpening from './call-opening.js';

const message = 'Open the call with the required opening: "Hi {customer}, this is {agent} from {company}.".';

/** Blanks a script leaves for the agent's name, each a common convention. */
const NAME_BLANKS = ['{agent_name}', '{Agent Name}', '{{agent_name}}', '<name>', '<agent_name>', '[your name]', '[agent_name]', '(name)', '___'];

ruleTester(callOpening, {
  kit: 'channels:\n  call:\n    opening: "Hi {customer}, this is {agent} from {company}."',
  valid: [
    { path: 'call.txt', channel: 'call', text: 'AGENT: Hi Dana, this is Sam Lee from Acme Cloud. Got a minute?\nCUSTOMER: Sure.\n' },
    { name: 'other punctuation and case', path: 'call.txt', channel: 'call', text: 'AGENT: hi Dana — this is Sam from Acme!\nCUSTOMER: Hi.\n' },
    {
      name: 'a contraction in the kit matches its long form in the script',
      kit: 'channels:\n  call:\n    opening: "Hello, you\'re speaking with {agent} at Acme"',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hello, you are speaking with Sam at Acme.\nCUSTOMER: Hi.\n',
    },
    { name: 'merge tags for placeholders', path: 'call.txt', channel: 'call', text: 'AGENT: Hi {{first_name}}, this is {{agent}} from Acme.\nCUSTOMER: Hi.\n' },
    ...NAME_BLANKS.flatMap((blank) =>
      ['call.txt', 'call.md'].map((path) => ({
        name: `the blank ${blank} in ${path}`,
        path,
        channel: 'call' as const,
        text: `AGENT: Hi {customer_name}, this is ${blank} from Acme.\nCUSTOMER: Hi.\n`,
      })),
    ),
  ],
  invalid: [
    {
      name: 'another opening, reported at the first agent turn',
      path: 'call.txt',
      channel: 'call',
      text: 'CUSTOMER: Hello?\nAGENT: Hey there! Got a minute to talk about Acme?\nAGENT: Hi Dana, this is Sam from Acme.\n',
      errors: [{ message, line: 2, column: 8, endLine: 2, endColumn: 51 }],
    },
    {
      name: 'a blank for the name does not stand for the words around it',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hello, {agent_name} calling for Acme.\nCUSTOMER: Hi.\n',
      errors: [{ message, line: 1, column: 8, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'no agent turn: line 1, column 1',
      path: 'call.txt',
      channel: 'call',
      text: 'CUSTOMER: Hello?\nCUSTOMER: Anyone there?\n',
      errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

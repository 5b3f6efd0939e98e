import { ruleTester } from '../../test/helpers/rule-tester.js';
import callOpening from './call-opening.js';

const message = 'Open the call with the required opening: "Hi {customer}, this is {agent} from {company}.".';

ruleTester(callOpening, {
  kit: 'channels:\n  call:\n    opening: "Hi {customer}, this is {agent} from {company}."',
  valid: [
    { path: 'call.txt', channel: 'call', text: 'AGENT: Hi Dana, this is Sam Lee from Acme Cloud. Got a minute?\nCUSTOMER: Sure.\n' },
    { name: 'other punctuation and case', path: 'call.txt', channel: 'call', text: 'AGENT: hi Dana — this is Sam from Acme!\nCUSTOMER: Hi.\n' },
    { name: 'merge tags for placeholders', path: 'call.txt', channel: 'call', text: 'AGENT: Hi {{first_name}}, this is {{agent}} from Acme.\nCUSTOMER: Hi.\n' },
    { name: 'a blank the script leaves for the name', path: 'call.txt', channel: 'call', text: 'AGENT: Hi Dana, this is [your name] from Acme.\nCUSTOMER: Hi.\n' },
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
      name: 'no agent turn: line 1, column 1',
      path: 'call.txt',
      channel: 'call',
      text: 'CUSTOMER: Hello?\nCUSTOMER: Anyone there?\n',
      errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

import { ruleTester } from '../../test/helpers/rule-tester.js';
import callRecordingDisclosure from './call-recording-disclosure.js';

const message = 'Say that the call is recorded within the opening, e.g. "this call may be recorded".';

ruleTester(callRecordingDisclosure, {
  kit: 'channels:\n  call:\n    recordingDisclosure: [this call may be recorded, calls are recorded]',
  valid: [
    { path: 'call.txt', channel: 'call', text: 'AGENT: Hi Dana, this is Sam from Acme. This call may be recorded.\nCUSTOMER: Hi.\n' },
    {
      name: 'in the second turn of a script without headings',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hi Dana.\nCUSTOMER: Hi.\nAGENT: Before we start: calls are recorded.\n',
    },
    {
      name: 'anywhere in the opening section',
      path: 'call.md',
      channel: 'call',
      text: '## Opening\n\nAGENT: Hi Dana.\n\nCUSTOMER: Hi.\n\nAGENT: One thing first. [pause] This call may be recorded.\n\nAGENT: Great.\n\n## Discovery\n\nAGENT: What do you use today?\n',
    },
  ],
  invalid: [
    {
      name: 'only after the opening section',
      path: 'call.md',
      channel: 'call',
      text: '## Opening\n\nAGENT: Hi Dana, this is Sam.\n\nCUSTOMER: Hi.\n\n## Discovery\n\nAGENT: This call may be recorded.\n',
      errors: [{ message, line: 3, column: 8, endLine: 3, endColumn: 29 }],
    },
    {
      name: 'said by the customer',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hi Dana.\nCUSTOMER: This call may be recorded, right?\n',
      errors: [{ message, line: 1, column: 8, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'in the third turn, past the opening turns',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hi Dana.\nCUSTOMER: Hi.\nAGENT: How are you?\nCUSTOMER: Fine.\nAGENT: This call may be recorded.\n',
      errors: [{ message, line: 1, column: 8, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'the option widens the opening',
      options: { openingTurns: 3 },
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Hi Dana.\nCUSTOMER: Hi.\nAGENT: How are you?\nCUSTOMER: Fine.\nAGENT: Good.\nAGENT: This call may be recorded.\n',
      errors: [{ message, line: 1, column: 8, endLine: 1, endColumn: 16 }],
    },
  ],
});

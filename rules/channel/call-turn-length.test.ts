import { ruleTester } from '../../test/helpers/rule-tester.js';
import callTurnLength from './call-turn-length.js';

ruleTester(callTurnLength, {
  kit: 'channels:\n  call:\n    maxTurnWords: 8',
  valid: [
    { path: 'call.txt', channel: 'call', text: 'AGENT: Acme Deploy ships your app in minutes.\nCUSTOMER: Tell me more, I have all day, honestly, go on.\n' },
    {
      name: 'stage directions do not count',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Acme ships your app in minutes. [pause and wait for the customer to react] Sound good?\nCUSTOMER: Yes.\n',
    },
  ],
  invalid: [
    {
      name: 'the words past the limit, directions left out of the count',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: Acme Deploy ships your app [smile] to every region in minutes, with rollbacks.\nCUSTOMER: Nice.\n',
      errors: [
        {
          message: 'This agent turn has 12 spoken words; keep it within 8 and let the customer answer (the marked part is past the limit).',
          text: 'in minutes, with rollbacks',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 85,
        },
      ],
    },
  ],
});

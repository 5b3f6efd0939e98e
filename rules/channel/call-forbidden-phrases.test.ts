import { ruleTester } from '../../test/helpers/rule-tester.js';
import callForbiddenPhrases from './call-forbidden-phrases.js';

ruleTester(callForbiddenPhrases, {
  kit: 'channels:\n  call:\n    forbidden: [to be honest, calm down]',
  valid: [
    { path: 'call.txt', channel: 'call', text: 'AGENT: This plan fits teams of your size.\nCUSTOMER: To be honest, I am not sure.\n' },
    { name: 'stage directions', path: 'call.txt', channel: 'call', text: 'AGENT: I understand. [calm down the customer]\nCUSTOMER: Thanks.\n' },
  ],
  invalid: [
    {
      name: 'phrases with inflections',
      path: 'call.txt',
      channel: 'call',
      text: 'AGENT: To be honest, this is our best plan.\nCUSTOMER: Hm.\nAGENT: Please, just calming down helps.\n',
      errors: [
        { message: 'Agents do not say "To be honest"; leave it out.', line: 1, column: 8, endLine: 1, endColumn: 20 },
        { message: 'Agents do not say "calming down"; leave it out.', line: 3, column: 21, endLine: 3, endColumn: 33 },
      ],
    },
  ],
});

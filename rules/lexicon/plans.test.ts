import { ruleTester } from '../../test/helpers/rule-tester.js';
import plans from './plans.js';

const KIT = 'lexicon:\n  names: [Acme]\n  plans:\n    names: [Essentials, Plus, Unlimited, Pro Plus]\n    namePattern: ["{Name} plan", "{Name} tier"]';
const notAPlan = (name: string, nearest?: string) =>
  `"${name}" is not one of the plans (Essentials, Plus, Unlimited, Pro Plus)${nearest ? `: did you mean "${nearest}"?` : '.'}`;

ruleTester(plans, {
  kit: KIT,
  valid: [
    'Start on the Essentials plan and move to the Unlimited tier when you grow.',
    {
      name: 'a brand name before a plan or alone, plurals and leading words',
      text: 'The Acme Plus plan is here. Our Pro Plus plans include payroll. Each plan is monthly, like any Acme plan.',
    },
    { name: 'a common word that may be a sentence start', text: 'Business plan templates are free to download.' },
    { name: 'a title-case heading', text: '# Choose The Right Plan\n\nEvery plan is monthly.\n' },
    { name: 'a lower-case word is no name', text: 'Pick a premium plan that fits, or a free tier.' },
    { name: 'inside a URL', text: 'See https://acme.com/Premium-plan for more.' },
    { name: 'no plans listed: no check', kit: 'lexicon:\n  names: [Acme]', text: 'Upgrade to the Premium plan.' },
  ],
  invalid: [
    {
      name: 'an unknown plan mid-sentence, and a near miss with its suggestion',
      text: 'Upgrade to the Premium plan, or stay on the Essential tier.',
      errors: [
        { line: 1, column: 16, endLine: 1, endColumn: 23, message: notAPlan('Premium') },
        { line: 1, column: 45, endLine: 1, endColumn: 54, message: notAPlan('Essential', 'Essentials'), suggestion: 'Essentials' },
      ],
    },
    {
      name: 'a near miss is reported even where the capital may be a sentence start or title case',
      text: '# Unlimted Plan\n\nUnlimted plans cost more. Our Starter Kit plan is new.\n',
      errors: [
        { line: 1, column: 3, endLine: 1, endColumn: 11, message: notAPlan('Unlimted', 'Unlimited') },
        { line: 3, column: 1, endLine: 3, endColumn: 9, message: notAPlan('Unlimted', 'Unlimited') },
        { line: 3, column: 31, endLine: 3, endColumn: 42, message: notAPlan('Starter Kit') },
      ],
    },
    {
      name: 'only the patterns the kit gives',
      kit: 'lexicon:\n  plans:\n    names: [Basic, Team]\n    namePattern: "{Name} edition"',
      text: 'The Enterprise edition and the Gold plan.',
      errors: [{ line: 1, column: 5, endLine: 1, endColumn: 15, message: '"Enterprise" is not one of the plans (Basic, Team).' }],
    },
  ],
});

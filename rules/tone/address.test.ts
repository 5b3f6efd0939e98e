import { ruleTester } from '../../test/helpers/rule-tester.js';
import rule from './address.js';

ruleTester(rule, {
  kit: 'tone:\n  address: { minYouRatio: 0.5 }',
  valid: [
    'Your new planner keeps your week in order, so you can focus. We built it for you.',
    { name: 'too few person words to judge', text: 'We are here. Contact us.' },
    { name: 'a testimonial in quotes is not the brand talking', text: '“We love it. Our whole team uses it, and we save hours,” says Jo. You will too.' },
    { name: '"US" is the country', text: 'Shipping to the US and the UK. You pick the day, you pick the time. We deliver.' },
    {
      name: 'customer lines and stage directions are not judged',
      path: 'script.txt',
      channel: 'call',
      text: 'AGENT: How can I help you today?\nCUSTOMER: We need our invoices. We think our plan is wrong.\n[we check our records]\n',
    },
  ],
  invalid: [
    {
      name: 'reported once, at the first segment, with the counts',
      text: '# Our story\n\nWe built our new planner because we care about our craft. We think it shows. You will like it.\n',
      errors: [
        {
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 12,
          message: 'The copy says "you/your" 1 time and "we/our/us" 6 times (14% reader address); the kit\'s minimum is 50%. Turn sentences toward the reader.',
        },
      ],
    },
    {
      name: 'quoted speech counts when the kit says so',
      kit: 'tone:\n  address: { minYouRatio: 0.5 }\n  judgeQuotes: true',
      text: '“We love it. Our whole team uses it, and we save hours,” says Jo. You will too.',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 80, message: /"you\/your" 1 time and "we\/our\/us" 3 times \(25% reader address\)/ }],
    },
    {
      name: 'an HTML email with entities and merge tags',
      path: 'mail.html',
      channel: 'email',
      text: '<html><head><title>News from us</title></head><body><table role="presentation"><tr><td><p>Hi {{first_name}}, we&rsquo;ve shipped our update. We think our team did well.</p></td></tr></table></body></html>',
      errors: [{ line: 1, column: 20, endLine: 1, endColumn: 32, message: /"you\/your" 0 times and "we\/our\/us" 5 times \(0% reader address\)/ }],
    },
  ],
});

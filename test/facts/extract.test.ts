/**
 * Fact extraction over many phrasings: each case names the kind, the
 * canonical value and the exact text the fact covers in the source. Equal
 * values written differently must agree; numbers and dates that are no
 * offer must not become offer facts.
 */
import { describe, expect, it } from 'vitest';
import { defaultKit } from '../../src/config/load.js';
import type { Fact, FactKind } from '../../src/facts/types.js';
import { readText } from '../helpers/documents.js';
import { documentData, kitFromYaml } from '../helpers/kit.js';

const OFFER_KINDS: FactKind[] = ['discount', 'price', 'code', 'start', 'deadline', 'trial', 'phone', 'link'];

/** Facts of offer kinds; `year` null reads the copy without a campaign year. */
async function factsOf(text: string, path = 'copy.md', year: number | null = 2026): Promise<Fact[]> {
  const document = await readText(path, text);
  return documentData(document, defaultKit())
    .facts(year ?? undefined)
    .filter((fact) => OFFER_KINDS.includes(fact.kind));
}

/** [copy, kind, value, the text the fact covers] */
const CASES: [string, FactKind, string, string][] = [
  ['Get 20% off any plan.', 'discount', '20%', '20% off'],
  ['Save 20 percent this spring.', 'discount', '20%', 'Save 20 percent'],
  ['Take twenty percent off.', 'discount', '20%', 'twenty percent off'],
  ['Enjoy a fifth off every plan.', 'discount', '20%', 'a fifth off'],
  ['A 20 per cent discount for teams.', 'discount', '20%', '20 per cent discount'],
  ['Half price for the first month.', 'discount', '50%', 'Half price'],
  ['Save an extra twenty-five percent.', 'discount', '25%', 'Save an extra twenty-five percent'],
  ['Plans from $49/mo.', 'price', 'USD 49/month', '$49/mo'],
  ['Only 49 dollars a month.', 'price', 'USD 49/month', '49 dollars a month'],
  ['Or $588 a year.', 'price', 'USD 588/year', '$588 a year'],
  ['Just €19.50 per month.', 'price', 'EUR 19.50/month', '€19.50 per month'],
  ['Costs USD 99 annually.', 'price', 'USD 99/year', 'USD 99 annually'],
  ['$12 per user per month.', 'price', 'USD 12/month', '$12 per user per month'],
  ['Use code SPRING20 at checkout.', 'code', 'SPRING20', 'SPRING20'],
  ['Promo code: "SAVE-20".', 'code', 'SAVE-20', 'SAVE-20'],
  ['Enter SPRING20 when you pay.', 'code', 'SPRING20', 'SPRING20'],
  ['Offer ends May 31.', 'deadline', '2026-05-31', 'May 31'],
  ['The offer runs until the twenty-fourth of December.', 'deadline', '2026-12-24', 'twenty-fourth of December'],
  ['Offer ends on the 24th December.', 'deadline', '2026-12-24', '24th December'],
  ['The sale starts on the 1st of May.', 'start', '2026-05-01', '1st of May'],
  ['Valid through 5/31.', 'deadline', '2026-05-31', '5/31'],
  ['On sale until 31 May 2026.', 'deadline', '2026-05-31', '31 May 2026'],
  ['Last day: Sunday.', 'deadline', 'Sunday', 'Sunday'],
  ['Hurry, it closes at midnight Sunday.', 'deadline', 'Sunday', 'midnight Sunday'],
  ['The sale starts May 1.', 'start', '2026-05-01', 'May 1'],
  ['Start with a 14-day free trial.', 'trial', '14 days', '14-day free trial'],
  ['Every plan has a two-week trial.', 'trial', '14 days', 'two-week trial'],
  ['Try it free for fourteen days.', 'trial', '14 days', 'free for fourteen days'],
  ['A one-month trial for new teams.', 'trial', '30 days', 'one-month trial'],
  ['Call (415) 555-0100 today.', 'phone', '+14155550100', '(415) 555-0100'],
  ['Call 415.555.0100 today.', 'phone', '+14155550100', '415.555.0100'],
  ['Call +1 415 555 0100 today.', 'phone', '+14155550100', '+1 415 555 0100'],
  ['Call (415) 555-0100, 9am to 5pm.', 'phone', '+14155550100', '(415) 555-0100'],
  [
    'Sign up at https://www.acme.com/spring/?utm_source=x&utm_campaign=spring-sale now.',
    'link',
    'acme.com/spring?utm_campaign=spring-sale',
    'https://www.acme.com/spring/?utm_source=x&utm_campaign=spring-sale',
  ],
  ['The amount of $50.00 CAD has been charged.', 'price', 'CAD 50', '$50.00 CAD'],
  ['Tickets are C$40 each.', 'price', 'CAD 40', 'C$40'],
  ['Certifications are on sale from March 29 to April 9.', 'start', '2026-03-29', 'March 29'],
  ['Certifications are on sale from March 29 to April 9.', 'deadline', '2026-04-09', 'April 9'],
  ['50% off all exams, 1 week only, thru April 19\nhttps://acme.com/april', 'deadline', '2026-04-19', 'April 19'],
];

describe('facts are read from every phrasing, at their exact text', () => {
  for (const [copy, kind, value, written] of CASES) {
    it(`${kind}: ${copy}`, async () => {
      const facts = (await factsOf(copy)).filter((fact) => fact.kind === kind);
      expect(facts.map((fact) => [fact.value, fact.text])).toEqual([[value, written]]);
      expect([facts[0]?.start, facts[0]?.end]).toEqual([copy.indexOf(written), copy.indexOf(written) + written.length]);
    });
  }
});

describe('equal values written differently agree', () => {
  const pairs: [string, string, FactKind][] = [
    ['Start a two-week trial.', 'Start a 14-day trial.', 'trial'],
    ['Ends 5/31.', 'Ends May 31.', 'deadline'],
    ['Only $49/mo.', 'Only 49 dollars a month.', 'price'],
    ['Save twenty percent.', 'Get 20% off.', 'discount'],
    ['A fifth off.', '20 percent off.', 'discount'],
  ];
  for (const [a, b, kind] of pairs) {
    it(`"${a}" = "${b}"`, async () => {
      const [first] = (await factsOf(a)).filter((fact) => fact.kind === kind);
      const [second] = (await factsOf(b)).filter((fact) => fact.kind === kind);
      expect(first?.value).toBe(second?.value);
    });
  }
});

describe('numbers and dates that are no offer are no offer facts', () => {
  const copies = [
    'Real people answer, with 24/7 support.',
    'Set up in 3 steps.',
    'Trusted since 2012.',
    'Acme was founded in 2012.',
    'We offer 30-day payment terms.',
    'A 30-day money-back guarantee.',
    'Join our webinar on June 12 at 2pm.',
    'Teams ship 20% faster.',
    'More than 20,000 teams in 30 countries.',
    'Use SSO to sign in.',
    'Raised $5M in funding.',
    'Save $10 on your first order.',
    'Visit https://acme.com/spring20 for more.',
    'All promo codes expire after 7 days without fail.',
    'Your trial ends in 3 days.',
    'This link expires in 1 hour.',
    'Build time went down from 12s to 2s.',
    'Resolution improved from 5 minutes to 15 seconds.',
    'Attendees could end the day with a landed PR.',
    'Node.js Interactive is happening from December 8-9, 2015 in Portland.',
    'The survey was open for 15 days, from January 13 to January 28, 2016.',
    '**lib**: use ES6 class inheritance style.',
    '**crypto**: use EVP_PKEY_X448 in GetEphemeralKeyInfo.',
    'Accounts filtered by revenue band (MRR $100–$499).',
  ];
  for (const copy of copies) {
    it(copy, async () => {
      expect((await factsOf(copy)).filter((fact) => fact.kind !== 'link')).toEqual([]);
    });
  }
});

describe('a code alone in its paragraph, after one that speaks of a code', () => {
  const cases: [string, string][] = [
    ['<p>Please accept this coupon code for 40% off!</p>\n<p>Ax8Sp0023KL2</p>', 'Ax8Sp0023KL2'],
    ['<h2>Your Coupon Code is</h2>\n<h2>2ob3-32cc39-2pe3-291ab</h2>', '2ob3-32cc39-2pe3-291ab'],
    ['<p>Use Coupon Code</p>\n<p>off50code</p>', 'off50code'],
  ];
  for (const [html, code] of cases) {
    it(code, async () => {
      const facts = (await factsOf(html, 'email.html')).filter((fact) => fact.kind === 'code');
      expect(facts.map((fact) => [fact.value, fact.start, fact.end])).toEqual([[code, html.indexOf(code), html.indexOf(code) + code.length]]);
    });
  }
  it('but not a word without digits, nor after a paragraph about something else', async () => {
    const html = '<p>Your coupon code</p>\n<p>Welcome</p>\n<p>Thanks for reading.</p>\n<p>v2beta3</p>';
    expect((await factsOf(html, 'email.html')).filter((fact) => fact.kind === 'code')).toEqual([]);
  });
});

describe('links that are no landing page, buttons that say nothing yet', () => {
  const cases: [string, string][] = [
    ['a relative address', '<p><a class="button" href="/about/eol">Get security support</a></p>'],
    [
      'a photo credit the site tags with itself',
      '<p>Photo by <a href="https://unsplash.com/@jdomito?utm_source=unsplash&amp;utm_medium=referral&amp;utm_content=creditCopyText">J</a></p>',
    ],
  ];
  for (const [name, html] of cases) {
    it(name, async () => {
      expect((await factsOf(html, 'page.html')).filter((fact) => fact.kind === 'link')).toEqual([]);
    });
  }
  it('a button that reads only a merge tag is no CTA', async () => {
    const document = await readText('email.html', '<p><a class="button" href="https://acme.com/spring">{{this.c2a_button}}</a></p>');
    expect(
      documentData(document, defaultKit())
        .facts(2026)
        .filter((fact) => fact.kind === 'cta'),
    ).toEqual([]);
  });
});

describe('dates without a campaign year', () => {
  it('keep no year, so they agree with that day of any year', async () => {
    const [fact] = await factsOf('Offer ends May 31.', 'copy.md', null);
    expect(fact?.value).toBe('--05-31');
  });
  it('keep the year the copy writes', async () => {
    const [fact] = await factsOf('Offer ends May 31, 2027.', 'copy.md', null);
    expect(fact?.value).toBe('2027-05-31');
  });
});

describe('facts of other kinds and sources', () => {
  it('reads ranges as a start and a deadline', async () => {
    const facts = await factsOf('The sale runs May 1 through May 31.');
    expect(facts.map((fact) => [fact.kind, fact.value, fact.text])).toEqual([
      ['start', '2026-05-01', 'May 1'],
      ['deadline', '2026-05-31', 'May 31'],
    ]);
  });
  it('reads tel: links and button links, at their visible text', async () => {
    const html =
      '<p>Questions? <a href="tel:+14155550100">Call us</a></p>\n<p><a class="button" href="https://acme.com/spring?utm_campaign=spring-sale&amp;utm_source=email">Claim your discount</a></p>';
    const document = await readText('page.html', html);
    const facts = documentData(document, defaultKit())
      .facts(2026)
      .filter((fact) => fact.kind === 'phone' || fact.kind === 'link');
    expect(facts.map((fact) => [fact.kind, fact.value, fact.text, document.source.slice(fact.start, fact.end)])).toEqual([
      ['phone', '+14155550100', 'tel:+14155550100', 'Call us'],
      ['link', 'acme.com/spring?utm_campaign=spring-sale', 'https://acme.com/spring?utm_campaign=spring-sale&utm_source=email', 'Claim your discount'],
    ]);
  });
  it('puts the link of a linked image without alt text at the link target, never at the image address', async () => {
    const cases: [string, string, string][] = [
      ['page.md', '[![](https://acme.com/spring/hero.png)](https://acme.com/spring?utm_campaign=spring)\n', 'https://acme.com/spring?utm_campaign=spring'],
      [
        'page.md',
        '[![](https://acme.com/spring/hero.png)](<https://acme.com/spring?utm_campaign=spring> "Spring")\n',
        'https://acme.com/spring?utm_campaign=spring',
      ],
      [
        'page.html',
        '<p><a title="https://acme.com/spring" href="https://acme.com/spring?utm_campaign=spring&amp;utm_source=web"><img src="https://acme.com/spring.png"></a></p>',
        'https://acme.com/spring?utm_campaign=spring&amp;utm_source=web',
      ],
      // The target of a reference link is written elsewhere: the fact stands at the whole link.
      [
        'page.md',
        '[![](https://acme.com/spring/hero.png)][spring]\n\n[spring]: https://acme.com/spring?utm_campaign=spring\n',
        '[![](https://acme.com/spring/hero.png)][spring]',
      ],
    ];
    for (const [path, text, written] of cases) {
      const document = await readText(path, text);
      const links = documentData(document, defaultKit())
        .facts(2026)
        .filter((fact) => fact.kind === 'link');
      expect(
        links.map((fact) => [fact.value, document.source.slice(fact.start, fact.end)]),
        text,
      ).toEqual([['acme.com/spring?utm_campaign=spring', written]]);
    }
  });
  it('reads numbers without a country code in the country of the campaign phone, else of the spelling', async () => {
    const copy = 'Ring us on 020 7946 0018, 8am to 8pm.';
    const document = await readText('copy.md', copy);
    const phonesWith = async (yaml: string) =>
      documentData(document, await kitFromYaml(yaml))
        .facts(2026)
        .filter((fact) => fact.kind === 'phone')
        .map((fact) => [fact.value, document.source.slice(fact.start, fact.end)]);
    const expected = [['+442079460018', '020 7946 0018']];
    expect(await phonesWith('campaigns: { winter: { files: ["**"], truth: { phone: "+44 20 7946 0018" } } }')).toEqual(expected);
    expect(await phonesWith('tone: { spelling: en-GB }')).toEqual(expected);
  });
  it("does not read the customer's lines of a call script", async () => {
    const facts = await factsOf('AGENT: You get 20% off today.\n\nCUSTOMER: Could I get 30% off?\n', 'call.md');
    expect(facts.map((fact) => fact.value)).toEqual(['20%']);
  });
});

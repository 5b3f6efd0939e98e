import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise, writeCampaignExample } from '../../test/helpers/campaign-tester.js';
import sourceOfTruth from './source-of-truth.js';

documentedExamplesPass(sourceOfTruth);

describe('drift/source-of-truth', () => {
  it('reports every fact that contradicts the declared truth, at its text; equal values written differently pass', async () => {
    const findings = await lintCampaignFolder(sourceOfTruth, 'test/fixtures/drift/truth');
    expect(findings.map((finding) => [summarise(finding), finding.text])).toEqual([
      ['spring/email.html:1:33-1:40 Says "25% off"; the campaign\'s offer is 20% off.', '25% off'],
      ['spring/email.html:3:8-3:15 Says "25% off"; the campaign\'s offer is 20% off.', '25% off'],
      ['spring/email.html:3:26-3:34 Says "SPRING25"; the campaign\'s promo code is SPRING20.', 'SPRING25'],
      ['spring/email.html:3:41-3:47 Says "June 1"; the campaign\'s end date is May 31, 2026.', 'June 1'],
      ['spring/email.html:3:60-3:66 Says "$59/mo"; the campaign\'s price is USD 49/month.', '$59/mo'],
      ['spring/email.html:4:20-4:34 Says "(415) 555-0199"; the campaign\'s phone number is +14155550100.', '(415) 555-0199'],
      [
        "spring/email.html:5:94-5:113 Links to acme.com/spring?utm_campaign=spring; the campaign's landing page is acme.com/spring?utm_campaign=spring-sale.",
        'Claim your discount',
      ],
      ['spring/posts.csv:3:39-3:45 Says "June 1"; the campaign\'s end date is May 31, 2026.', 'June 1'],
      ['spring/posts.csv:3:47-3:57 Says "#AcmeSprng"; the campaign\'s hashtag is #AcmeSpring.', '#AcmeSprng'],
    ]);
  });

  it('names the true value in machine data', async () => {
    const [first] = await lintCampaignFolder(sourceOfTruth, 'test/fixtures/drift/truth');
    expect(first?.data).toEqual({ kind: 'discount', found: '25%', expected: '20%' });
    expect(first?.severity).toBe('error');
  });

  it('leaves campaigns without a source of truth to drift/consensus', async () => {
    expect(await lintCampaignFolder(sourceOfTruth, 'test/fixtures/drift/consensus')).toEqual([]);
  });
});

describe('drift/source-of-truth on landing links', () => {
  const kit = 'campaigns:\n  summer:\n    files: ["summer/**"]\n    truth: { landingUrl: "https://spokeway.com/summer", utm: { utm_campaign: summer-pass } }';
  const tagged = 'https://spokeway.com/summer?utm_campaign=summer-pass';
  const call = (address: string): string => `==> summer/call.md <==\nCUSTOMER: How do I join?\nAGENT: Just visit ${address} to sign up.`;
  it.each([
    ['a call script reading out the landing page, which cannot carry UTM parameters', call('spokeway.com/summer'), []],
    [
      'a call script reading out another page',
      call('spokeway.com/winter'),
      ["summer/call.md:2:19-2:38 Reads out spokeway.com/winter; the campaign's landing page is spokeway.com/summer."],
    ],
    [
      'a link with UTM parameters the truth does not list',
      `==> summer/email.html <==\n<p><a href="${tagged}&utm_source=email&utm_medium=newsletter">Start riding</a></p>`,
      [],
    ],
    [
      'a button without the declared utm_campaign',
      '==> summer/email.html <==\n<p><a class="button" href="https://spokeway.com/summer?utm_source=email">Start riding</a></p>',
      ["summer/email.html:1:74-1:86 Links to spokeway.com/summer; the campaign's landing page is spokeway.com/summer?utm_campaign=summer-pass."],
    ],
    [
      'a post writing out the page without UTM parameters',
      '==> summer/post.txt <==\nRide all summer: spokeway.com/summer',
      ["summer/post.txt:1:18-1:37 Links to spokeway.com/summer; the campaign's landing page is spokeway.com/summer?utm_campaign=summer-pass."],
    ],
  ])('%s', async (_case, files, expected) => {
    const findings = await lintCampaignFolder(sourceOfTruth, writeCampaignExample(files, kit));
    expect(findings.map(summarise)).toEqual(expected);
  });
});

describe('drift/source-of-truth on facts that are no campaign offer', () => {
  const kit = (extra = ''): string =>
    'campaigns:\n  fall:\n    files: ["fall/**"]\n    year: 2026\n    truth:\n      discount: 20\n      price: { amount: 25, currency: USD, period: month }\n' +
    '      start: 2026-10-01\n      end: 2026-10-31\n      landingUrl: "https://beans.com/harvest"\n      utm: { utm_campaign: fall }\n' +
    extra;
  it.each([
    ['opening hours', '==> fall/post.txt <==\nTake 20% off. Our chat is open 24/7.', kit(), []],
    ['a threshold', '==> fall/post.txt <==\nTake 20% off, and shipping is free on orders over $30.', kit(), []],
    ['a threshold written after the amount', '==> fall/post.txt <==\nTake 20% off when you order $40 or more.', kit(), []],
    ['an event date, however it is cued', '==> fall/post.txt <==\nTake 20% off. Our live cupping starts October 15 at 10 a.m.', kit(), []],
    [
      'a standing perk the kit does not list',
      '==> fall/post.txt <==\nTake 20% off. Your second bag is 50% off.',
      kit(),
      ['fall/post.txt:1:34-1:41 Says "50% off"; the campaign\'s offer is 20% off.'],
    ],
    ['a standing perk the kit lists', '==> fall/post.txt <==\nTake 20% off. Your second bag is 50% off.', kit('      otherOffers: [{ discount: 50 }]\n'), []],
    [
      'an event button',
      '==> fall/email.html <==\n<p>Take 20% off.</p><p><a class="button" href="https://beans.com/events/cupping?utm_campaign=fall">Save your seat</a></p>',
      kit(),
      [],
    ],
    [
      'the offer button on another page',
      '==> fall/email.html <==\n<p><a class="button" href="https://beans.com/subscribe?utm_campaign=fall">Claim 20% off</a></p>',
      kit(),
      ["fall/email.html:1:75-1:88 Links to beans.com/subscribe?utm_campaign=fall; the campaign's landing page is beans.com/harvest?utm_campaign=fall."],
    ],
    [
      'the offer button on a page the kit lists',
      '==> fall/email.html <==\n<p><a class="button" href="https://beans.com/subscribe?utm_campaign=fall">Claim 20% off</a></p>',
      kit('      otherLinks: [beans.com/subscribe, events.beans.com]\n'),
      [],
    ],
    ['a post linking a guide', '==> fall/post.txt <==\nBrewing tips for fall: https://beans.com/brew-guides', kit(), []],
    [
      "a post linking the landing page with last year's campaign tag",
      '==> fall/post.txt <==\nFall is here: https://beans.com/harvest?utm_campaign=fall-2025',
      kit(),
      ["fall/post.txt:1:15-1:63 Links to beans.com/harvest?utm_campaign=fall-2025; the campaign's landing page is beans.com/harvest?utm_campaign=fall."],
    ],
  ])('%s', async (_case, files, kitText, expected) => {
    const findings = await lintCampaignFolder(sourceOfTruth, writeCampaignExample(files, kitText));
    expect(findings.map(summarise)).toEqual(expected);
  });
});

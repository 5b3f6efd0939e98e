import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise } from '../../test/helpers/campaign-tester.js';
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
      ['spring/email.html:5:94-5:113 Links to acme.com/spring?utm_campaign=spring; the campaign\'s landing page is acme.com/spring?utm_campaign=spring-sale.', 'Claim your discount'],
      ['spring/posts.csv:3:39-3:45 Says "June 1"; the campaign\'s end date is May 31, 2026.', 'June 1'],
      ['spring/posts.csv:3:47-3:57 Says "#AcmeSprng"; the campaign\'s hashtag is #AcmeSpring.', '#AcmeSprng'],
    ]);
  });

  it('names the true value in machine data', async () => {
    const [first] = await lintCampaignFolder(sourceOfTruth, 'test/fixtures/drift/truth');
    expect(first.data).toEqual({ kind: 'discount', found: '25%', expected: '20%' });
    expect(first.severity).toBe('error');
  });

  it('leaves campaigns without a source of truth to drift/consensus', async () => {
    expect(await lintCampaignFolder(sourceOfTruth, 'test/fixtures/drift/consensus')).toEqual([]);
  });
});

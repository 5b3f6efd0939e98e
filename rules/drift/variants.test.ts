import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise } from '../../test/helpers/campaign-tester.js';
import variants from './variants.js';

documentedExamplesPass(variants);

describe('drift/variants', () => {
  it("reports the kit's and the common variants against the campaign's majority, and an even split on both sides", async () => {
    const findings = await lintCampaignFolder(variants, 'test/fixtures/drift/variants');
    expect(findings.map(summarise)).toEqual([
      'launch-post.txt:1:1-1:9 Writes "Register" where the rest of the campaign writes "sign up" (launch-email.html:1:4, launch-page.md:1:1).',
      'launch-post.txt:1:15-1:21 Writes "E-mail" where the rest of the campaign writes "email" (launch-email.html:1:22, launch-page.md:1:52).',
      'other-a.md:4:1-4:7 Writes "Log in", but the campaign is split: "log in" at other-a.md:4:1; "sign in" at other-b.md:4:1. Pick one spelling for the whole campaign.',
      'other-b.md:4:1-4:8 Writes "Sign in", but the campaign is split: "log in" at other-a.md:4:1; "sign in" at other-b.md:4:1. Pick one spelling for the whole campaign.',
    ]);
  });

  it('leaves the common pairs alone with builtIn: false', async () => {
    const findings = await lintCampaignFolder(variants, 'test/fixtures/drift/variants', { builtIn: false });
    expect(findings.map((finding) => finding.text)).toEqual(['Register']);
  });
});

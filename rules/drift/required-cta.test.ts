import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise, writeCampaignExample } from '../../test/helpers/campaign-tester.js';
import { CampaignData } from '../../src/engine/session.js';
import { readCampaignFolder } from '../../test/helpers/campaign-tester.js';
import requiredCta from './required-cta.js';

async function reportsOf(folder: string) {
  const { session, groups } = await readCampaignFolder(folder);
  return groups.map((group) => new CampaignData(group, session).report());
}

documentedExamplesPass(requiredCta);

describe('drift/required-cta', () => {
  it("reports each deliverable without the campaign's CTA at its heading, with what it says instead", async () => {
    const findings = await lintCampaignFolder(requiredCta, 'test/fixtures/drift/cta');
    expect(findings.map((finding) => [summarise(finding), finding.text])).toEqual([
      ['call.md:1:3-1:8 This call script does not carry the campaign\'s call to action "Claim your discount".', 'Offer'],
      ['email.html:1:20-1:31 This page does not carry the campaign\'s call to action "Claim your discount" (it says "Get the deal").', 'Spring sale'],
    ]);
  });

  it('leaves a transactional email of the campaign alone', async () => {
    const folder = writeCampaignExample(
      '==> spring/receipt.html <==\n<html><head><title>Your receipt from Acme</title></head><body><table role="presentation" cellpadding="0"><tr><td><p>Thanks for your order.</p></td></tr></table></body></html>\n',
      'campaigns:\n  spring-sale:\n    files: ["spring/**"]\n    truth: { cta: Claim your discount }\n',
    );
    expect(await lintCampaignFolder(requiredCta, folder)).toEqual([]);
  });

  it('holds only the channels the campaign expects to carry the CTA, and shows the others as not expected', async () => {
    const folder = writeCampaignExample(
      '==> spring/post.txt <==\nSpring is here: 20% off everything.\n\n==> spring/call.md <==\nAGENT: Hi, this is Sam from Acme.\n\n==> spring/page.md <==\n# Spring sale\n\n[Get the deal](https://acme.com/spring)\n',
      'campaigns:\n  spring-sale:\n    files: ["spring/**"]\n    truth: { cta: Claim your discount }\n    expect:\n      social: { cta: false }\n      call: { cta: false }\n',
    );
    const findings = await lintCampaignFolder(requiredCta, folder);
    expect(findings.map(summarise)).toEqual(['spring/page.md:1:3-1:14 This page does not carry the campaign\'s call to action "Claim your discount".']);
    const [report] = await reportsOf(folder);
    expect(report?.rows.find((row) => row.key === 'cta')?.cells.map((cell) => [cell.deliverable, cell.status, cell.expected])).toEqual([
      ['spring/call.md', 'none', false],
      ['spring/page.md', 'missing', true],
      ['spring/post.txt', 'none', false],
    ]);
  });

  it('needs a declared CTA', async () => {
    expect(await lintCampaignFolder(requiredCta, 'test/fixtures/drift/consensus')).toEqual([]);
  });
});

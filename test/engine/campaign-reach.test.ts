/**
 * Which files read only for campaigns are parsed: those that may belong to
 * a campaign of a reported file — never fewer than its members.
 */
import { describe, expect, it } from 'vitest';
import { campaignReach } from '../../src/engine/campaign-reach.js';
import type { CampaignGrouping } from '../../src/engine/campaigns.js';
import { readForKit } from '../../src/engine/run.js';
import { LintSession } from '../../src/engine/session.js';
import { kitFromYaml } from '../helpers/kit.js';

const KIT = `
campaigns:
  winter:
    name: Winter Sale
    files: ["winter/**"]
  spring:
    files: ["spring/**"]
`;

/** The reach of the reported files `reported` (path → text) over a kit. */
async function reachOf(reported: Record<string, string>, by: CampaignGrouping = 'kit', cached: string[] = []) {
  const kit = await kitFromYaml(KIT);
  const session = new LintSession(kit, kit.root);
  const files = await Promise.all(
    Object.entries(reported).map(async ([path, text]) => ({ path, document: await readForKit(path, new TextEncoder().encode(text), session.compiled) })),
  );
  const reach = campaignReach([...files, ...(cached.length > 0 ? [{ path: 'cached.md', cachedCampaigns: cached }] : [])], session, by);
  return (path: string, text: string) => reach(path, new TextEncoder().encode(text));
}

describe('campaignReach', () => {
  it('by the kit: the files its campaign globs match, and those whose text names it by id or name', async () => {
    const reach = await reachOf({ 'winter/post.txt': 'Winter sale: 20% off.\n' });
    const cases: [string, string, boolean][] = [
      ['winter/email.html', '<p>Anything</p>', true],
      ['web/offer.md', '---\ncampaign: winter\n---\nOffer.\n', true],
      ['web/offer.md', '---\ncampaign: WINTER SALE\n---\nOffer.\n', true],
      ['web/offer.md', '---\ncampaign: >\n  winter\n  sale\n---\nOffer.\n', true],
      ['calendar.csv', 'date,campaign,text\n2026-01-05,Winter Sale,Shop now\n', true],
      ['spring/post.txt', 'Spring is here.\n', false],
      ['web/about.md', '# About us\n', false],
      ['mail/offer.eml', 'Subject: =?utf-8?q?Hello?=\n\nBody\n', true],
    ];
    for (const [path, text, expected] of cases) expect([path, text, reach(path, text)]).toEqual([path, text, expected]);
  });

  it('a campaign a reported file names without the kit declaring it is searched by its name', async () => {
    const reach = await reachOf({ 'mail/offer.md': '---\ncampaign: Autumn\n---\nAutumn offer.\n' });
    expect(reach('web/faq.md', '---\ncampaign: autumn\n---\nYes.\n')).toBe(true);
    expect(reach('winter/post.txt', 'Winter sale.\n')).toBe(false);
  });

  it('a name that markup or data could escape makes every file a candidate', async () => {
    const reach = await reachOf({ 'mail/offer.md': "---\ncampaign: Dave's Deals\n---\nOffer.\n" });
    expect(reach('web/about.html', '<meta name="campaign" content="Dave&#39;s Deals">')).toBe(true);
  });

  it('the campaigns of a file from the cache count as well', async () => {
    const reach = await reachOf({}, 'kit', ['spring']);
    expect(reach('spring/post.txt', 'Spring is here.\n')).toBe(true);
    expect(reach('winter/post.txt', 'Winter sale.\n')).toBe(false);
  });

  it('by folder: the files beside a reported file', async () => {
    const reach = await reachOf({ 'winter/post.txt': 'Winter sale.\n' }, 'folder');
    expect(reach('winter/email.html', '<p>Hi</p>')).toBe(true);
    expect(reach('winter/deep/email.html', '<p>winter</p>')).toBe(false);
    expect(reach('spring/post.txt', 'winter')).toBe(false);
  });

  it('nothing when no reported file belongs to a campaign', async () => {
    const reach = await reachOf({ 'web/about.md': '# About us\n' });
    expect(reach('winter/post.txt', 'Winter sale.\n')).toBe(false);
    expect(reach('web/offer.md', '---\ncampaign: winter\n---\n')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise } from '../../test/helpers/campaign-tester.js';
import consensus from './consensus.js';

documentedExamplesPass(consensus);

describe('drift/consensus', () => {
  it('reports the outlier against the consensus, with the consensus locations', async () => {
    const findings = await lintCampaignFolder(consensus, 'test/fixtures/drift/consensus');
    expect(findings.map(summarise)).toEqual([
      'post.txt:1:1-1:8 Says "25% off", but the rest of the campaign gives the offer as 20% off (email.html:1:8, page.md:1:1).',
    ]);
    expect(findings[0].data).toEqual({
      kind: 'discount',
      found: '25%',
      consensus: '20%',
      sides: [
        { value: '25%', at: [{ path: 'post.txt', line: 1, column: 1, text: '25% off' }] },
        { value: '20%', at: [{ path: 'email.html', line: 1, column: 8, text: '20% off' }, { path: 'page.md', line: 1, column: 1, text: 'Save twenty percent' }] },
      ],
    });
  });

  it('reports an even split as a conflict on both sides (front-matter campaigns, no kit)', async () => {
    const findings = await lintCampaignFolder(consensus, 'test/fixtures/drift/conflict');
    const split = 'the campaign is split on its offer: 20% off at a.md:4:5; 30% off at b.md:4:5. Declare it in the kit (campaigns.autumn.truth.discount) or make the deliverables agree.';
    expect(findings.map(summarise)).toEqual([`a.md:4:5-4:12 Says "20% off", but ${split}`, `b.md:4:5-4:12 Says "30% off", but ${split}`]);
  });

  it('leaves what the truth declares to drift/source-of-truth', async () => {
    expect(await lintCampaignFolder(consensus, 'test/fixtures/drift/truth')).toEqual([]);
  });

  it('groups by folder with --campaign-by folder', async () => {
    expect(await lintCampaignFolder(consensus, 'test/fixtures/drift/folders', {}, 'folder')).toEqual([]);
  });
});

describe('drift/consensus on values that come together', () => {
  it('finds no drift when every deliverable states the same tiers (two prices, two deadlines)', async () => {
    expect(await lintCampaignFolder(consensus, 'test/fixtures/drift/tiers')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { documentedExamplesPass, lintCampaignFolder, summarise, writeCampaignExample } from '../../test/helpers/campaign-tester.js';
import consensus from './consensus.js';

documentedExamplesPass(consensus);

describe('drift/consensus', () => {
  it('reports the outlier against the consensus, with the consensus locations', async () => {
    const findings = await lintCampaignFolder(consensus, 'test/fixtures/drift/consensus');
    expect(findings.map(summarise)).toEqual([
      'post.txt:1:1-1:8 Says "25% off", but the rest of the campaign gives the offer as 20% off (email.html:1:8, page.md:1:1).',
    ]);
    expect(findings[0]?.data).toEqual({
      kind: 'discount',
      found: '25%',
      consensus: '20%',
      sides: [
        { value: '25%', at: [{ path: 'post.txt', line: 1, column: 1, text: '25% off' }] },
        {
          value: '20%',
          at: [
            { path: 'email.html', line: 1, column: 8, text: '20% off' },
            { path: 'page.md', line: 1, column: 1, text: 'Save twenty percent' },
          ],
        },
      ],
    });
  });

  it('reports an even split as a conflict on both sides (front-matter campaigns, no kit)', async () => {
    const findings = await lintCampaignFolder(consensus, 'test/fixtures/drift/conflict');
    const split =
      'the campaign is split on its offer: 20% off at a.md:4:5; 30% off at b.md:4:5. Declare it in the kit (campaigns.autumn.truth.discount) or make the deliverables agree.';
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

describe('drift/consensus on landing links read out in a call script', () => {
  const kit = 'campaigns:\n  summer:\n    files: ["summer/**"]';
  const email = (campaign: string): string => `<p><a href="https://spokeway.com/summer?utm_campaign=${campaign}&utm_source=email">Start riding</a></p>`;
  const page = (campaign: string): string => `Ride today: [Start riding](https://spokeway.com/summer?utm_campaign=${campaign}&utm_source=web)`;
  const call = (address: string): string => `CUSTOMER: How do I join?\nAGENT: Just visit ${address} to sign up.`;
  const split =
    'the campaign is split on its landing page: spokeway.com/summer?utm_campaign=summer-pass at summer/a.html:1:84; spokeway.com/summer?utm_campaign=summer at summer/b.md:1:14. ' +
    'Declare it in the kit (campaigns.summer.truth.landingUrl) or make the deliverables agree.';
  it.each([
    ['agrees with the written link to its page', { 'a.html': email('summer-pass'), 'call.md': call('spokeway.com/summer') }, []],
    [
      'reports another page, naming the page alone',
      { 'a.html': email('summer-pass'), 'b.md': page('summer-pass'), 'call.md': call('spokeway.com/winter') },
      [
        'summer/call.md:2:19-2:38 Reads out spokeway.com/winter, but the rest of the campaign gives the landing page as spokeway.com/summer (summer/a.html:1:84, summer/b.md:1:14).',
      ],
    ],
    [
      'takes no side in a split on UTM parameters',
      { 'a.html': email('summer-pass'), 'b.md': page('summer'), 'call.md': call('spokeway.com/summer') },
      [
        `summer/a.html:1:84-1:96 Links to spokeway.com/summer?utm_campaign=summer-pass, but ${split}`,
        `summer/b.md:1:14-1:26 Links to spokeway.com/summer?utm_campaign=summer, but ${split}`,
      ],
    ],
  ])('%s', async (_case, files, expected) => {
    const example = Object.entries(files)
      .map(([path, text]) => `==> summer/${path} <==\n${text}`)
      .join('\n\n');
    expect((await lintCampaignFolder(consensus, writeCampaignExample(example, kit))).map(summarise)).toEqual(expected);
  });
});

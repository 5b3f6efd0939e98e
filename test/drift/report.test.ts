import { describe, expect, it } from 'vitest';
import { formatDriftMatrix } from '../../src/reporters/drift/terminal.js';
import { CampaignData } from '../../src/engine/session.js';
import { readCampaignFolder, writeCampaignExample } from '../helpers/campaign-tester.js';
import { itemAt } from '../../src/text/items.js';

async function reportsOf(folder: string, by: 'kit' | 'folder' = 'kit') {
  const { session, groups } = await readCampaignFolder(folder, by);
  return groups.map((group) => new CampaignData(group, session).report());
}

describe('campaign grouping', () => {
  it('groups by kit globs and front matter, kit campaigns first', async () => {
    const { groups } = await readCampaignFolder('test/fixtures/drift/variants');
    expect(groups.map((group) => [group.id, group.config !== undefined, group.documents.map((document) => document.path)])).toEqual([
      ['launch', true, ['launch-email.html', 'launch-page.md', 'launch-post.txt']],
      ['other', false, ['other-a.md', 'other-b.md']],
    ]);
  });
  it('groups by folder', async () => {
    const { groups } = await readCampaignFolder('test/fixtures/drift/folders', 'folder');
    expect(groups.map((group) => [group.id, group.documents.map((document) => document.path)])).toEqual([
      ['spring', ['spring/a.md', 'spring/b.md']],
      ['summer', ['summer/a.md']],
    ]);
  });
});

describe('the one-message report', () => {
  it('marks each deliverable against the truth and scores it', async () => {
    const [report] = await reportsOf('test/fixtures/drift/truth');
    expect(report?.deliverables.map((deliverable) => [deliverable.name, deliverable.score])).toEqual([
      ['spring/email.html', 15],
      ['spring/landing.md', 100],
      ['spring/posts.csv:2', 77],
      ['spring/posts.csv:3', 46],
    ]);
    expect(report?.score).toBe(59);
    const discount = itemAt(report?.rows.filter((row) => row.key === 'discount') ?? [], 0);
    expect(discount).toMatchObject({ basis: 'truth', expected: '20% off', weight: 2 });
    expect(discount.cells.map((cell) => [cell.status, cell.values])).toEqual([
      ['outlier', ['25% off']],
      ['agree', ['20% off']],
      ['agree', ['20% off']],
      ['agree', ['20% off']],
    ]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('scores full agreement 100, and an even split low', async () => {
    const [spring, summer] = await reportsOf('test/fixtures/drift/folders', 'folder');
    expect([spring?.score, summer?.score]).toEqual([100, 100]);
    const [autumn] = await reportsOf('test/fixtures/drift/conflict');
    expect(autumn?.rows[0]).toMatchObject({ key: 'discount', basis: 'conflict', expected: null });
    expect(autumn?.score).toBe(0);
  });

  it('prints the matrix within 100 columns', async () => {
    const text = formatDriftMatrix(await reportsOf('test/fixtures/drift/consensus'), { color: false });
    expect(text).toContain('Campaign launch  one-message score');
    expect(text).toMatch(/discount\s+20% off \(most\)\s+✓\s+✓\s+✗/);
    expect(text).toContain('✗ discount: post.txt:1:1 says "25% off"; expected 20% off');
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('says when the expected value rests on one deliverable only', async () => {
    const text = formatDriftMatrix(await reportsOf('test/fixtures/drift/truth'), { color: false });
    expect(text).toMatch(/code\s+SUMMER30 \(one\)/);
    expect(text).toMatch(/code\s+SPRING20 \(kit\)/);
  });

  it('lists only the facts that contradict, not the agreeing ones beside them', async () => {
    const text = formatDriftMatrix(await reportsOf('test/fixtures/drift/second-deadline'), { color: false });
    expect(text.split('\n').filter((line) => line.includes(' says '))).toEqual(['  ✗ deadline: c.md:4:17 says "October 17"; expected November 21']);
  });

  it('counts values every deliverable states together as one consensus, not an even split', async () => {
    const [summit] = await reportsOf('test/fixtures/drift/tiers');
    expect(summit?.rows.map((row) => [row.key, row.basis, row.cells.map((cell) => cell.status)])).toEqual([
      ['price', 'consensus', ['agree', 'agree']],
      ['deadline', 'consensus', ['agree', 'agree']],
    ]);
    expect(summit?.score).toBe(100);
  });

  it.each([
    [
      'the declared landing page',
      'campaigns:\n  summer:\n    files: ["*"]\n    truth: { landingUrl: "https://spokeway.com/summer", utm: { utm_campaign: summer-pass } }',
      'truth',
    ],
    ['the consensus', 'campaigns:\n  summer:\n    files: ["*"]', 'consensus'],
  ])('marks a call script reading out %s as agreeing', async (_case, kit, basis) => {
    const folder = writeCampaignExample(
      '==> email.html <==\n<p><a href="https://spokeway.com/summer?utm_campaign=summer-pass&utm_source=email">Start riding</a></p>\n\n' +
        '==> call.md <==\nCUSTOMER: How do I join?\nAGENT: Just visit spokeway.com/summer to sign up.',
      kit,
    );
    const [summer] = await reportsOf(folder);
    expect(summer?.rows.map((row) => [row.key, row.basis, row.cells.map((cell) => [cell.deliverable, cell.status])])).toEqual([
      [
        'link',
        basis,
        [
          ['call.md', 'agree'],
          ['email.html', 'agree'],
        ],
      ],
    ]);
    expect(summer?.score).toBe(100);
  });
});

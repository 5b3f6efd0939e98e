/**
 * Files named on the command line (as pre-commit passes them) are checked
 * against their whole campaigns, and only they are reported; the kit's own
 * file is never read as content.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

function contentRepository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-context-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const WINTER = {
  'winter/post1.txt': 'Winter sale: 20% off everything with code WINTER20 until Jan 31.\n',
  'winter/post2.txt': 'Winter sale: 30% off everything with code WINTER20 until Jan 31.\n',
  'winter/post3.txt': 'Winter sale: 20% off all plans, code WINTER20, ends Jan 31.\n',
};

async function lintJson(cwd: string, args: string[], stdin?: string) {
  const { io, out } = memoryIo(cwd, stdin);
  const code = await main(['node', 'brandlint', ...args, '--format', 'json'], io);
  return { code, report: JSON.parse(out.stdout), stderr: out.stderr };
}

describe('named files and their campaigns', () => {
  it('a named file is checked against the rest of its kit campaign, and only it is reported', async () => {
    const cwd = contentRepository({ '.brandlintrc.yaml': 'campaigns:\n  winter:\n    files: ["winter/**"]\n', ...WINTER });
    const { code, report } = await lintJson(cwd, ['winter/post2.txt']);
    expect(code).toBe(1);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['winter/post2.txt']);
    expect(report.files[0].findings).toMatchObject([
      {
        ruleId: 'drift/consensus',
        line: 1,
        column: 14,
        endColumn: 21,
        text: '30% off',
        message: 'Says "30% off", but the rest of the campaign gives the offer as 20% off (winter/post1.txt:1:14, winter/post3.txt:1:14).',
      },
    ]);
    expect(report.campaigns[0].deliverables.map((deliverable: { path: string }) => deliverable.path)).toEqual([
      'winter/post1.txt',
      'winter/post2.txt',
      'winter/post3.txt',
    ]);
  });

  it('a named file that agrees with its campaign has no drift finding, and the others are not reported', async () => {
    const cwd = contentRepository({ '.brandlintrc.yaml': 'campaigns:\n  winter:\n    files: ["winter/**"]\n', ...WINTER });
    const { code, report } = await lintJson(cwd, ['winter/post1.txt']);
    expect(code).toBe(0);
    expect(report.files).toMatchObject([{ path: 'winter/post1.txt', findings: [] }]);
  });

  it('finds the campaign named in front matter, from a subfolder', async () => {
    const cwd = contentRepository({
      '.brandlintrc.yaml': 'rules:\n  channel/web-h1: off\n',
      'web/offer.md': '---\ncampaign: autumn\n---\nAutumn offer: 15% off with code FALL15.\n',
      'web/faq.md': '---\ncampaign: autumn\n---\nYes, the autumn offer is 15% off with code FALL15.\n',
      'mail/offer.md': '---\ncampaign: autumn\n---\nAutumn offer: 25% off with code FALL15.\n',
    });
    const { report } = await lintJson(cwd, ['mail/offer.md']);
    expect(report.files[0].findings.map((finding: { ruleId: string; text: string }) => [finding.ruleId, finding.text])).toEqual([
      ['drift/consensus', '25% off'],
    ]);
  });

  it('by folder, the named file is compared with the files beside it', async () => {
    const cwd = contentRepository({ '.brandlintrc.yaml': 'rules: {}\n', ...WINTER, 'spring/post.txt': 'Spring sale: 30% off with code SPRING30.\n' });
    const { report } = await lintJson(cwd, ['--campaign-by', 'folder', 'winter/post2.txt']);
    expect(report.files[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(['drift/consensus']);
    expect(report.campaigns.map((campaign: { id: string }) => campaign.id)).toEqual(['winter']);
  });

  it('standard input with a file name takes part in that file’s campaign', async () => {
    const cwd = contentRepository({ '.brandlintrc.yaml': 'campaigns:\n  winter:\n    files: ["winter/**"]\n', ...WINTER });
    const { report } = await lintJson(cwd, ['--stdin', '--stdin-filename', 'winter/post1.txt'], 'Winter sale: 10% off with code WINTER20 until Jan 31.\n');
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['winter/post1.txt']);
    expect(report.files[0].findings).toMatchObject([{ ruleId: 'drift/consensus', text: '10% off' }]);
  });

  it('brandlint drift on a named file shows its whole campaign', async () => {
    const cwd = contentRepository({ '.brandlintrc.yaml': 'campaigns:\n  winter:\n    files: ["winter/**"]\n', ...WINTER });
    const { io, out } = memoryIo(cwd);
    expect(await main(['node', 'brandlint', 'drift', 'winter/post2.txt'], io)).toBe(1);
    expect(out.stdout).toContain('one-message score 89/100');
    expect(out.stdout).toMatch(/discount +20% off \(most\) +✓ +✗ +✓/);
  });
});

describe('the kit is not content', () => {
  it('a kit given with --config inside the linted folder is not linted, even when named', async () => {
    const cwd = contentRepository({ 'content/kit.yaml': 'lexicon:\n  names: [Acme Cloud]\n', 'content/post.txt': 'Try Acme Cloud today.\n' });
    const { report } = await lintJson(cwd, ['--config', 'content/kit.yaml', 'content']);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['content/post.txt']);
    const named = await lintJson(cwd, ['--config', 'content/kit.yaml', 'content/kit.yaml', 'content/post.txt']);
    expect(named.report.files.map((file: { path: string }) => file.path)).toEqual(['content/post.txt']);
  });
});

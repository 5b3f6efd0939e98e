/**
 * Baselines: today's findings recorded, later runs report only new ones.
 * A recorded finding stays matched when the file changes elsewhere, and a
 * key's count limits how many copies it holds back.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

const KIT = 'lexicon:\n  names: [Acme Cloud]\nrules:\n  channel/web-h1: off\n';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-baseline-'));
  writeFileSync(join(root, '.brandlintrc.yaml'), KIT);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

async function brandlint(cwd: string, ...args: string[]) {
  const { io, out } = memoryIo(cwd);
  const code = await main(['node', 'brandlint', ...args], io);
  return { code, ...out };
}

async function findings(cwd: string, ...args: string[]): Promise<string[]> {
  const { stdout } = await brandlint(cwd, '--format', 'json', ...args);
  return JSON.parse(stdout).files.flatMap((file: { findings: { path: string; line: number; column: number; text: string }[] }) =>
    file.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column} ${finding.text}`),
  );
}

describe('--baseline-write and --baseline', () => {
  it('records today’s findings, then reports only new ones, even after edits elsewhere in the file', async () => {
    const cwd = folder({ 'page.md': 'Try AcmeCloud today.\n\nMore text.\n' });
    const written = await brandlint(cwd, '--baseline-write', 'baseline.json', '.');
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain('brandlint: recorded 1 finding in baseline.json; with --baseline baseline.json, only new findings are reported.');
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8'))).toEqual({
      brandlintBaseline: 1,
      files: { 'page.md': [{ rule: 'lexicon/names', text: 'AcmeCloud', context: expect.stringMatching(/^[0-9a-f]{16}$/), count: 1 }] },
    });

    expect(await findings(cwd, '--baseline', 'baseline.json', '.')).toEqual([]);
    // a new paragraph above moves the recorded finding; a new line adds one
    writeFileSync(join(cwd, 'page.md'), 'A new opening paragraph.\n\nTry AcmeCloud today.\n\nMore text. Ask AcmeCloud support.\n');
    expect(await findings(cwd, '--baseline', 'baseline.json', '.')).toEqual(['page.md:5:16 AcmeCloud']);
    const { code, stderr } = await brandlint(cwd, '--baseline', 'baseline.json', '.');
    expect(code).toBe(1);
    expect(stderr).toContain('brandlint: 1 finding in the baseline baseline.json not reported.');
  });

  it('holds back a key as many times as it was recorded', async () => {
    const cwd = folder({ 'page.md': 'AcmeCloud\n\nAcmeCloud\n' });
    await brandlint(cwd, '--baseline-write', 'baseline.json', '.');
    expect(JSON.parse(readFileSync(join(cwd, 'baseline.json'), 'utf8')).files['page.md']).toEqual([expect.objectContaining({ text: 'AcmeCloud', count: 2 })]);
    writeFileSync(join(cwd, 'page.md'), 'AcmeCloud\n\nAcmeCloud\n\nAcmeCloud\n');
    expect(await findings(cwd, '--baseline', 'baseline.json', '.')).toEqual(['page.md:5:1 AcmeCloud']);
  });

  it('says when recorded findings are gone, and runs from a subfolder against the same baseline', async () => {
    const cwd = folder({ 'page.md': 'Try AcmeCloud today.\n' });
    mkdirSync(join(cwd, 'posts'));
    writeFileSync(join(cwd, 'posts', 'post.txt'), 'AcmeCloud is here.\n');
    await brandlint(cwd, '--baseline-write', 'baseline.json', '.');
    writeFileSync(join(cwd, 'page.md'), 'Try Acme Cloud today.\n');
    const { code, stderr } = await brandlint(cwd, '--baseline', 'baseline.json', '.');
    expect(code).toBe(0);
    expect(stderr).toContain('brandlint: 1 finding in the baseline baseline.json no longer found; --baseline-write baseline.json drops them.');
    expect(await findings(join(cwd, 'posts'), '--baseline', '../baseline.json', 'post.txt')).toEqual([]);
  });

  it('a missing or foreign baseline file is a usage error, and the two options do not go together', async () => {
    const cwd = folder({ 'page.md': 'Hello.\n', 'other.json': '{"files": []}' });
    expect(await brandlint(cwd, '--baseline', 'nope.json', 'page.md')).toMatchObject({
      code: 2,
      stderr: 'brandlint: --baseline: there is no nope.json; write one with --baseline-write nope.json.\n',
    });
    expect(await brandlint(cwd, '--baseline', 'other.json', 'page.md')).toMatchObject({
      code: 2,
      stderr: 'brandlint: --baseline: other.json is not a brandlint baseline (written by --baseline-write).\n',
    });
    expect((await brandlint(cwd, '--baseline', 'a.json', '--baseline-write', 'a.json', 'page.md')).code).toBe(2);
  });
});

/** -o writes into folders that do not exist yet, and a path that cannot be written is a usage error. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-output-'));
  writeFileSync(join(root, '.brandlintrc.yaml'), 'lexicon:\n  names: [Acme Cloud]\n');
  writeFileSync(join(root, 'post.txt'), 'Try AcmeCloud.\n');
  return root;
}

describe('--output-file', () => {
  it('creates the missing folders of the report path, for lint and drift', async () => {
    const cwd = folder();
    const { io, out } = memoryIo(cwd);
    expect(await main(['node', 'brandlint', '--format', 'sarif', '-o', 'out/deep/report.sarif', 'post.txt'], io)).toBe(1);
    expect(out.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'out/deep/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(await main(['node', 'brandlint', 'drift', '-o', 'other/drift.txt', 'post.txt'], io)).toBe(0);
    expect(readFileSync(join(cwd, 'other/drift.txt'), 'utf8')).toContain('No campaigns found');
  });

  it('a path that cannot be written is exit code 2 with the path and the reason', async () => {
    const cwd = folder();
    const { io, out } = memoryIo(cwd);
    expect(await main(['node', 'brandlint', '-o', 'post.txt/report.txt', 'post.txt'], io)).toBe(2);
    expect(out.stderr).toBe('brandlint: cannot write post.txt/report.txt: a part of the path is a file.\n');
  });
});

describe('files brandlint writes', () => {
  it('a JSON report written into the linted folder is not linted by the next run', async () => {
    const cwd = folder();
    const { io } = memoryIo(cwd);
    await main(['node', 'brandlint', '--format', 'json', '-o', 'report.json', '.'], io);
    const again = memoryIo(cwd);
    await main(['node', 'brandlint', '--format', 'json', '-o', 'report.json', '.'], again.io);
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).files.map((file: { path: string }) => file.path)).toEqual(['post.txt']);
  });
});

/**
 * End to end, through the real launcher: --fix, --fix-dry-run, --cache and
 * --changed-since on copies of the fixture folders.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FORMAT } from '../../src/engine/cache.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');

function brandlint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A writable copy of test/fixtures/e2e/mixed without its unreadable file. */
function mixedCopy(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-e2e-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'e2e', 'mixed'), cwd, { recursive: true, filter: (path) => !path.endsWith('broken.txt') });
  return cwd;
}

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run prints a diff then the report of what would remain, and writes nothing', () => {
    const cwd = mixedCopy();
    const { code, stdout } = brandlint(['--fix-dry-run', '.'], cwd);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^=+\n--- a\/error\.md\n\+\+\+ b\/error\.md\n@@ -1,1 \+1,1 @@\n-Try AcmeCloud now\.\n\+Try Acme Cloud now\.\n/);
    expect(stdout).toContain('+You can buy Acme Cloud today.');
    expect(readFileSync(join(cwd, 'error.md'), 'utf8')).toBe('Try AcmeCloud now.\n');
  });

  it('--fix writes the fixes, reports nothing left, and a second run changes nothing', () => {
    const cwd = mixedCopy();
    const first = brandlint(['--fix', '.'], cwd);
    expect(first).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(cwd, 'error.md'), 'utf8')).toBe('Try Acme Cloud now.\n');
    expect(readFileSync(join(cwd, 'warn-only.md'), 'utf8')).toBe('You can buy Acme Cloud today.\n');
    expect(brandlint(['--fix-dry-run', '.'], cwd)).toMatchObject({ code: 0, stdout: '' });
  });

  it('--fix refuses standard input', () => {
    expect(brandlint(['--fix', '--stdin'], mixedCopy()).code).toBe(2);
  });
});

describe('--cache', () => {
  it('gives the same report from the cache, and survives a corrupt cache file', () => {
    const cwd = mixedCopy();
    const cold = brandlint(['--cache', '--format', 'json', '.'], cwd);
    expect(cold.code).toBe(1);
    expect(existsSync(join(cwd, '.brandlintcache'))).toBe(true);
    expect(brandlint(['--cache', '--format', 'json', '.'], cwd)).toEqual(cold);
    writeFileSync(join(cwd, '.brandlintcache'), 'not json');
    expect(brandlint(['--cache-location', '.brandlintcache', '--format', 'json', '.'], cwd)).toEqual(cold);
    expect(JSON.parse(readFileSync(join(cwd, '.brandlintcache'), 'utf8')).format).toBe(CACHE_FORMAT);
  });
});

describe('--changed-since', () => {
  it('reports only the files changed since the ref, and a bad ref is exit code 2', () => {
    const cwd = mixedCopy();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(join(cwd, 'warn-only.md'), 'Please purchase it.\n');
    const changed = brandlint(['--changed-since', 'main', '--format', 'json', '.'], cwd);
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout).files.map((file: { path: string }) => file.path)).toEqual(['warn-only.md']);
    const bad = brandlint(['--changed-since', 'no-such-ref', '.'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no commit "no-such-ref"');
  });
});

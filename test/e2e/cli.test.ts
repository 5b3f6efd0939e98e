/**
 * End to end: the real launcher (bin/brandlint.js, on the build in dist/)
 * on fixture folders and on standard input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');
const E2E = join(ROOT, 'test', 'fixtures', 'e2e');

function brandlint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('brandlint lint', () => {
  it('reports the sample campaign with exit code 1, grouped by file with a summary', () => {
    const { code, stdout } = brandlint(['--config', 'fixtures/brand-kit.yaml', 'fixtures/spring-sale']);
    expect(code).toBe(1);
    expect(stdout).toContain('fixtures/spring-sale/email-launch.html');
    expect(stdout).toMatch(/\d+:\d+ {2}error {2}Write the name as "Acme Cloud", not "AcmeCloud"\. {2}lexicon\/names/);
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\)/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('exits 0 on clean copy and prints nothing', () => {
    const { code, stdout, stderr } = brandlint(['.'], { cwd: join(E2E, 'clean') });
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });

  it('writes JSON in the documented shape', () => {
    const { code, stdout } = brandlint(['--format', 'json', 'error.md', 'warn-only.md'], { cwd: join(E2E, 'mixed') });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 1, fixable: 2 });
    const [error] = report.files.find((file: { path: string }) => file.path === 'error.md').findings;
    expect(error).toEqual({
      ruleId: 'lexicon/names',
      severity: 'error',
      message: 'Write the name as "Acme Cloud", not "AcmeCloud".',
      path: 'error.md',
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 14,
      start: 4,
      end: 13,
      channel: 'web',
      role: 'body',
      text: 'AcmeCloud',
      suggestion: 'Acme Cloud',
      fix: { range: [4, 13], text: 'Acme Cloud' },
    });
  });

  it('reads standard input as the named file', () => {
    const { code, stdout } = brandlint(['--stdin', '--stdin-filename', 'note.md', '--format', 'json'], {
      cwd: join(E2E, 'mixed'),
      input: 'Purchase it now.\n',
    });
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files[0].path).toBe('note.md');
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'lexicon/terms', line: 1, column: 1, endColumn: 9, suggestion: 'Buy' });
  });

  it('--max-warnings turns too many warnings into exit code 1', () => {
    expect(brandlint(['warn-only.md'], { cwd: join(E2E, 'mixed') }).code).toBe(0);
    const limited = brandlint(['--max-warnings', '0', 'warn-only.md'], { cwd: join(E2E, 'mixed') });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('1 warning found; --max-warnings allows 0.');
  });

  it('--quiet drops warnings and --rule switches a rule off', () => {
    expect(brandlint(['--quiet', 'warn-only.md'], { cwd: join(E2E, 'mixed') }).stdout).toBe('');
    const off = brandlint(['--rule', 'lexicon/names:off', '--format', 'json', 'error.md'], { cwd: join(E2E, 'mixed') });
    expect(off.code).toBe(0);
    expect(JSON.parse(off.stdout).summary.errors).toBe(0);
  });

  it('reports an unreadable file and goes on with the rest', () => {
    const { code, stdout } = brandlint(['--format', 'json', '.'], { cwd: join(E2E, 'mixed') });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files.map((file: { path: string }) => file.path)).toEqual(['broken.txt', 'error.md', 'warn-only.md']);
    expect(report.files[0].findings[0]).toMatchObject({ ruleId: 'brandlint/unreadable', fatal: true, line: 1, column: 1 });
    expect(report.files[0].findings[0].message).toMatch(/binary/);
  });

  it('a broken kit is exit code 2 with file, line and column, and no stack trace', () => {
    const { code, stderr, stdout } = brandlint(['.'], { cwd: join(E2E, 'broken-kit') });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/\.brandlintrc\.yaml:5:15: .*tone\.exclamations\.document.* must be a number, got "two"/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('a phrase the kit can never match is a warning on stderr, at its line and column, and the run goes on', () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-kit-warning-'));
    writeFileSync(join(folder, '.brandlintrc.yaml'), 'lexicon:\n  banned: ["!!!"]\n');
    writeFileSync(join(folder, 'post.txt'), 'Hello there.\n');
    const { code, stderr } = brandlint(['post.txt'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr).toBe(
      'brandlint: .brandlintrc.yaml:2:12: warning: "lexicon.banned[0]" can never match: "!!!" has no letters or digits, and phrases are matched word by word\n',
    );
  });

  it('usage errors are exit code 2', () => {
    expect(brandlint(['--format', 'nope', '.']).code).toBe(2);
    expect(brandlint(['--rule', 'nope', '.']).code).toBe(2);
    expect(brandlint(['--no-such-option']).code).toBe(2);
    expect(brandlint(['does-not-exist/*.md']).code).toBe(2);
  });

  it('without a kit, runs on the built-in kit and says so once on stderr', () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-nokit-'));
    writeFileSync(join(folder, 'post.txt'), 'Hello there.\n');
    const { code, stderr } = brandlint(['post.txt'], { cwd: folder });
    expect(code).toBe(0);
    expect(stderr.match(/no brand kit found/g)).toHaveLength(1);
    expect(stderr).toContain('brandlint init');
  });

  it('colours only when asked', () => {
    const plain = brandlint(['error.md'], { cwd: join(E2E, 'mixed') });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const forced = brandlint(['error.md'], { cwd: join(E2E, 'mixed'), env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[/);
    const refused = brandlint(['--no-color', 'error.md'], { cwd: join(E2E, 'mixed'), env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(refused.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('other commands', () => {
  it('extract lists segments with roles and positions', () => {
    const { code, stdout } = brandlint(['extract', 'fixtures/spring-sale/email-launch.html', '--config', 'fixtures/brand-kit.yaml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/channel: email/);
    expect(stdout).toMatch(/subject +5:10-5:54 +"Spring Sale: 25% off AcmeCloud for your team"/);
    expect(stdout).toMatch(/preheader /);
    expect(stdout).toMatch(/button .*"Get the deal" +→ https:\/\/acme\.com\/spring/);
  });

  it("rules lists every rule and shows one rule's documentation", () => {
    const list = brandlint(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^lexicon\/names +error +fix +Protected brand/m);
    const one = brandlint(['rules', 'lexicon/terms']);
    expect(one.stdout).toContain('Bad:');
    expect(brandlint(['rules', 'lexicon/nope']).code).toBe(2);
  });

  it('init writes a starter kit without asking when not on a terminal, and it loads', () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-init-'));
    expect(brandlint(['init'], { cwd: folder }).code).toBe(0);
    expect(brandlint(['init'], { cwd: folder }).code).toBe(2);
    writeFileSync(join(folder, 'post.txt'), 'Try Acme Cloud.\n');
    const linted = brandlint(['post.txt'], { cwd: folder });
    expect(linted.stderr).toBe('');
    expect(linted.code).toBe(0);
  });

  it('print-config shows the resolved kit and, for a file, its channel', () => {
    const { code, stdout } = brandlint(['print-config', 'fixtures/spring-sale/call-script.md', '--config', 'fixtures/brand-kit.yaml']);
    expect(code).toBe(0);
    expect(stdout).toContain('channel: call');
    expect(stdout).toContain('Acme Cloud');
  });

  it('print-config FILE shows the kit that file gets, with the overrides that match it applied', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-print-config-'));
    writeFileSync(
      join(cwd, '.brandlintrc.yaml'),
      'tone: { sentenceLength: 25 }\noverrides:\n  - files: "*.legal.md"\n    tone: { sentenceLength: 60 }\n    rules: { tone/passive: off }\n',
    );
    writeFileSync(join(cwd, 'terms.legal.md'), 'Terms.\n');
    writeFileSync(join(cwd, 'home.md'), 'Home.\n');
    const legal = brandlint(['print-config', 'terms.legal.md'], { cwd });
    expect(legal.code).toBe(0);
    expect(legal.stdout).toContain('# overrides applied to terms.legal.md: overrides[0] (*.legal.md)\n');
    expect(legal.stdout).toMatch(/^ {2}sentenceLength: 60$/m);
    expect(legal.stdout).toMatch(/^ {2}tone\/passive:\n {4}severity: off$/m);
    expect(legal.stdout).not.toMatch(/^overrides:/m);
    const home = brandlint(['print-config', 'home.md'], { cwd });
    expect(home.stdout).toContain('# overrides applied to home.md: none\n');
    expect(home.stdout).toMatch(/^ {2}sentenceLength: 25$/m);
  });
});

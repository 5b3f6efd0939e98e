/**
 * The library entry point (`import { lint, loadKit } from 'brandlint'`):
 * the same kit, files and findings as the command line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { KitError, lint, loadKit } from '../src/index.js';
import { memoryIo } from './helpers/memory-io.js';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');

describe('lint', () => {
  it('reports the sample campaign as `brandlint --format json` does', async () => {
    const result = await lint({ cwd: FIXTURES, patterns: ['spring-sale'], kit: 'brand-kit.yaml' });
    const { io, out } = memoryIo(FIXTURES);
    await main(['node', 'brandlint', '--config', 'brand-kit.yaml', '--format', 'json', 'spring-sale'], io);
    const printed = JSON.parse(out.stdout) as { files: { path: string; findings: { ruleId: string; line: number; column: number }[] }[] };
    const where = (findings: { ruleId: string; line: number; column: number }[]) => findings.map(({ ruleId, line, column }) => `${ruleId} ${line}:${column}`);
    expect(result.results.map((file) => [file.path, where(file.findings)])).toEqual(printed.files.map((file) => [file.path, where(file.findings)]));
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.campaigns.map((campaign) => campaign.id)).toContain('spring-sale');
  });

  it('lints text as the file it names, with a kit from loadKit', async () => {
    const kit = loadKit('brand-kit.yaml', { cwd: FIXTURES });
    const result = await lint({ cwd: FIXTURES, kit, text: { text: 'Try AcmeCloud today.\n', filename: 'post.md' } });
    expect(result.results).toHaveLength(1);
    const [file] = result.results;
    expect(file?.path).toBe('post.md');
    expect(file?.source).toBe('Try AcmeCloud today.\n');
    expect(file?.findings.find((finding) => finding.ruleId === 'lexicon/names')).toMatchObject({
      line: 1,
      column: 5,
      endLine: 1,
      endColumn: 14,
      text: 'AcmeCloud',
    });
  });

  it('takes rule severities over the kit', async () => {
    const result = await lint({
      cwd: FIXTURES,
      kit: 'brand-kit.yaml',
      rules: { 'lexicon/names': 'off' },
      text: { text: 'Try AcmeCloud today.\n', filename: 'post.md' },
    });
    expect(result.results[0]?.findings.map((finding) => finding.ruleId)).not.toContain('lexicon/names');
  });
});

describe('loadKit', () => {
  it('throws KitError with the problems of an invalid kit', () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-api-'));
    writeFileSync(join(folder, '.brandlintrc.yaml'), 'rules:\n  lexicon/nonsense: error\n');
    let thrown: unknown;
    try {
      loadKit(undefined, { cwd: folder });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KitError);
    expect((thrown as KitError).problems.map((problem) => problem.reason).join('\n')).toContain('lexicon/nonsense');
  });

  it('is the built-in kit where no kit file is found', () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-api-'));
    expect(loadKit(undefined, { cwd: folder }).rules).toBeDefined();
  });
});

describe('package entry point', () => {
  it('exports the built entry point and its type declarations only', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.exports).toEqual({ '.': { types: './dist/src/index.d.ts', default: './dist/src/index.js' }, './package.json': './package.json' });
    expect(manifest.types).toBe(manifest.exports['.'].types);
  });
});

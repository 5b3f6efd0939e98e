/**
 * The package as npm publishes it: `npm pack` (its scripts included) prints
 * only the tarball's name — pre-commit's node installer reads that line —
 * and the tarball, installed into a content repository with no build tools,
 * runs: the launcher, the compiled CLI, the rules and the kit schema are in
 * it, and nothing it needs is a development dependency.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRepository, NPM_ENV, repositorySnapshot, ROOT, VERSION, WINTER_CAMPAIGN } from './package-install.js';

describe('the packed package', () => {
  it('npm pack prints only the tarball name, and the tarball installs and lints a content repository', () => {
    const repository = repositorySnapshot();
    // the snapshot builds with this checkout's dependencies (TypeScript) in its `prepare` script
    symlinkSync(join(ROOT, 'node_modules'), join(repository, 'node_modules'), 'dir');
    const packs = mkdtempSync(join(tmpdir(), 'brandlint-pack-'));
    const packed = spawnSync('npm', ['pack', '--pack-destination', packs], { cwd: repository, encoding: 'utf8', env: NPM_ENV });
    expect(packed.status, packed.stderr).toBe(0);
    expect(packed.stdout).toBe(`brandlint-${VERSION}.tgz\n`);
    const tarball = join(packs, packed.stdout.trim());
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(
      expect.arrayContaining(['package/bin/brandlint.js', 'package/dist/src/cli/main.js', 'package/schema/brandlint.schema.json', 'package/LICENSE']),
    );
    expect(listing.filter((entry) => entry.startsWith('package/test/') || entry.startsWith('package/src/'))).toEqual([]);

    const content = contentRepository({
      ...WINTER_CAMPAIGN,
      'package.json': '{ "name": "winter-content", "private": true }\n',
      'winter/post2.txt': 'Winter sale: 30% off everything with code WINTER20 until Jan 31.\n',
    });
    const install = spawnSync('npm', ['install', '--no-save', '--omit=dev', tarball], { cwd: content, encoding: 'utf8', env: NPM_ENV });
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(content, 'node_modules', 'typescript'))).toBe(false);

    const npx = (...args: string[]) => spawnSync('npx', ['brandlint', ...args], { cwd: content, encoding: 'utf8', env: { ...NPM_ENV, NO_COLOR: '1' } });
    expect(npx('--version').stdout.trim()).toBe(VERSION);
    const lint = npx('--format', 'unix', 'winter/post2.txt');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('winter/post2.txt:1:14: Says "30% off", but the rest of the campaign gives the offer as 20% off');
    const schema = JSON.parse(readFileSync(join(content, 'node_modules', 'brandlint', 'schema', 'brandlint.schema.json'), 'utf8'));
    expect(schema.properties).toHaveProperty('lexicon');
  }, 600_000);
});

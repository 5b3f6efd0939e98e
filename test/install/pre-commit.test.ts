/**
 * The shipped `.pre-commit-hooks.yaml` with pre-commit's own installer: a
 * content repository names this repository (a snapshot of the working tree,
 * tagged) as a hook repo; pre-commit installs it (npm install, npm pack,
 * npm install -g of the tarball) and runs it on the staged files. A staged
 * post that contradicts its campaign fails the commit; once fixed, it
 * passes. Skipped with a note when pre-commit is not installed
 * (`apt-get install pre-commit`; CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRepository, git, NPM_ENV, repositorySnapshot, VERSION, WINTER_CAMPAIGN } from './package-install.js';

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
if (!hasPreCommit) console.warn('pre-commit.test.ts: skipped — pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit).');

describe.skipIf(!hasPreCommit)(`the pre-commit hook (${preCommit.stdout?.trim()})`, () => {
  it('installs with pre-commit and checks staged files against their whole campaign', () => {
    const hooks = repositorySnapshot();
    const content = contentRepository({
      ...WINTER_CAMPAIGN,
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hooks}\n    rev: v${VERSION}\n    hooks:\n      - id: brandlint\n`,
    });
    const env = { ...NPM_ENV, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'brandlint-pre-commit-')), NO_COLOR: '1' };
    const run = () => spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: content, encoding: 'utf8', env });

    writeFileSync(join(content, 'winter', 'post2.txt'), 'Winter sale: 30% off everything with code WINTER20 until Jan 31.\n');
    git(content, 'add', 'winter/post2.txt');
    const failing = run();
    expect(failing.stdout).toMatch(/^brandlint\.+Failed$/m);
    expect(failing.stdout).toContain('winter/post2.txt');
    expect(failing.stdout).toContain('Says "30% off", but the rest of the campaign gives the offer as 20% off');
    expect(failing.status).toBe(1);

    writeFileSync(join(content, 'winter', 'post2.txt'), 'Winter sale: 20% off every plan with code WINTER20 until Jan 31.\n');
    git(content, 'add', 'winter/post2.txt');
    const passing = run();
    expect(passing.stdout, passing.stdout + passing.stderr).toMatch(/^brandlint\.+Passed$/m);
    expect(passing.status).toBe(0);
  }, 900_000);
});

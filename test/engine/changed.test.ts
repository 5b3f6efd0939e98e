import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFiles, GitError } from '../../src/engine/changed.js';
import { lintFiles } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { kitFromYaml } from '../helpers/kit.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

/** A repository with a base commit on `main` and a branch that changed, renamed and added files. */
function repository(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-git-'));
  mkdirSync(join(cwd, 'copy'));
  for (const name of ['a.md', 'b.md', 'c.md', 'd.md']) writeFileSync(join(cwd, 'copy', name), '---\ncampaign: spring\n---\nHello.\n');
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  git(cwd, 'checkout', '-q', '-b', 'work');
  writeFileSync(join(cwd, 'copy', 'a.md'), '---\ncampaign: spring\n---\nCommitted change.\n');
  git(cwd, 'commit', '-q', '-am', 'change a');
  writeFileSync(join(cwd, 'copy', 'b.md'), '---\ncampaign: spring\n---\nUncommitted change.\n');
  renameSync(join(cwd, 'copy', 'c.md'), join(cwd, 'copy', 'renamed.md'));
  git(cwd, 'add', '-A', 'copy/c.md', 'copy/renamed.md');
  writeFileSync(join(cwd, 'copy', 'new file.md'), 'Untracked.\n');
  return cwd;
}

describe('--changed-since', () => {
  it('lists committed, uncommitted, renamed (new name only) and untracked changes, from a subfolder too', async () => {
    const cwd = repository();
    const expected = ['a.md', 'b.md', 'new file.md', 'renamed.md'].map((name) => join(cwd, 'copy', name));
    expect([...(await changedFiles(cwd, 'main'))].sort()).toEqual(expected);
    expect([...(await changedFiles(join(cwd, 'copy'), 'main'))].sort()).toEqual(expected);
  });

  it('refuses a ref that does not exist, or that git would read as an option', async () => {
    const cwd = repository();
    await expect(changedFiles(cwd, 'no-such-branch')).rejects.toThrow(GitError);
    await expect(changedFiles(cwd, '--output=x')).rejects.toThrow(/is not a git ref/);
    await expect(changedFiles(tmpdir(), 'main')).rejects.toThrow(/not inside a git repository/);
  });

  it('reports only the changed files, but checks their campaigns whole', async () => {
    const cwd = repository();
    const seen: string[][] = [];
    const campaignRule: Rule = {
      meta: {
        id: 'test/members',
        description: '',
        severity: 'warn',
        channels: ['web'],
        fixable: false,
        docs: { details: '', bad: '', findings: [], good: '' },
      },
      checkCampaign: (context) => {
        seen.push(context.campaign.documents.map((document) => document.path));
        for (const document of context.campaign.documents) context.report(document, { start: 0, end: 0, message: 'member' });
      },
    };
    const run = await lintFiles({ cwd, patterns: ['copy'], kit: await kitFromYaml(''), rules: [campaignRule], reportOnly: await changedFiles(cwd, 'main') });
    expect(seen).toEqual([['copy/a.md', 'copy/b.md', 'copy/d.md', 'copy/renamed.md']]);
    expect(run.results.map((result) => [result.path, result.findings.length])).toEqual([
      ['copy/a.md', 1],
      ['copy/b.md', 1],
      ['copy/new file.md', 0],
      ['copy/renamed.md', 1],
    ]);
  });
});

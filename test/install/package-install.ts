/**
 * For the tests that install brandlint the ways a user does — from a git
 * URL, a packed tarball, or pre-commit's installer: a git repository holding
 * this working tree as it is (tracked and new files, not what .gitignore
 * leaves out), tagged with the package version; content repositories; and
 * an npm environment that installs from the local cache where it can.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** npm settings for a quiet install that prefers what the cache already holds. */
export const NPM_ENV = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=CI', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
}

/** A git repository of the working tree, committed and tagged `v<version>`. */
export function repositorySnapshot(): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-repo-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    cpSync(join(ROOT, file), join(folder, file));
  }
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', 'snapshot');
  git(folder, 'tag', `v${VERSION}`);
  return folder;
}

/** A git repository of content files and a kit, committed. */
export function contentRepository(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  git(folder, 'init', '-q', '-b', 'main');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', 'content');
  return folder;
}

/** The winter campaign: three posts, the second of which says 30% where the others say 20%. */
export const WINTER_CAMPAIGN = {
  '.brandlintrc.yaml': 'campaigns:\n  winter:\n    name: Winter Sale\n    files: ["winter/**"]\n',
  'winter/post1.txt': 'Winter sale: 20% off everything with code WINTER20 until Jan 31.\n',
  'winter/post2.txt': 'Winter sale: 20% off everything with code WINTER20 until Jan 31.\n',
  'winter/post3.txt': 'Winter sale: 20% off all plans, code WINTER20, ends Jan 31.\n',
};

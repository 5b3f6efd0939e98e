/**
 * --changed-since REF: the files that differ from a git ref — committed
 * since the merge base with REF (`git diff REF...HEAD`), plus whatever is
 * modified, staged or untracked in the working tree (`git status`).
 */
import { resolve } from 'node:path';
import { GitError, git as runGit } from './git.js';

export { GitError };

/** Absolute paths of the files changed since `ref`, in the repository that holds `cwd`. */
export async function changedFiles(cwd: string, ref: string): Promise<Set<string>> {
  // a leading dash would make git read the ref as an option
  if (ref === '' || ref.startsWith('-')) throw new GitError(`--changed-since: "${ref}" is not a git ref.`);
  const root = resolve(cwd, (await git(cwd, ['rev-parse', '--show-cdup'], 'is not inside a git repository')).trim());
  await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], `has no commit "${ref}" to compare with`);
  const committed = await git(cwd, ['diff', '--name-only', '-z', `${ref}...HEAD`, '--'], `cannot compare "${ref}" with HEAD`);
  const working = await git(cwd, ['status', '--porcelain', '-z', '--untracked-files=all'], 'cannot list uncommitted changes');
  return new Set([...splitNames(committed), ...statusPaths(working)].map((path) => resolve(root, path)));
}

function git(cwd: string, args: string[], failure: string): Promise<string> {
  return runGit(cwd, args, failure, '--changed-since');
}

function splitNames(output: string): string[] {
  return output.split('\0').filter((name) => name !== '');
}

/**
 * Paths from `git status --porcelain -z`: entries `XY path`; a rename or
 * copy is followed by its old path, which no longer exists and is skipped.
 */
function statusPaths(output: string): string[] {
  const entries = splitNames(output);
  const paths: string[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] ?? '';
    const status = entry.slice(0, 2);
    paths.push(entry.slice(3));
    if (status.includes('R') || status.includes('C')) index++;
  }
  return paths;
}

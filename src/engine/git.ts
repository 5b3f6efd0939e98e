/**
 * Running git for the commands that read a repository (--changed-since,
 * `brandlint history`): one call, its output, and a plain error when git is
 * missing, the folder is no repository or a ref does not exist.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** git is missing, the folder is not a repository, or the ref does not exist. */
export class GitError extends Error {}

/**
 * The standard output of `git args` in `cwd`; a failure
 * becomes a GitError "`<what>`: `<cwd>` `<failure>`.".
 */
export async function git(cwd: string, args: readonly string[], failure: string, what: string): Promise<string> {
  try {
    return (await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : `${cwd} ${failure}`;
    throw new GitError(`${what}: ${reason}.`);
  }
}

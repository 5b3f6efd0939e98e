/**
 * A content repository's history as `brandlint history` reads it, without
 * a checkout: the commits of the first-parent line that touched the paths,
 * the tree of each (paths and blob ids), and the blobs themselves through
 * one long-running `git cat-file --batch`.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { git, GitError } from '../engine/git.js';

const WHAT = 'history';

export interface Commit {
  hash: string;
  short: string;
  /** The committer date, ISO 8601 as git writes it (the committer's time zone). */
  date: string;
  subject: string;
  /** Absolute paths of the files the commit added, changed or deleted (none for the starting point). */
  changed: string[];
}

export interface TreeEntry {
  /** Absolute path in the working tree. */
  file: string;
  blob: string;
}

export class Repository {
  private constructor(
    readonly cwd: string,
    /** The working tree's top folder. */
    readonly root: string,
  ) {}

  static async open(cwd: string): Promise<Repository> {
    const root = (await git(cwd, ['rev-parse', '--show-toplevel'], 'is not inside a git repository', WHAT)).trim();
    return new Repository(cwd, root);
  }

  /** A commit by ref, as the starting point of a walk. */
  async commit(ref: string): Promise<Commit> {
    checkRef(ref);
    const [commit] = await this.log(['-1', `${ref}^{commit}`, '--'], `has no commit "${ref}"`);
    if (!commit) throw new GitError(`${WHAT}: ${this.cwd} has no commit "${ref}".`);
    return { ...commit, changed: [] };
  }

  /**
   * The commits after `since` (or from the first) up to HEAD that touched
   * `paths` (relative to cwd), oldest first. A merge counts with what it
   * brought to the first parent; renames count as a deletion and an addition.
   */
  commits(paths: readonly string[], since: string | undefined): Promise<Commit[]> {
    if (since !== undefined) checkRef(since);
    const range = since !== undefined ? `${since}..HEAD` : 'HEAD';
    return this.log(
      ['--reverse', '--first-parent', '-m', '--no-renames', '--name-only', range, '--', ...paths],
      since !== undefined ? `cannot list the commits since "${since}"` : 'has no commits',
    );
  }

  /** Every file of the commit's tree under `paths` (relative to cwd), with its blob id. */
  async tree(commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
    const output = await git(this.cwd, ['ls-tree', '-r', '-z', '--full-name', commit, '--', ...paths], `cannot list the files of ${commit}`, WHAT);
    return output
      .split('\0')
      .filter((line) => line !== '')
      .flatMap((line) => {
        const tab = line.indexOf('\t');
        const [, type, blob] = line.slice(0, tab).split(' ');
        return type === 'blob' && blob ? [{ file: resolve(this.root, line.slice(tab + 1)), blob }] : [];
      });
  }

  blobs(): BlobReader {
    return new BlobReader(this.cwd);
  }

  private async log(args: readonly string[], failure: string): Promise<Commit[]> {
    const format = ['-c', 'core.quotePath=false', 'log', '--format=%x1e%H%x1f%h%x1f%cI%x1f%s'];
    const output = await git(this.cwd, [...format, ...args], failure, WHAT);
    return output
      .split('\x1e')
      .filter((record) => record.trim() !== '')
      .map((record) => {
        const [header = '', ...names] = record.split('\n');
        const [hash = '', short = '', date = '', subject = ''] = header.split('\x1f');
        return { hash, short, date, subject, changed: names.filter((name) => name !== '').map((name) => resolve(this.root, name)) };
      });
  }
}

/** A ref git would read as an option is refused, not passed on. */
function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-')) throw new GitError(`${WHAT}: "${ref}" is not a git ref.`);
}

/** Blob contents by id through `git cat-file --batch`, one request at a time (requests queue). */
export class BlobReader {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private waiting?: { resolve: () => void; reject: (error: Error) => void };
  private failure?: Error;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(cwd: string) {
    this.process = spawn('git', ['cat-file', '--batch'], { cwd });
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.resolve();
    });
    const fail = (error: Error) => {
      this.failure = new GitError(`${WHAT}: cannot read files from git (${error.message}).`);
      this.waiting?.reject(this.failure);
    };
    this.process.on('error', fail);
    this.process.stdin.on('error', fail);
    this.process.on('exit', (code) => fail(new Error(`git cat-file ended with code ${code}`)));
  }

  read(blob: string): Promise<Uint8Array> {
    const next = this.queue.then(() => this.readNow(blob));
    this.queue = next.catch(() => undefined);
    return next;
  }

  close(): void {
    this.process.removeAllListeners('exit');
    this.process.stdin.end();
  }

  private async readNow(blob: string): Promise<Uint8Array> {
    if (this.failure) throw this.failure;
    this.process.stdin.write(`${blob}\n`);
    let newline: number;
    while ((newline = this.buffer.indexOf(10)) < 0) await this.more();
    const header = this.buffer.subarray(0, newline).toString('utf8');
    const [, type, size] = header.split(' ');
    if (type !== 'blob') {
      this.buffer = this.buffer.subarray(newline + 1);
      throw new GitError(`${WHAT}: git has no file ${blob} (${header}).`);
    }
    const end = newline + 1 + Number(size);
    // the content is followed by a line feed
    while (this.buffer.length < end + 1) await this.more();
    const bytes = new Uint8Array(this.buffer.subarray(newline + 1, end));
    this.buffer = this.buffer.subarray(end + 1);
    return bytes;
  }

  private more(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => (this.waiting = { resolve: () => resolve(), reject })).finally(() => (this.waiting = undefined));
  }
}

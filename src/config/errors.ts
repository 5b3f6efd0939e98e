/**
 * A broken brand kit. The CLI prints `error.format()` and exits with 2;
 * nothing here is a crash, so there is no stack trace to show.
 */
import { isAbsolute, relative } from 'node:path';

export interface KitProblem {
  /** Absolute path of the kit file. */
  file: string;
  /** 1-based line; absent when the problem is with the file as a whole (e.g. it cannot be read). */
  line?: number;
  /** 1-based column, in UTF-16 code units like editors count. */
  column?: number;
  /** A plain sentence, e.g. `unknown key "lexcon" — did you mean "lexicon"?`. */
  reason: string;
}

export class KitError extends Error {
  override readonly name = 'KitError';
  /** Every problem found, in file order; the fields below repeat the first one. */
  readonly problems: readonly KitProblem[];
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;

  constructor(problems: KitProblem | readonly KitProblem[]) {
    const all = 'reason' in problems ? [problems] : [...problems];
    const [first] = all;
    if (!first) throw new RangeError('a KitError needs at least one problem');
    super(all.map((problem) => formatKitProblem(problem, process.cwd())).join('\n'));
    this.problems = all;
    ({ file: this.file, line: this.line, column: this.column, reason: this.reason } = first);
    // The user's mistake, not ours: the message is the whole story.
    this.stack = `${this.name}: ${this.message}`;
  }

  /** One `file:line:column: reason` line per problem, the file relative to `cwd`. */
  format(cwd: string = process.cwd()): string {
    return this.problems.map((problem) => formatKitProblem(problem, cwd)).join('\n');
  }
}

/** `file:line:column: reason`, the file relative to `cwd`. */
export function formatKitProblem(problem: KitProblem, cwd: string): string {
  const place = problem.line === undefined ? '' : `:${problem.line}:${problem.column ?? 1}`;
  return `${displayFile(problem.file, cwd)}${place}: ${problem.reason}`;
}

function displayFile(file: string, cwd: string): string {
  const fromCwd = relative(cwd, file);
  if (fromCwd === '' || isAbsolute(fromCwd)) return file;
  return fromCwd.startsWith('..') && file.length < fromCwd.length ? file : fromCwd;
}

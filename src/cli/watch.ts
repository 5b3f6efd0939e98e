/**
 * `brandlint --watch`: lint once and print the full report, then watch the
 * given paths. After a burst of changes settles, lint again — an in-memory
 * cache means only changed files (and their campaigns) are read through the
 * rules — and print what changed: the new findings, in the chosen format,
 * with a summary line that counts every current problem, on standard
 * output; per file, the count of new and resolved findings and the resolved
 * ones on standard error, then what is watched and how to stop. Runs until
 * `signal` aborts (Ctrl-C on the command line), then exits 0.
 */
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { resolve, sep } from 'node:path';
import { LintCache } from '../engine/cache.js';
import type { Finding } from '../engine/types.js';
import { displayPath, lintFiles, withFindings, type FileResult, type LintRequest, type LintRun } from '../engine/run.js';
import type { Io } from './io.js';

/** Editors save in several steps (temporary file, rename, touch): wait for the burst to end. */
export const DEBOUNCE_MS = 150;

export interface WatchSettings {
  request: LintRequest;
  /** Formats a run in the chosen format (with --quiet applied). */
  render: (run: LintRun) => string;
  io: Io;
  signal: AbortSignal;
}

export async function watchLint({ request, render, io, signal }: WatchSettings): Promise<number> {
  const watched = { ...request, cache: request.cache ?? LintCache.inMemory() };
  const targets = watchTargets(request.cwd, request.patterns);
  const watching = `brandlint: watching ${targets.map((target) => displayPath(request.cwd, target) || '.').join(', ')} for changes; press Ctrl-C to stop.\n`;
  let previous = await lintFiles(watched);
  io.stdout(render(previous));
  io.stderr(watching);
  let queue = Promise.resolve();
  const relint = async (): Promise<void> => {
    try {
      const next = await lintFiles(watched);
      io.stdout(render(newFindingsRun(previous, next)));
      io.stderr(changeSummary(previous, next));
      io.stderr(watching);
      previous = next;
    } catch (error) {
      io.stderr(`brandlint: ${(error as Error).message}\n`);
    }
  };
  const schedule = debounce(() => {
    queue = queue.then(relint);
  }, DEBOUNCE_MS);
  const watchers = targets.map((target) => watchPath(target, schedule));
  await new Promise<void>((done) => (signal.aborted ? done() : signal.addEventListener('abort', () => done(), { once: true })));
  schedule.cancel();
  for (const watcher of watchers) watcher.close();
  await queue;
  return 0;
}

/** The folders and files to watch: each existing path given; the working folder for globs (and by default). */
function watchTargets(cwd: string, patterns: readonly string[]): string[] {
  const targets = (patterns.length > 0 ? patterns : ['.']).map((pattern) => {
    const path = resolve(cwd, pattern);
    return existsSync(path) ? path : cwd;
  });
  return [...new Set(targets)];
}

function watchPath(target: string, onChange: () => void): FSWatcher {
  return watch(target, { recursive: statSync(target).isDirectory() }, (_event, name) => {
    if (
      !name ||
      !String(name)
        .split(sep)
        .some((part) => part === '.git' || part === 'node_modules')
    )
      onChange();
  });
}

function debounce(action: () => void, ms: number): (() => void) & { cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
  return Object.assign(run, { cancel: () => clearTimeout(timer) });
}

/**
 * A run with, per file, only the findings `next` has and `previous` had
 * not, but the counts of all of `next`: the summary line says how many
 * problems are left, not how many are new.
 */
export function newFindingsRun(previous: LintRun, next: LintRun): LintRun {
  const before = byPath(previous);
  const results = next.results.flatMap((result) => {
    const added = difference(result.findings, before.get(result.path)?.findings ?? []);
    return added.length > 0 ? [withFindings(result, added)] : [];
  });
  return { ...next, results };
}

/** Per file whose findings changed: how many are new and resolved, and the resolved ones. */
export function changeSummary(previous: LintRun, next: LintRun): string {
  const before = byPath(previous);
  const after = byPath(next);
  const lines: string[] = [];
  for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(path)?.findings ?? [];
    const current = after.get(path)?.findings ?? [];
    const added = difference(current, old);
    const resolved = difference(old, current);
    if (added.length === 0 && resolved.length === 0) continue;
    lines.push(`brandlint: ${path}: ${added.length} new, ${resolved.length} resolved`);
    for (const finding of resolved) lines.push(`  resolved  ${finding.message}  ${finding.ruleId}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : 'brandlint: linted again; no finding changed.\n';
}

function byPath(run: LintRun): Map<string, FileResult> {
  return new Map(run.results.map((result) => [result.path, result]));
}

/**
 * The findings of `these` not among `those`, compared by rule, message and
 * text rather than position, so a line added above a finding does not make
 * it new.
 */
function difference(these: readonly Finding[], those: readonly Finding[]): Finding[] {
  const remaining = new Map<string, number>();
  for (const finding of those) remaining.set(identity(finding), (remaining.get(identity(finding)) ?? 0) + 1);
  return these.filter((finding) => {
    const count = remaining.get(identity(finding)) ?? 0;
    remaining.set(identity(finding), count - 1);
    return count <= 0;
  });
}

function identity(finding: Finding): string {
  return JSON.stringify([finding.ruleId, finding.message, finding.text]);
}

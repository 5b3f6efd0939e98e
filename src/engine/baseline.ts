/**
 * A baseline for adopting brandlint on content that already has findings:
 * `--baseline-write FILE` records today's findings, and `--baseline FILE`
 * reports only the findings it does not hold, so CI gates on new problems
 * (as ESLint's suppressions file and the baselines of detekt and Psalm do).
 *
 * A finding is recorded by its rule, the flagged text and a hash of the
 * text around it on its line, never by its position, so edits elsewhere in
 * the file leave it matched; each such key holds a count, so a third copy of
 * a finding recorded twice is new. Paths are relative to the baseline
 * file's folder, so a run from any folder finds its files.
 */
import { resultSource } from './result-source.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { compareText } from '../text/compare.js';
import type { Finding } from './types.js';
import { withFindings, type FileResult, type LintRun } from './run.js';

/** Characters either side of the flagged text (within its line) that make its context. */
const CONTEXT_CHARACTERS = 32;
/** The flagged text as recorded: enough to recognise it in review. */
const TEXT_CHARACTERS = 80;

interface BaselineEntry {
  rule: string;
  text: string;
  context: string;
  count: number;
}

interface BaselineJson {
  brandlintBaseline: 1;
  files: Record<string, BaselineEntry[]>;
}

/** A baseline file that cannot be read or is not one: a usage error. */
export class BaselineError extends Error {}

export interface BaselineOutcome {
  /** The run without the findings the baseline holds. */
  run: LintRun;
  /** How many findings the baseline held back. */
  suppressed: number;
  /** Recorded findings that no file of the run has any more (fixed, or changed). */
  stale: number;
}

export class Baseline {
  private constructor(
    /** Path relative to the baseline's folder → entry key → entry. */
    private readonly files: Map<string, Map<string, BaselineEntry>>,
    private readonly folder: string,
  ) {}

  /** Today's findings of `run` (paths relative to `cwd`), for a baseline written to `file`. */
  static record(run: LintRun, cwd: string, file: string): Baseline {
    const baseline = new Baseline(new Map(), dirname(resolve(cwd, file)));
    for (const result of run.results) {
      const entries = new Map<string, BaselineEntry>();
      const source = result.findings.length > 0 ? resultSource(result, cwd) : '';
      for (const finding of result.findings) {
        const entry = entryOf(finding, source);
        const key = keyOf(entry);
        const recorded = entries.get(key);
        if (recorded) recorded.count++;
        else entries.set(key, entry);
      }
      if (entries.size > 0) baseline.files.set(baseline.pathOf(cwd, result.path), entries);
    }
    return baseline;
  }

  static read(cwd: string, file: string): Baseline {
    const path = resolve(cwd, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? `there is no ${file}; write one with --baseline-write ${file}` : `${file} is not valid JSON`;
      throw new BaselineError(`--baseline: ${reason}.`);
    }
    if (!isBaselineJson(json)) throw new BaselineError(`--baseline: ${file} is not a brandlint baseline (written by --baseline-write).`);
    const files = new Map(
      Object.entries(json.files).map(([name, entries]) => [name, new Map(entries.map((entry) => [keyOf(entry), { ...entry }] as const))] as const),
    );
    return new Baseline(files, dirname(path));
  }

  get size(): number {
    let count = 0;
    for (const entries of this.files.values()) for (const entry of entries.values()) count += entry.count;
    return count;
  }

  /** The baseline as its file holds it: files and entries sorted, so it diffs well in review. */
  toJson(): string {
    const files: Record<string, BaselineEntry[]> = {};
    for (const name of [...this.files.keys()].sort(compareText)) {
      files[name] = [...this.files.get(name)!.values()].sort((a, b) => compareText(keyOf(a), keyOf(b)));
    }
    const json: BaselineJson = { brandlintBaseline: 1, files };
    return `${JSON.stringify(json, null, 2)}\n`;
  }

  /** The run without the findings this baseline holds (each key as many times as its count). */
  filter(run: LintRun, cwd: string): BaselineOutcome {
    let suppressed = 0;
    let stale = 0;
    const results: FileResult[] = run.results.map((result) => {
      const recorded = this.files.get(this.pathOf(cwd, result.path));
      if (!recorded) return result;
      const left = new Map([...recorded].map(([key, entry]) => [key, entry.count]));
      const source = resultSource(result, cwd);
      const kept = result.findings.filter((finding) => {
        const key = keyOf(entryOf(finding, source));
        const count = left.get(key) ?? 0;
        if (count === 0) return true;
        left.set(key, count - 1);
        suppressed++;
        return false;
      });
      for (const count of left.values()) stale += count;
      return kept.length === result.findings.length ? result : withFindings(result, kept);
    });
    const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
    return { run: { ...run, results, errorCount, warningCount }, suppressed, stale };
  }

  private pathOf(cwd: string, path: string): string {
    return relative(this.folder, resolve(cwd, path)).split(sep).join('/');
  }
}

function entryOf(finding: Finding, source: string): BaselineEntry {
  const text = finding.text.length > TEXT_CHARACTERS ? `${finding.text.slice(0, TEXT_CHARACTERS - 1)}…` : finding.text;
  return { rule: finding.ruleId, text, context: contextHash(source, finding.start, finding.end), count: 1 };
}

function keyOf(entry: Pick<BaselineEntry, 'rule' | 'text' | 'context'>): string {
  return `${entry.rule}\0${entry.text}\0${entry.context}`;
}

/** A hash of the flagged text and up to CONTEXT_CHARACTERS either side of it on its line, spacing evened out. */
function contextHash(source: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT_CHARACTERS && !isLineBreak(source.charAt(from - 1))) from--;
  let to = end;
  while (to < source.length && to - end < CONTEXT_CHARACTERS && !isLineBreak(source.charAt(to))) to++;
  const context = source.slice(from, to).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(context, 'utf8').digest('hex').slice(0, 16);
}

function isLineBreak(char: string): boolean {
  return char === '\n' || char === '\r';
}

function isBaselineJson(value: unknown): value is BaselineJson {
  if (typeof value !== 'object' || value === null) return false;
  const { brandlintBaseline, files } = value as Partial<BaselineJson>;
  if (brandlintBaseline !== 1 || typeof files !== 'object' || files === null) return false;
  return Object.values(files).every(
    (entries) =>
      Array.isArray(entries) &&
      entries.every(
        (entry: Partial<BaselineEntry>) =>
          typeof entry.rule === 'string' &&
          typeof entry.text === 'string' &&
          typeof entry.context === 'string' &&
          Number.isInteger(entry.count) &&
          (entry.count ?? 0) > 0,
      ),
  );
}

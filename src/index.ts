/**
 * brandlint as a library: `import { lint, loadKit } from 'brandlint'`.
 * Everything here behaves as the command line does — the same kit lookup
 * and validation, the same rules, files, ignores and campaigns — and
 * returns what the JSON format prints, as objects.
 */
import { resultSource } from './engine/result-source.js';
import { resolve } from 'node:path';
import { loadKitOrDefault, KitError, type KitProblem } from './config/load.js';
import type { BrandKit, Severity } from './config/types.js';
import type { Channel } from './documents/types.js';
import type { CampaignReport } from './drift/report.js';
import { lintFiles, type FileResult } from './engine/run.js';
import type { Finding } from './engine/types.js';
import type { Threads } from './engine/worker-client.js';
import { knownRuleOptions } from '../rules/options.js';

export { KitError };
export type { BrandKit, CampaignReport, Channel, Finding, KitProblem, Severity, Threads };

export interface LoadKitOptions {
  /** Where a kit is looked for (the nearest .brandlintrc.yaml, .yml or .json from here up) and `file` is relative to; default: process.cwd(). */
  cwd?: string;
}

/**
 * The brand kit in `file`, with the kits it extends, validated and laid over
 * the built-in defaults; without `file`, the kit found from the working
 * folder up, else the built-in kit. Throws KitError, whose `problems` point
 * into the file at fault.
 */
export function loadKit(file?: string, options: LoadKitOptions = {}): BrandKit {
  return loadKitOrDefault(resolve(options.cwd ?? '.'), file, { knownRules: knownRuleOptions() }).kit;
}

export interface LintOptions {
  /** The working folder: patterns, the kit lookup and campaign folders are relative to it; default: process.cwd(). */
  cwd?: string;
  /** Files, folders or glob patterns, as on the command line; default: the working folder. */
  patterns?: string[];
  /** A kit from `loadKit`, or the path of a kit file; default: the kit found from `cwd` up, else the built-in kit. */
  kit?: BrandKit | string;
  /** Lint this text as if it were the file `filename` (relative to `cwd`) instead of files on disk. */
  text?: { text: string; filename: string };
  /** Rule severities over the kit's, as `--rule id:severity` gives them. */
  rules?: Record<string, Severity>;
  /** Forces the channel of every file (`--channel`). */
  channel?: Channel;
  /** Worker threads for large runs (`--threads`); the results are the same in every mode. Default: off. */
  threads?: Threads;
}

/** One file linted: its findings, sorted by position, and their counts. */
export interface LintFileResult {
  /** The file's path relative to the working folder. */
  path: string;
  channel?: Channel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The decoded text the positions of the findings point into. */
  source: string;
}

export interface LintResult {
  results: LintFileResult[];
  /** Per campaign: the facts, pillars and calls to action by deliverable, and the one-message scores. */
  campaigns: CampaignReport[];
  errorCount: number;
  warningCount: number;
}

/** Lints files (or `text`) against the brand kit, as `brandlint [paths…]` does. Throws KitError for a kit that is not valid. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = resolve(options.cwd ?? '.');
  const kit = typeof options.kit === 'object' ? options.kit : loadKit(options.kit, { cwd });
  const run = await lintFiles({
    cwd,
    patterns: options.patterns ?? [],
    kit,
    stdin: options.text,
    ruleOverrides: options.rules,
    channel: options.channel,
    threads: options.threads,
  });
  return {
    results: run.results.map((result) => publicResult(result, cwd)),
    campaigns: run.campaigns,
    errorCount: run.errorCount,
    warningCount: run.warningCount,
  };
}

/** The public shape of a result; its source is read again from the file when first asked for (see resultSource). */
function publicResult(result: FileResult, cwd: string): LintFileResult {
  const { path, channel, findings, errorCount, warningCount, fixableCount } = result;
  let source: string | undefined;
  return {
    path,
    channel,
    findings,
    errorCount,
    warningCount,
    fixableCount,
    get source() {
      return (source ??= resultSource(result, cwd));
    },
  };
}

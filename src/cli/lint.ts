/**
 * `brandlint [lint] [paths…]`: the default command.
 *
 * --fix writes the fixes and then reports what remains. --fix-dry-run
 * writes nothing: it prints a unified diff of what --fix would change on
 * standard output, then the report of what would remain (with a machine
 * format, send the report to --output-file to keep the two apart); with
 * --stdin, the diff shows the fixed standard input.
 */
import type { BrandKit, Severity } from '../config/types.js';
import type { Channel } from '../documents/types.js';
import type { HistoryReport } from '../history/types.js';
import { LintCache, resolveCacheLocation } from '../engine/cache.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import { changedFiles } from '../engine/changed.js';
import type { Shard } from '../engine/shard.js';
import type { Threads } from '../engine/worker-client.js';
import { lintFiles, type LintRequest, type LintRun } from '../engine/run.js';
import { ruleErrors } from '../engine/rule-failures.js';
import { loadReporter } from '../reporters/index.js';
import type { ReportOptions } from '../reporters/types.js';
import { plural } from '../reporters/stylish.js';
import { ruleEntry } from '../../rules/registry.js';
import { loadKitForCli } from './kit.js';
import { UsageError } from '../engine/usage-error.js';
import { useColor, type Io } from './io.js';
import { writeOutputFile } from './output-file.js';
import { noteBaseline, readBaseline, writeBaseline } from './baseline.js';
import { reportCover } from './report-cover.js';
import { VERSION } from './version.js';
import { watchLint } from './watch.js';

export interface LintCommandOptions {
  config?: string;
  channel?: Channel;
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  rule: string[];
  stdin?: boolean;
  stdinFilename?: string;
  reportUnusedDisable?: boolean;
  campaignBy: CampaignGrouping;
  timing?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  watch?: boolean;
  shard?: Shard;
  threads: Threads;
  ignorePattern: string[];
  /** False with --no-ignore. */
  ignore: boolean;
  /** False with --no-code-frame. */
  codeFrame: boolean;
  /** Report only findings this baseline file does not hold. */
  baseline?: string;
  /** Record every finding in this baseline file. */
  baselineWrite?: string;
  reportTitle?: string;
  reportDate?: string;
  /** --history [ref]: the HTML report shows the trend over the commits since ref (true: the latest that changed content). */
  history?: string | true;
}

/** `signal` ends --watch (Ctrl-C on the command line). */
export async function runLint(paths: string[], options: LintCommandOptions, io: Io, signal?: AbortSignal): Promise<number> {
  checkCombinations(paths, options);
  const request = await buildRequest(paths, options, io);
  const reporter = await loadReporter(options.format);
  let baseline = options.baseline !== undefined ? readBaseline(io, options.baseline) : undefined;
  const shown = (run: LintRun) => {
    const visible = options.quiet ? onlyErrors(run) : run;
    return baseline ? baseline.filter(visible, io.cwd).run : visible;
  };
  const formatOptions = reportOptions(options, io, request.kit);
  const render = (run: LintRun) => reporter(shown(run), formatOptions);
  if (options.watch) return watchLint({ request, render, io, signal: signal ?? new AbortController().signal });
  const run = options.fix || options.fixDryRun ? await lintAndFix(request, options, io) : await lintFiles(request);
  if (options.history !== undefined) formatOptions.history = await historyOf(paths, options.history, request);
  if (run.results.length === 0 && !request.stdin) {
    io.stderr(`brandlint: nothing was linted: no content files in ${paths.length > 0 ? paths.join(', ') : 'the working folder'}.\n`);
  }
  await saveCache(request.cache, io);
  if (options.baselineWrite !== undefined) baseline = writeBaseline(run, io, options.baselineWrite);
  else if (baseline) noteBaseline(run, io, baseline, options.baseline!);
  writeReport(render(run), options, io);
  if (options.timing) io.stderr(timingTable(run.timing));
  return exitCode(shown(run), options, io);
}

/** Fixes (or, dry, prints the diff of the fixes) and returns the run of what remains. */
async function lintAndFix(request: LintRequest, options: LintCommandOptions, io: Io): Promise<LintRun> {
  // without --cache, a cache for this process still spares the second lint every file the fixes left alone
  // loaded for --fix only: the diff library and the writers are no part of a lint
  const { fixDiff, fixFiles } = await import('../engine/fix-files.js');
  const outcome = await fixFiles({ ...request, cache: request.cache ?? LintCache.inMemory() }, { dryRun: Boolean(options.fixDryRun) });
  if (options.fixDryRun) io.stdout(fixDiff(outcome.fixes));
  for (const { path, reason } of outcome.skipped) io.stderr(`brandlint: ${path}: not fixed: ${reason}\n`);
  return outcome.run;
}

/** The programme over time for the HTML report, judged as this run is (kit, --rule, --campaign-by). */
async function historyOf(paths: string[], since: string | true, request: LintRequest): Promise<HistoryReport> {
  // loaded for --history only: git and the walk are no part of a lint
  const { walkHistory } = await import('../history/walk.js');
  return walkHistory({
    cwd: request.cwd,
    paths,
    kit: request.kit,
    since: since === true ? undefined : since,
    campaignBy: request.campaignBy,
    ruleOverrides: request.ruleOverrides,
  });
}

function checkCombinations(paths: string[], options: LintCommandOptions): void {
  if (options.history !== undefined && (options.format !== 'html' || options.stdin || options.watch || options.shard)) {
    throw new UsageError('--history adds the trend to the HTML report: it needs --format html, and does not go with --stdin, --watch or --shard.');
  }
  if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (options.stdin && paths.length > 0) throw new UsageError('Give either --stdin or paths, not both.');
  if (options.fix && options.fixDryRun) throw new UsageError('Give either --fix or --fix-dry-run, not both.');
  if (options.baseline !== undefined && options.baselineWrite !== undefined)
    throw new UsageError('Give either --baseline (report new findings) or --baseline-write (record them all), not both.');
  if (options.watch && options.baselineWrite !== undefined) throw new UsageError('--baseline-write records one run; it does not go with --watch.');
  if (options.fix && options.stdin) throw new UsageError('--fix cannot write to standard input; --fix-dry-run prints the fixes as a diff.');
  if (options.stdin && (options.changedSince !== undefined || options.shard))
    throw new UsageError('--changed-since and --shard select files; they do not go with --stdin.');
  if (options.watch && (options.stdin || options.fix || options.fixDryRun || options.outputFile)) {
    throw new UsageError('--watch prints to the terminal; it does not go with --stdin, --fix, --fix-dry-run or --output-file.');
  }
}

async function buildRequest(paths: string[], options: LintCommandOptions, io: Io): Promise<LintRequest> {
  const ruleOverrides = parseRuleOverrides(options.rule);
  const kit = await loadKitForCli(io, options.config);
  const stdin = options.stdin ? { text: await io.readStdin(), filename: options.stdinFilename ?? 'stdin.md' } : undefined;
  const showProgress = io.stderrIsTty && options.format === 'stylish' && !options.outputFile && !options.watch;
  return {
    cwd: io.cwd,
    patterns: paths,
    kit,
    channel: options.channel,
    ruleOverrides,
    stdin,
    reportUnusedDisable: options.reportUnusedDisable,
    campaignBy: options.campaignBy,
    keepDocuments: options.format === 'html',
    onFile: showProgress ? (done, total) => total > 20 && io.stderr(`\rbrandlint: ${done}/${total} files${done === total ? '\r\x1b[K' : ''}`) : undefined,
    reportOnly: options.changedSince !== undefined ? await changedFiles(io.cwd, options.changedSince) : undefined,
    cache: options.cache || options.cacheLocation ? await LintCache.open(resolveCacheLocation(io.cwd, options.cacheLocation), VERSION) : undefined,
    shard: options.shard,
    // --watch lints again and again, a few files at a time: worker threads would only add their start-up
    threads: options.watch ? 'off' : options.threads,
    ignorePatterns: options.ignorePattern,
    useIgnores: options.ignore,
    ownFiles: [options.outputFile, options.baseline, options.baselineWrite].filter((file) => file !== undefined),
  };
}

/** A cache that cannot be written costs the next run time, not this run its result. */
async function saveCache(cache: LintCache | undefined, io: Io): Promise<void> {
  try {
    await cache?.save();
  } catch (error) {
    io.stderr(`brandlint: could not write the cache: ${(error as Error).message}\n`);
  }
}

function reportOptions(options: LintCommandOptions, io: Io, kit: BrandKit): ReportOptions {
  return {
    cwd: io.cwd,
    color: useColor(io, options.color, Boolean(options.outputFile)),
    quiet: Boolean(options.quiet),
    version: VERSION,
    codeFrame: options.codeFrame,
    columns: options.outputFile ? undefined : io.columns,
    cover: options.format === 'html' ? reportCover(kit, options, io.env) : undefined,
  };
}

function writeReport(output: string, options: LintCommandOptions, io: Io): void {
  if (options.outputFile) writeOutputFile(io, options.outputFile, output);
  else io.stdout(output);
}

function exitCode(run: LintRun, options: LintCommandOptions, io: Io): number {
  const failed = ruleErrors(run.results.flatMap((result) => result.findings));
  for (const finding of failed) io.stderr(`brandlint: internal error: ${finding.path}: ${finding.message}\n`);
  if (failed.length > 0) return 2;
  if (run.errorCount > 0) return 1;
  if (options.maxWarnings !== undefined && run.warningCount > options.maxWarnings) {
    io.stderr(`brandlint: ${plural(run.warningCount, 'warning')} found; --max-warnings allows ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

function parseRuleOverrides(values: string[]): Record<string, Severity> {
  const overrides: Record<string, Severity> = {};
  for (const value of values) {
    const [, id, severity] = /^([\w-]+\/[\w-]+)\s*[:=]\s*(error|warn|off)$/.exec(value.trim()) ?? [];
    if (!id || !severity) throw new UsageError(`--rule takes id:severity, e.g. "tone/emoji:off" (severity error, warn or off); got "${value}".`);
    if (!ruleEntry(id)) throw new UsageError(`--rule: unknown rule "${id}"; \`brandlint rules\` lists them.`);
    overrides[id] = severity as Severity;
  }
  return overrides;
}

function onlyErrors(run: LintRun): LintRun {
  const results = run.results.map((result) => {
    const findings = result.findings.filter((finding) => finding.severity === 'error');
    return { ...result, findings, warningCount: 0, fixableCount: findings.filter((finding) => finding.fix).length };
  });
  return { ...run, results, warningCount: 0 };
}

function timingTable(timing: Record<string, number>): string {
  const rows = Object.entries(timing).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const lines = rows.map(([id, ms]) => `${id.padEnd(32)} | ${ms.toFixed(1).padStart(10)} | ${((ms / total) * 100).toFixed(1).padStart(6)}%`);
  return `\n${'Rule (or work rules share)'.padEnd(32)} | ${'Time (ms)'.padStart(10)} | ${'Share'.padStart(7)}\n${'-'.repeat(32)}-|-${'-'.repeat(10)}-|-${'-'.repeat(7)}\n${lines.join('\n')}\n`;
}

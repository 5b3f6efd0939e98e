/**
 * `brandlint merge shard-*.json`: the JSON reports of sharded runs
 * (`--shard K/N --format json`) as one run, printed in any format. The exit
 * code is lint's: 1 when any report holds an error, 2 when one holds a rule
 * that failed (brandlint/rule-error). A file that is not a brandlint JSON
 * report (schema version 1), or two reports of the same file, is a usage
 * error (exit 2).
 *
 * Code frames need the source: it is read from disk when the file is still
 * there and every finding fits in it; otherwise findings print without frames.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LineIndex } from '../documents/positions.js';
import { DEFAULT_PARSER_OPTIONS } from '../documents/parser.js';
import { readDocument } from '../documents/read.js';
import { campaignOrder } from '../engine/campaigns.js';
import { sortFindings } from '../engine/lint-document.js';
import { lintProgramme } from '../engine/programme-step.js';
import { ruleErrors } from '../engine/rule-failures.js';
import { CompiledKit } from '../engine/compiled-kit.js';
import { RuleSets } from '../engine/rule-sets.js';
import { withFindings, type FileResult, type LintRun } from '../engine/run.js';
import { RULE_CATALOG } from '../../rules/registry.js';
import { loadKitForCli } from './kit.js';
import { UsageError } from '../engine/usage-error.js';
import { FORMAT_NAMES, loadReporter } from '../reporters/index.js';
import { mergeReports, parseReport, type JsonReport } from '../reporters/json-report.js';
import { useColor, type Io } from './io.js';
import { writeOutputFile } from './output-file.js';
import { VERSION } from './version.js';

export interface MergeCommandOptions {
  /** The brand kit, for the programme checks across every shard's campaigns. */
  config?: string;
  format: string;
  outputFile?: string;
  color?: boolean;
}

export async function runMerge(patterns: string[], options: MergeCommandOptions, io: Io): Promise<number> {
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`--format: unknown format "${options.format}"; one of ${FORMAT_NAMES.join(', ')}.`);
  const reporter = await loadReporter(options.format);
  const names = await expandPatterns(patterns, io.cwd);
  const reports = names.map((name) => ({ name, report: parseReport(readReportText(name, io.cwd), name) }));
  for (const id of repeatedCampaigns(reports.map(({ report }) => report))) {
    io.stderr(`brandlint: campaign "${id}" is in several reports (was it split across shards?); each part is kept as it is.\n`);
  }
  const run = await withSources(await withProgramme(mergeReports(reports), reports, options, io), io.cwd);
  const output = reporter(run, { cwd: io.cwd, color: useColor(io, options.color, Boolean(options.outputFile)), quiet: false, version: VERSION });
  if (options.outputFile) writeOutputFile(io, options.outputFile, output);
  else io.stdout(output);
  if (ruleErrors(run.results.flatMap((result) => result.findings)).length > 0) return 2;
  return run.errorCount > 0 ? 1 : 0;
}

/** Report files by name or glob, each once, in the order given (a glob's matches sorted). */
async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) throw new UsageError('merge needs the JSON reports to merge, e.g. `brandlint merge shard-*.json`.');
  const names: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern) || existsSync(resolve(cwd, pattern))) {
      names.push(pattern);
      continue;
    }
    const matches = (await glob(pattern, { cwd })).sort();
    if (matches.length === 0) throw new UsageError(`No files match "${pattern}".`);
    names.push(...matches);
  }
  return [...new Set(names)];
}

function readReportText(name: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, name), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${name}: ${(error as Error).message}`);
  }
}

function repeatedCampaigns(reports: readonly JsonReport[]): string[] {
  const ids = reports.flatMap((report) => report.campaigns.map((campaign) => campaign.id));
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * The programme checked across every shard's campaigns, as a single run
 * checks it: each shard holds only its own campaigns, so conflicting offers
 * and contact pressure come from here, with the kit (--config, else the one
 * found from the working folder up). Programme findings a report already
 * holds (a report of a whole run) are replaced by these. Reports without
 * profiles pass as they are.
 */
async function withProgramme(run: LintRun, reports: readonly { report: JsonReport }[], options: MergeCommandOptions, io: Io): Promise<LintRun> {
  const parts = reports.flatMap(({ report }) => (report.programme ? [report.programme] : []));
  if (parts.length === 0) return run;
  const kit = await loadKitForCli(io, options.config);
  const order = campaignOrder(kit, 'kit');
  // A run that read other campaigns as context (named files, --changed-since) holds their profiles too: each campaign once.
  const byId = new Map(
    parts
      .flatMap((part) => part.campaigns)
      .map((profile) => [profile.id, profile] as const)
      .reverse(),
  );
  const profiles = [...byId.values()].sort((a, b) => order(a.id, b.id));
  const rules = (await new RuleSets({}).of(new CompiledKit(kit, io.cwd))).filter(({ rule }) => rule.checkProgramme);
  const { findings, report } = lintProgramme(profiles, kit, rules, { directivesAtPlaces: true });
  const programmeRules = new Set(RULE_CATALOG.filter((entry) => entry.checksProgramme).map((entry) => entry.meta.id));
  const results = run.results.map((result) => {
    const own = result.findings.filter((finding) => !programmeRules.has(finding.ruleId));
    const extra = findings.get(result.path) ?? [];
    return own.length === result.findings.length && extra.length === 0 ? result : withFindings(result, sortFindings([...own, ...extra]));
  });
  return {
    ...run,
    results,
    programme: report,
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/** Adds the source of each file with findings, for code frames. */
export async function withSources(run: LintRun, cwd: string): Promise<LintRun> {
  const results = await Promise.all(
    run.results.map(async (result) => {
      const source = result.findings.some((finding) => !finding.fatal) ? await currentSource(result, cwd) : '';
      return source === '' ? result : { ...result, source };
    }),
  );
  return { ...run, results };
}

/** The file's text as brandlint reads it, or '' when it is gone, unreadable, or no longer holds the findings. */
async function currentSource(result: FileResult, cwd: string): Promise<string> {
  try {
    const bytes = await readFile(resolve(cwd, result.path));
    const { source } = await readDocument(result.path, bytes, { channel: result.channel, options: DEFAULT_PARSER_OPTIONS });
    const lines = new LineIndex(source);
    const fits = result.findings.every((finding) => finding.fatal || (finding.end <= source.length && finding.endLine <= lines.lineCount));
    return fits ? source : '';
  } catch {
    return '';
  }
}

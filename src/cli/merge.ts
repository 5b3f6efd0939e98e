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
import { Ajv, type ErrorObject } from 'ajv';
import { glob, isDynamicPattern } from 'tinyglobby';
import { LineIndex } from '../documents/positions.js';
import { DEFAULT_PARSER_OPTIONS } from '../documents/parser.js';
import { readDocument } from '../documents/read.js';
import { CHANNELS, type Channel } from '../documents/types.js';
import type { CampaignReport } from '../drift/report.js';
import { summarise, type FileResult, type LintRun } from '../engine/run.js';
import { ruleErrors } from '../engine/rule-failures.js';
import type { Finding } from '../engine/types.js';
import { FORMAT_NAMES, loadReporter } from '../reporters/index.js';
import { JSON_SCHEMA_VERSION } from '../reporters/json.js';
import { UsageError } from '../engine/usage-error.js';
import { useColor, type Io } from './io.js';
import { writeOutputFile } from './output-file.js';
import { VERSION } from './version.js';

export interface MergeCommandOptions {
  format: string;
  outputFile?: string;
  color?: boolean;
}

/** A finding as `--format json` writes it. */
interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start?: number;
  end?: number;
  channel: Channel;
  role?: Finding['role'] | null;
  text: string;
  suggestion?: string | null;
  fix?: { range: [number, number]; text: string } | null;
  fatal?: boolean;
  data?: Record<string, unknown>;
}

export interface JsonReport {
  schemaVersion: number;
  files: { path: string; channel: Channel | null; findings: JsonFinding[] }[];
  campaigns: CampaignReport[];
}

/** The report's shape, as far as merging relies on it; campaigns pass through as they are. */
const REPORT_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'tool', 'files', 'campaigns'],
  properties: {
    tool: { type: 'object', required: ['name'], properties: { name: { const: 'brandlint' } } },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'channel', 'findings'],
        properties: {
          path: { type: 'string' },
          channel: { enum: [...CHANNELS, null] },
          findings: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'severity', 'message', 'path', 'line', 'column', 'endLine', 'endColumn', 'channel', 'text'],
              properties: {
                ruleId: { type: 'string' },
                severity: { enum: ['error', 'warning'] },
                message: { type: 'string' },
                path: { type: 'string' },
                line: { type: 'integer', minimum: 1 },
                column: { type: 'integer', minimum: 1 },
                endLine: { type: 'integer', minimum: 1 },
                endColumn: { type: 'integer', minimum: 1 },
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
                channel: { enum: [...CHANNELS] },
                role: { type: ['string', 'null'] },
                text: { type: 'string' },
                suggestion: { type: ['string', 'null'] },
                fix: {
                  oneOf: [
                    { type: 'null' },
                    {
                      type: 'object',
                      required: ['range', 'text'],
                      properties: { range: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2 }, text: { type: 'string' } },
                    },
                  ],
                },
                fatal: { type: 'boolean' },
                data: { type: 'object' },
              },
            },
          },
        },
      },
    },
    campaigns: { type: 'array', items: { type: 'object', required: ['id'] } },
  },
};

let validateReport: ReturnType<Ajv['compile']> | undefined;

export async function runMerge(patterns: string[], options: MergeCommandOptions, io: Io): Promise<number> {
  if (!FORMAT_NAMES.includes(options.format)) throw new UsageError(`--format: unknown format "${options.format}"; one of ${FORMAT_NAMES.join(', ')}.`);
  const reporter = await loadReporter(options.format);
  const names = await expandPatterns(patterns, io.cwd);
  const reports = names.map((name) => ({ name, report: parseReport(readReportText(name, io.cwd), name) }));
  for (const id of repeatedCampaigns(reports.map(({ report }) => report))) {
    io.stderr(`brandlint: campaign "${id}" is in several reports (was it split across shards?); each part is kept as it is.\n`);
  }
  const run = await withSources(mergeReports(reports), io.cwd);
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

/** Parses and checks one report; anything but a brandlint JSON report of schema version 1 is a usage error. */
export function parseReport(text: string, name: string): JsonReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not a brandlint JSON report: it is not JSON (${(error as Error).message}).`);
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== JSON_SCHEMA_VERSION) {
    throw new UsageError(`${name} is a brandlint JSON report of schema version ${version}; this brandlint merges version ${JSON_SCHEMA_VERSION}.`);
  }
  validateReport ??= new Ajv({ allErrors: false }).compile(REPORT_SCHEMA);
  if (!validateReport(value)) {
    throw new UsageError(`${name} is not a brandlint JSON report (as written by --format json): ${describeError(validateReport.errors![0])}.`);
  }
  return value as JsonReport;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath.slice(1).replace(/\//g, '.');
  return `${where} ${error.message}`;
}

function repeatedCampaigns(reports: readonly JsonReport[]): string[] {
  const ids = reports.flatMap((report) => report.campaigns.map((campaign) => campaign.id));
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/**
 * Parsed reports back into one run: files sorted by path as a single run
 * sorts them, campaigns in report order, no sources (see withSources).
 */
export function mergeReports(reports: readonly { name: string; report: JsonReport }[]): LintRun {
  const seen = new Map<string, string>();
  const results: FileResult[] = [];
  for (const { name, report } of reports) {
    for (const file of report.files) {
      const earlier = seen.get(file.path);
      if (earlier !== undefined) throw new UsageError(`${file.path} is in both ${earlier} and ${name}; merge reports of different shards.`);
      seen.set(file.path, name);
      results.push(fileResult(file.path, file.channel ?? undefined, file.findings.map(toFinding)));
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    results,
    campaigns: reports.flatMap(({ report }) => report.campaigns),
    timing: {},
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

function fileResult(path: string, channel: Channel | undefined, findings: Finding[], source = ''): FileResult {
  return { ...summarise(path, undefined, findings), channel, source };
}

/** Reports written before findings carried `start`/`end` fall back to the fix's range, else the file start. */
function toFinding(entry: JsonFinding): Finding {
  const [fallbackStart, fallbackEnd] = entry.fix?.range ?? [0, 0];
  return {
    ruleId: entry.ruleId,
    severity: entry.severity,
    message: entry.message,
    path: entry.path,
    line: entry.line,
    column: entry.column,
    endLine: entry.endLine,
    endColumn: entry.endColumn,
    start: entry.start ?? fallbackStart,
    end: entry.end ?? fallbackEnd,
    channel: entry.channel,
    ...(entry.role ? { role: entry.role } : {}),
    text: entry.text,
    ...(typeof entry.suggestion === 'string' ? { suggestion: entry.suggestion } : {}),
    ...(entry.fix ? { fix: { start: entry.fix.range[0], end: entry.fix.range[1], text: entry.fix.text } } : {}),
    ...(entry.data ? { data: entry.data } : {}),
    ...(entry.fatal ? { fatal: true } : {}),
  };
}

/** Adds the source of each file with findings, for code frames. */
export async function withSources(run: LintRun, cwd: string): Promise<LintRun> {
  const results = await Promise.all(
    run.results.map(async (result) => {
      const source = result.findings.some((finding) => !finding.fatal) ? await currentSource(result, cwd) : '';
      return source === '' ? result : fileResult(result.path, result.channel, result.findings, source);
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

/**
 * Reading back what `--format json` wrote (see json.ts): a report checked
 * against the shape merging relies on, and several reports — the shards of
 * one run — as one run. Anything but a brandlint JSON report of the schema
 * version written here is a usage error.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { CHANNELS, type Channel } from '../documents/types.js';
import type { CampaignReport } from '../drift/report.js';
import type { ProgrammeReport } from '../programme/types.js';
import { summarise, type FileResult, type LintRun } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { UsageError } from '../engine/usage-error.js';
import { JSON_SCHEMA_VERSION } from './json.js';

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
  fixRefused?: string;
  fatal?: boolean;
  data?: Record<string, unknown>;
}

export interface JsonReport {
  schemaVersion: number;
  files: { path: string; channel: Channel | null; findings: JsonFinding[] }[];
  campaigns: CampaignReport[];
  /** Absent in reports written before it, null when no programme rule was on. */
  programme?: ProgrammeReport | null;
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
                fixRefused: { type: 'string' },
                fatal: { type: 'boolean' },
                data: { type: 'object' },
              },
            },
          },
        },
      },
    },
    campaigns: { type: 'array', items: { type: 'object', required: ['id'] } },
    programme: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['campaigns'],
          properties: { campaigns: { type: 'array', items: { type: 'object', required: ['id', 'deliverables', 'offers'] } } },
        },
      ],
    },
  },
};

let validateReport: ReturnType<Ajv['compile']> | undefined;

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
    const [error] = validateReport.errors ?? [];
    throw new UsageError(`${name} is not a brandlint JSON report (as written by --format json)${error ? `: ${describeError(error)}` : ''}.`);
  }
  return value as JsonReport;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath.slice(1).replace(/\//g, '.');
  return `${where} ${error.message}`;
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

function fileResult(path: string, channel: Channel | undefined, findings: Finding[]): FileResult {
  return { ...summarise(path, undefined, findings), channel };
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
    ...(entry.fixRefused ? { fixRefused: entry.fixRefused } : {}),
    ...(entry.data ? { data: entry.data } : {}),
    ...(entry.fatal ? { fatal: true } : {}),
  };
}

/**
 * Machine-readable results. The shape is versioned (`schemaVersion`) and
 * documented in the README; fields are only ever added within a version
 * (`start`/`end` of a finding came later in version 1, so `brandlint merge`
 * can rebuild complete findings: older reports lack them; `programme` came
 * later too).
 */
import type { FileResult } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import type { Reporter } from './types.js';

export const JSON_SCHEMA_VERSION = 1;

export const json: Reporter = (run, options) =>
  `${JSON.stringify(
    {
      schemaVersion: JSON_SCHEMA_VERSION,
      tool: { name: 'brandlint', version: options.version },
      summary: {
        files: run.results.length,
        errors: run.errorCount,
        warnings: run.warningCount,
        fixable: run.results.reduce((sum, result) => sum + result.fixableCount, 0),
      },
      files: run.results.map(fileEntry),
      campaigns: run.campaigns,
      programme: run.programme ?? null,
    },
    null,
    2,
  )}\n`;

function fileEntry(result: FileResult) {
  return {
    path: result.path,
    channel: result.channel ?? null,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fixableCount: result.fixableCount,
    findings: result.findings.map(findingEntry),
  };
}

export function findingEntry(finding: Finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    start: finding.start,
    end: finding.end,
    channel: finding.channel,
    role: finding.role ?? null,
    text: finding.text,
    suggestion: finding.suggestion ?? null,
    fix: finding.fix ? { range: [finding.fix.start, finding.fix.end], text: finding.fix.text } : null,
    ...(finding.fixRefused ? { fixRefused: finding.fixRefused } : {}),
    ...(finding.fatal ? { fatal: true } : {}),
    ...(finding.data ? { data: finding.data } : {}),
  };
}

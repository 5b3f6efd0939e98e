/**
 * The order everything appears in, so that the same run gives the same
 * bytes whatever order the engine (or merged shards) produced.
 */
import type { CampaignReport } from '../../drift/report.js';
import type { FileResult } from '../../engine/run.js';
import type { Finding } from '../../engine/types.js';

/** Code-unit order: the same on every machine, unlike a locale's collation. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Files by path, each with its findings by position. */
export function sortedResults(results: readonly FileResult[]): FileResult[] {
  return [...results].sort((a, b) => compareStrings(a.path, b.path)).map((result) => ({ ...result, findings: [...result.findings].sort(compareFindings) }));
}

export function sortedCampaigns(campaigns: readonly CampaignReport[]): CampaignReport[] {
  return [...campaigns].sort((a, b) => compareStrings(a.id, b.id));
}

function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}

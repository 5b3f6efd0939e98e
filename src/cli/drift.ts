/**
 * `brandlint drift [paths…]`: the cross-channel view of campaigns — per
 * campaign, the matrix of facts, pillars and CTA by deliverable, and the
 * one-message scores — and `extract --facts`, the facts of one file.
 *
 * Exit code 1 when a drift rule reports an error, so CI can gate on it;
 * 2 when a rule failed (see engine/rule-failures).
 */
import { printable } from '../reporters/printable.js';
import type { Channel } from '../documents/types.js';
import { formatDriftMatrix } from '../reporters/drift/terminal.js';
import type { CampaignReport } from '../drift/report.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import { ruleErrors } from '../engine/rule-failures.js';
import { lintFiles } from '../engine/run.js';
import { loadRule, RULE_CATALOG } from '../../rules/registry.js';
import { campaignYear } from '../drift/truth.js';
import type { DocumentData } from '../engine/document-data.js';
import type { Finding } from '../engine/types.js';
import type { Fact } from '../facts/types.js';
import { findingEntry, JSON_SCHEMA_VERSION } from '../reporters/json.js';
import { VERSION } from './version.js';
import { loadKitForCli } from './kit.js';
import { useColor, type Io } from './io.js';
import { writeOutputFile } from './output-file.js';

export interface DriftCommandOptions {
  config?: string;
  channel?: Channel;
  format: 'text' | 'json';
  campaignBy: CampaignGrouping;
  outputFile?: string;
  color?: boolean;
}

export async function runDrift(paths: string[], options: DriftCommandOptions, io: Io): Promise<number> {
  const kit = await loadKitForCli(io, options.config);
  const run = await lintFiles({
    cwd: io.cwd,
    patterns: paths,
    kit,
    channel: options.channel,
    campaignBy: options.campaignBy,
    rules: await Promise.all(RULE_CATALOG.filter((entry) => entry.checksCampaigns).map((entry) => loadRule(entry.meta.id))),
  });
  for (const result of run.results) {
    for (const finding of result.findings) if (finding.fatal) io.stderr(`brandlint: ${result.path}: ${finding.message}\n`);
  }
  const findings = run.results.flatMap((result) => result.findings.filter((finding) => !finding.fatal));
  const output =
    options.format === 'json'
      ? driftJson(run.campaigns, findings)
      : formatDriftMatrix(run.campaigns, { color: useColor(io, options.color, Boolean(options.outputFile)) });
  if (options.outputFile) writeOutputFile(io, options.outputFile, output);
  else io.stdout(output);
  if (ruleErrors(run.results.flatMap((result) => result.findings)).length > 0) return 2;
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

function driftJson(campaigns: CampaignReport[], findings: Finding[]): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'brandlint', version: VERSION }, campaigns, findings: findings.map(findingEntry) }, null, 2)}\n`;
}

/** The facts of one document, dates read in the year of the first campaign it belongs to. */
export function documentFacts(data: DocumentData): Fact[] {
  const [campaign] = data.campaigns;
  return data.facts(campaignYear(campaign));
}

/** The facts of one document, one per line, for `brandlint extract --facts FILE`. */
export function formatFacts({ document, lines }: DocumentData, facts: readonly Fact[]): string {
  const rows = facts.map((fact) => {
    const from = lines.position(fact.start);
    const to = lines.position(fact.end);
    const where = `${from.line}:${from.column}-${to.line}:${to.column}`;
    return `  ${fact.kind.padEnd(9)} ${where.padEnd(17)} ${fact.value.padEnd(28)} ${JSON.stringify(fact.text)}`;
  });
  const output = [`${document.path}  channel: ${document.channel}, ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}`, ...rows];
  return `${output.map(printable).join('\n')}\n`;
}

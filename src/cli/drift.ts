/**
 * `brandlint drift [paths…]`: the cross-channel view of campaigns — per
 * campaign, the matrix of facts, pillars and CTA by deliverable, and the
 * one-message scores; then the programme: the campaigns on a timeline, their
 * offers side by side, the conflicts and the contact pressure.
 *
 * Exit code 1 when a drift or programme rule reports an error, so CI can
 * gate on it; 2 when a rule failed (see engine/rule-failures).
 */
import type { Channel } from '../documents/types.js';
import { driftJson } from '../reporters/drift/json.js';
import { formatDriftMatrix } from '../reporters/drift/terminal.js';
import { formatProgramme } from '../reporters/programme/terminal.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import { ruleErrors } from '../engine/rule-failures.js';
import { lintFiles } from '../engine/run.js';
import { loadRule, RULE_CATALOG } from '../../rules/registry.js';
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
    rules: await Promise.all(RULE_CATALOG.filter((entry) => entry.checksCampaigns || entry.checksProgramme).map((entry) => loadRule(entry.meta.id))),
  });
  for (const result of run.results) {
    for (const finding of result.findings) if (finding.fatal) io.stderr(`brandlint: ${result.path}: ${finding.message}\n`);
  }
  const findings = run.results.flatMap((result) => result.findings.filter((finding) => !finding.fatal));
  const color = useColor(io, options.color, Boolean(options.outputFile));
  const output =
    options.format === 'json'
      ? driftJson(run, findings, VERSION)
      : formatDriftMatrix(run.campaigns, { color }) + (run.programme && run.campaigns.length > 1 ? `\n${formatProgramme(run.programme, kit, { color })}` : '');
  if (options.outputFile) writeOutputFile(io, options.outputFile, output);
  else io.stdout(output);
  if (ruleErrors(run.results.flatMap((result) => result.findings)).length > 0) return 2;
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

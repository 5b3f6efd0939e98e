/**
 * `brandlint [lint] [paths…]`: the default command.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from '../config/types.js';
import type { Channel } from '../documents/types.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import { lintFiles, type LintRun } from '../engine/run.js';
import { REPORTERS } from '../reporters/index.js';
import { plural } from '../reporters/stylish.js';
import { findRule } from '../../rules/index.js';
import { loadKitForCli } from './kit.js';
import { UsageError, useColor, type Io } from './io.js';
import { VERSION } from './version.js';

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
}

export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const ruleOverrides = parseRuleOverrides(options.rule);
  if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (options.stdin && paths.length > 0) throw new UsageError('Give either --stdin or paths, not both.');
  const kit = await loadKitForCli(io, options.config);
  const stdin = options.stdin ? { text: await io.readStdin(), filename: options.stdinFilename ?? 'stdin.md' } : undefined;
  const showProgress = io.stderrIsTty && options.format === 'stylish' && !options.outputFile;
  let run = await lintFiles({
    cwd: io.cwd,
    patterns: paths,
    kit,
    channel: options.channel,
    ruleOverrides,
    stdin,
    reportUnusedDisable: options.reportUnusedDisable,
    campaignBy: options.campaignBy,
    onFile: showProgress ? (done, total) => total > 20 && io.stderr(`\rbrandlint: ${done}/${total} files${done === total ? '\r\x1b[K' : ''}`) : undefined,
  });
  if (options.quiet) run = onlyErrors(run);
  const reporter = REPORTERS[options.format];
  const output = reporter(run, { cwd: io.cwd, color: useColor(io, options.color, Boolean(options.outputFile)), quiet: Boolean(options.quiet), version: VERSION });
  if (options.outputFile) writeFileSync(resolve(io.cwd, options.outputFile), output);
  else io.stdout(output);
  if (options.timing) io.stderr(timingTable(run.timing));
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
    const match = /^([\w-]+\/[\w-]+)\s*[:=]\s*(error|warn|off)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule takes id:severity, e.g. "tone/emoji:off" (severity error, warn or off); got "${value}".`);
    if (!findRule(match[1])) throw new UsageError(`--rule: unknown rule "${match[1]}"; \`brandlint rules\` lists them.`);
    overrides[match[1]] = match[2] as Severity;
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
  return `\n${'Rule'.padEnd(32)} | ${'Time (ms)'.padStart(10)} | ${'Share'.padStart(7)}\n${'-'.repeat(32)}-|-${'-'.repeat(10)}-|-${'-'.repeat(7)}\n${lines.join('\n')}\n`;
}

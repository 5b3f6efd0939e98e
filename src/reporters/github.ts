/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation
 * per finding, which GitHub shows on the changed lines of a pull request,
 * and one `::notice` per campaign with its one-message score. Paths are
 * relative to the working folder, so run brandlint from the repository root.
 *
 * GitHub shows at most 10 error and 10 warning annotations per step, so
 * every error comes before the first warning (each in file order).
 *
 * Escaping follows the runner: in the message `%`, CR and LF are
 * percent-encoded; in properties also `:` and `,`.
 */
import type { CampaignReport } from '../drift/report.js';
import type { Finding } from '../engine/types.js';
import { allFindings } from './tally.js';
import type { Reporter } from './types.js';

export const github: Reporter = (run) => {
  const findings = allFindings(run);
  const bySeverity = [...findings.filter((finding) => finding.severity === 'error'), ...findings.filter((finding) => finding.severity !== 'error')];
  const lines = [...bySeverity.map(annotation), ...run.campaigns.map(campaignNotice)];
  return lines.map((line) => `${line}\n`).join('');
};

function annotation(finding: Finding): string {
  return command(finding.severity, finding.message, {
    file: finding.path,
    line: finding.line,
    col: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    title: finding.ruleId,
  });
}

function campaignNotice(campaign: CampaignReport): string {
  const name = campaign.name ? `${campaign.name} (${campaign.id})` : campaign.id;
  const deliverables = campaign.deliverables.map((deliverable) => `${deliverable.name} ${deliverable.score}`).join(', ');
  return command('notice', `One-message score ${campaign.score}/100${deliverables ? `; deliverables: ${deliverables}` : ''}`, {
    title: `brandlint campaign ${name}`,
  });
}

function command(name: string, message: string, properties: Record<string, string | number>): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A pull-request comment or job summary (`-o "$GITHUB_STEP_SUMMARY"`): a
 * headline with the counts, tables of findings per rule and per file, the
 * findings themselves (the first 200), and each campaign's one-message
 * score with its deliverables' scores. Text from the content is escaped, so
 * copy can neither break a table nor inject markup.
 */
import type { CampaignReport } from '../drift/report.js';
import type { LintRun } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { ruleInfo } from './rule-info.js';
import { plural } from './stylish.js';
import { allFindings, tallyBy, type Tally } from './tally.js';
import type { Reporter } from './types.js';

/** More rows than this make a comment hard to read (and GitHub caps comment size). */
export const MAX_FINDINGS_SHOWN = 200;

export const markdown: Reporter = (run) => {
  const findings = allFindings(run);
  const sections = [`## brandlint\n\n${headline(run)}`];
  if (findings.length > 0) {
    sections.push(
      countTable(
        'By rule',
        'Rule',
        tallyBy(findings, (finding) => finding.ruleId),
        ruleLink,
      ),
    );
    sections.push(
      countTable(
        'By file',
        'File',
        tallyBy(findings, (finding) => finding.path),
        escapeMarkdown,
      ),
    );
    sections.push(findingsSection(findings));
  }
  if (run.campaigns.length > 0) sections.push(campaignsSection(run.campaigns));
  return `${sections.join('\n\n')}\n`;
};

function headline(run: LintRun): string {
  const files = plural(run.results.length, 'file');
  if (run.errorCount + run.warningCount === 0) return `**No problems** in ${files}.`;
  const withFindings = run.results.filter((result) => result.findings.length > 0).length;
  const fixable = run.results.reduce((sum, result) => sum + result.fixableCount, 0);
  const fixHint = fixable > 0 ? ` ${plural(fixable, 'problem')} fixable with \`--fix\`.` : '';
  return `**${plural(run.errorCount, 'error')} and ${plural(run.warningCount, 'warning')}** in ${withFindings} of ${files}.${fixHint}`;
}

function countTable(title: string, heading: string, tallies: readonly Tally[], label: (key: string) => string): string {
  const rows = tallies.map((tally) => row([label(tally.key), String(tally.errors), String(tally.warnings)]));
  return [`### ${title}`, '', row([heading, 'Errors', 'Warnings']), row([':---', '---:', '---:']), ...rows].join('\n');
}

function findingsSection(findings: readonly Finding[]): string {
  const shown = findings
    .slice(0, MAX_FINDINGS_SHOWN)
    .map((finding) =>
      row([finding.severity, escapeMarkdown(`${finding.path}:${finding.line}:${finding.column}`), ruleLink(finding.ruleId), escapeMarkdown(finding.message)]),
    );
  const note =
    findings.length > MAX_FINDINGS_SHOWN
      ? [`\n_Showing the first ${MAX_FINDINGS_SHOWN} of ${findings.length} findings; \`--format json\` or \`sarif\` lists them all._`]
      : [];
  return ['### Findings', '', row(['Severity', 'Location', 'Rule', 'Message']), row([':---', ':---', ':---', ':---']), ...shown, ...note].join('\n');
}

function campaignsSection(campaigns: readonly CampaignReport[]): string {
  const rows = campaigns.map((campaign) => {
    const name = campaign.name ? `${campaign.name} (${campaign.id})` : campaign.id;
    const deliverables = campaign.deliverables.map((deliverable) => `${escapeMarkdown(deliverable.name)} ${deliverable.score}`).join(' · ');
    return row([escapeMarkdown(name), String(campaign.score), deliverables]);
  });
  return ['### Campaigns', '', row(['Campaign', 'One-message score', 'Deliverables']), row([':---', '---:', ':---']), ...rows].join('\n');
}

function ruleLink(id: string): string {
  const { helpUri } = ruleInfo(id);
  return helpUri ? `[${escapeMarkdown(id)}](${helpUri})` : escapeMarkdown(id);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Content as literal text in a table cell: line breaks become spaces, HTML
 * specials become entities, and characters that start Markdown syntax
 * (emphasis, code, links, strikethrough, math, table pipes) are backslashed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&');
}

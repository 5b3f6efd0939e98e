/**
 * A pull-request comment or job summary (`-o "$GITHUB_STEP_SUMMARY"`): a
 * headline with the counts, findings per rule, each campaign's one-message
 * score with its deliverables and drift matrix, the findings themselves
 * (the first 200), and findings per file. The whole stays within the
 * 65,536 characters GitHub takes in a comment: a table that would not fit
 * ends with a line saying how many rows it leaves out. Text from the
 * content is escaped, so copy can neither break a table nor inject markup.
 */
import { CELL_MARKS, expectedBasis, expectedValue, LEGEND_STATUSES, shownValues } from './drift/wording.js';
import type { CampaignReport, MatrixRow } from '../drift/report.js';
import type { LintRun } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { ruleInfo } from './rule-info.js';
import { plural } from './stylish.js';
import { allFindings, tallyBy, type Tally } from './tally.js';
import type { Reporter } from './types.js';

/** More rows than this make a comment hard to read. */
export const MAX_FINDINGS_SHOWN = 200;
/** The most characters GitHub accepts in a pull-request comment. */
export const MAX_LENGTH = 65_536;
/** Room kept for each section still to come: its heading, table head and a "more" line. */
const SECTION_RESERVE = 400;

export const markdown: Reporter = (run) => {
  const findings = allFindings(run);
  const output = new BoundedMarkdown(MAX_LENGTH);
  const sections: ((output: BoundedMarkdown) => void)[] = [];
  if (findings.length > 0)
    sections.push((out) =>
      countTable(
        out,
        'By rule',
        'Rule',
        tallyBy(findings, (finding) => finding.ruleId),
        ruleLink,
      ),
    );
  for (const campaign of run.campaigns) sections.push((out) => campaignSection(out, campaign));
  if (findings.length > 0) {
    sections.push((out) => findingsTable(out, findings));
    sections.push((out) =>
      countTable(
        out,
        'By file',
        'File',
        tallyBy(findings, (finding) => finding.path),
        escapeMarkdown,
      ),
    );
  }
  output.reserveFor(sections.length);
  output.block(`## brandlint\n\n${headline(run)}`);
  sections.forEach((section, index) => {
    output.reserveFor(sections.length - index - 1);
    section(output);
  });
  return output.toString();
};

/** Markdown built block by block within a length, keeping room for the sections still to come. */
class BoundedMarkdown {
  private readonly parts: string[] = [];
  private used = 0;
  private reserve = 0;

  constructor(private readonly limit: number) {}

  reserveFor(sectionsLeft: number): void {
    this.reserve = sectionsLeft * SECTION_RESERVE;
  }

  /** Adds a block (blocks are separated by a blank line) when it fits. */
  block(text: string): void {
    const cost = text.length + (this.parts.length > 0 ? 2 : 0);
    if (this.used + cost + this.reserve + 1 > this.limit) return;
    this.parts.push(text);
    this.used += cost;
  }

  /** A table with as many of `rows` as fit, then a line saying how many of `total` it leaves out. */
  table(head: string, rows: readonly string[], more: (count: number) => string, total = rows.length): void {
    // room for the longest "more" line, so that it always fits after the rows
    const room = this.limit - this.used - this.reserve - 1 - more(total).length - 4;
    const lines = [head];
    let length = head.length;
    for (const row of rows) {
      if (length + 1 + row.length > room) break;
      lines.push(row);
      length += 1 + row.length;
    }
    const left = total - (lines.length - 1);
    this.block(left > 0 ? `${lines.join('\n')}\n\n${more(left)}` : lines.join('\n'));
  }

  toString(): string {
    return `${this.parts.join('\n\n')}\n`;
  }
}

function headline(run: LintRun): string {
  const files = plural(run.results.length, 'file');
  if (run.errorCount + run.warningCount === 0) return `**No problems** in ${files}.`;
  const withFindings = run.results.filter((result) => result.findings.length > 0).length;
  const fixable = run.results.reduce((sum, result) => sum + result.fixableCount, 0);
  const fixHint = fixable > 0 ? ` ${plural(fixable, 'problem')} fixable with \`--fix\`.` : '';
  return `**${plural(run.errorCount, 'error')} and ${plural(run.warningCount, 'warning')}** in ${withFindings} of ${files}.${fixHint}`;
}

function countTable(output: BoundedMarkdown, title: string, heading: string, tallies: readonly Tally[], label: (key: string) => string): void {
  output.table(
    [`### ${title}`, '', row([heading, 'Errors', 'Warnings']), row([':---', '---:', '---:'])].join('\n'),
    tallies.map((tally) => row([label(tally.key), String(tally.errors), String(tally.warnings)])),
    (count) => `_${andMore(count, heading.toLowerCase())}._`,
  );
}

function findingsTable(output: BoundedMarkdown, findings: readonly Finding[]): void {
  const rows = findings.map((finding) =>
    row([finding.severity, escapeMarkdown(`${finding.path}:${finding.line}:${finding.column}`), ruleLink(finding.ruleId), escapeMarkdown(finding.message)]),
  );
  output.table(
    ['### Findings', '', row(['Severity', 'Location', 'Rule', 'Message']), row([':---', ':---', ':---', ':---'])].join('\n'),
    rows.slice(0, MAX_FINDINGS_SHOWN),
    (count) => `_${andMore(count, 'finding')}; \`--format json\` or \`sarif\` lists them all._`,
    rows.length,
  );
}

/** A campaign's score, its deliverables with theirs, and its drift matrix: a row per fact, product and pillar, a column per deliverable. */
function campaignSection(output: BoundedMarkdown, campaign: CampaignReport): void {
  const name = campaign.name ? `${escapeMarkdown(campaign.name)} (${escapeMarkdown(campaign.id)})` : escapeMarkdown(campaign.id);
  const source = campaign.declared ? '' : '\n\n_Not declared in the kit, so there is no source of truth: deliverables are compared with one another._';
  output.table(
    [
      `### Campaign ${name}: one-message score ${campaign.score}/100${source}`,
      '',
      row(['#', 'Deliverable', 'Channel', 'Score']),
      row(['---:', ':---', ':---', '---:']),
    ].join('\n'),
    campaign.deliverables.map((deliverable, index) =>
      row([String(index + 1), escapeMarkdown(deliverable.name), deliverable.channel, String(deliverable.score)]),
    ),
    (count) => `_${andMore(count, 'deliverable')}._`,
  );
  if (campaign.rows.length === 0) return;
  const columns = campaign.deliverables.map((_, index) => String(index + 1));
  output.table(
    [`**Drift matrix** of ${name}`, '', row(['Row', 'Expected', ...columns]), row([':---', ':---', ...columns.map(() => ':---:')])].join('\n'),
    campaign.rows.map((matrixRow) => matrixLine(campaign, matrixRow)),
    (count) => `_${andMore(count, 'row')}; \`brandlint drift\` shows the whole matrix._`,
  );
  output.block(`<sub>${LEGEND_STATUSES.map((status) => `${CELL_MARKS[status].mark} ${CELL_MARKS[status].meaning}`).join(' · ')}</sub>`);
}

function matrixLine(campaign: CampaignReport, matrixRow: MatrixRow): string {
  const value = expectedValue(matrixRow);
  const expected = value === undefined ? `_${expectedBasis(matrixRow)}_` : `${escapeMarkdown(value)} (${expectedBasis(matrixRow)})`;
  const label = `${escapeMarkdown(matrixRow.label)}${matrixRow.weight > 1 ? ` ×${matrixRow.weight}` : ''}`;
  const cells = campaign.deliverables.map((deliverable) => {
    const cell = matrixRow.cells.find((candidate) => candidate.deliverable === deliverable.name);
    if (!cell) return CELL_MARKS.none.mark;
    const values = shownValues(matrixRow, cell);
    return values ? `${CELL_MARKS[cell.status].mark} ${escapeMarkdown(values)}` : CELL_MARKS[cell.status].mark;
  });
  return row([label, expected, ...cells]);
}

function andMore(count: number, word: string): string {
  return `… and ${count} more ${word}${count === 1 ? '' : 's'}`;
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

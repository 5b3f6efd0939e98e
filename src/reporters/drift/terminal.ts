/**
 * The drift matrix in the terminal, within 100 columns: per campaign, the
 * numbered deliverables with their scores, then one line per row — what the
 * campaign expects and a mark per deliverable — then what drifts, where.
 * Marks: ✓ agrees, ✗ contradicts (or stands in an even split), – missing,
 * · not expected and not stated.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { fit } from '../fit.js';
import { printable } from '../printable.js';
import { CELL_MARKS, expectedBasis, expectedValue, LEGEND_STATUSES } from './wording.js';
import type { CampaignReport, MatrixRow } from '../../drift/report.js';

export interface MatrixFormatOptions {
  color: boolean;
}

const WIDTH = 100;
const LABEL_WIDTH = 22;
const EXPECTED_WIDTH = 30;
const MARK_WIDTH = 3;
const NAME_WIDTH = 60;
/** Deliverable columns per block; more deliverables wrap into further blocks. */
const COLUMNS_PER_BLOCK = Math.floor((WIDTH - LABEL_WIDTH - EXPECTED_WIDTH - 2) / MARK_WIDTH);

export function formatDriftMatrix(reports: readonly CampaignReport[], options: MatrixFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  if (reports.length === 0) return 'No campaigns found: name them in the kit (campaigns:), in front matter (campaign:), or use --campaign-by folder.\n';
  const legend = LEGEND_STATUSES.map((status) => `${CELL_MARKS[status].mark} ${CELL_MARKS[status].meaning}`).join('  ');
  return `${reports.map((report) => formatCampaign(report, chalk)).join('\n')}\n${chalk.dim(legend)}\n`;
}

function formatCampaign(report: CampaignReport, chalk: ChalkInstance): string {
  const title = printable(report.name ? `${report.id} — ${report.name}` : report.id);
  const lines = [
    `${chalk.bold(`Campaign ${title}`)}  one-message score ${scoreText(report.score, chalk)}/100${report.declared ? '' : chalk.dim('  (not declared in the kit: no source of truth)')}`,
    '',
  ];
  report.deliverables.forEach((deliverable, index) => {
    lines.push(
      `  ${String(index + 1).padStart(2)}  ${fit(deliverable.name, NAME_WIDTH).padEnd(NAME_WIDTH)}  ${deliverable.channel.padEnd(7)} ${scoreText(deliverable.score, chalk, 3)}`,
    );
  });
  for (let first = 0; first < report.deliverables.length; first += COLUMNS_PER_BLOCK) {
    const count = Math.min(COLUMNS_PER_BLOCK, report.deliverables.length - first);
    const numbers = Array.from({ length: count }, (_, offset) => String(first + offset + 1).padStart(MARK_WIDTH)).join('');
    lines.push('', `  ${''.padEnd(LABEL_WIDTH)}${chalk.dim('expected'.padEnd(EXPECTED_WIDTH))}${chalk.dim(numbers)}`);
    for (const row of report.rows)
      lines.push(
        `  ${fit(row.label, LABEL_WIDTH - 1).padEnd(LABEL_WIDTH)}${fit(expectedText(row), EXPECTED_WIDTH - 1).padEnd(EXPECTED_WIDTH)}${marks(row, first, count, chalk)}`,
      );
  }
  const drift = driftLines(report);
  if (drift.length > 0) lines.push('', ...drift.map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

function expectedText(row: MatrixRow): string {
  const value = expectedValue(row);
  return value === undefined ? expectedBasis(row) : `${value} (${expectedBasis(row)})`;
}

function marks(row: MatrixRow, first: number, count: number, chalk: ChalkInstance): string {
  return row.cells
    .slice(first, first + count)
    .map((cell) => {
      const mark = CELL_MARKS[cell.status].mark.padStart(MARK_WIDTH);
      return cell.status === 'agree'
        ? chalk.green(mark)
        : cell.status === 'outlier' || cell.status === 'conflict'
          ? chalk.red(mark)
          : cell.status === 'missing'
            ? chalk.yellow(mark)
            : chalk.dim(mark);
    })
    .join('');
}

/** One line per contradicting fact, and one per row listing the deliverables it is missing from. */
function driftLines(report: CampaignReport): string[] {
  const number = new Map(report.deliverables.map((deliverable, index) => [deliverable.name, index + 1]));
  const lines: string[] = [];
  for (const row of report.rows) {
    for (const cell of row.cells) {
      if (cell.status !== 'outlier' && cell.status !== 'conflict') continue;
      const against = cell.status === 'conflict' ? 'the campaign is split' : `expected ${row.expected}`;
      for (const location of cell.offending)
        lines.push(printable(`✗ ${row.label}: ${location.path}:${location.line}:${location.column} says "${location.text}"; ${against}`));
    }
    const missing = row.cells.filter((cell) => cell.status === 'missing').map((cell) => number.get(cell.deliverable));
    if (missing.length > 0) lines.push(printable(`– ${row.label}: missing in ${missing.join(', ')}`));
  }
  return lines;
}

function scoreText(score: number, chalk: ChalkInstance, width = 0): string {
  const text = String(score).padStart(width);
  return score >= 90 ? chalk.green(text) : score >= 70 ? chalk.yellow(text) : chalk.red(text);
}

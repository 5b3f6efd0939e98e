/**
 * How every view of the drift matrix words it — the terminal, Markdown and
 * HTML say the same: the marks and their meaning, where a row's expected
 * value comes from, and what a cell spells out.
 */
import type { CellStatus } from '../../drift/evaluate.js';
import type { MatrixCell, MatrixRow } from '../../drift/report.js';

export const CELL_MARKS: Readonly<Record<CellStatus, { mark: string; meaning: string }>> = {
  agree: { mark: '✓', meaning: 'agrees' },
  outlier: { mark: '✗', meaning: 'contradicts' },
  conflict: { mark: '✗', meaning: 'split' },
  missing: { mark: '–', meaning: 'missing' },
  none: { mark: '·', meaning: 'not expected' },
};

/** The legend's statuses: a conflict looks like a contradiction. */
export const LEGEND_STATUSES = ['agree', 'outlier', 'missing', 'none'] as const;

/** Where the expected value comes from: the kit's truth, what most deliverables say, the only one that says it — or nowhere, in an even split. */
export type ExpectedBasis = 'kit' | 'most' | 'one' | 'split evenly';

export function expectedBasis(row: MatrixRow): ExpectedBasis {
  if (row.basis === 'conflict') return 'split evenly';
  if (row.basis === 'truth') return 'kit';
  return row.cells.filter((cell) => cell.values.length > 0).length === 1 ? 'one' : 'most';
}

/** Products and pillars are carried or not: their cells show a mark, not a value. */
export function isPresenceRow(row: MatrixRow): boolean {
  return row.kind === 'product' || row.kind === 'pillar';
}

/** The expected value as a view shows it ('carried' for products and pillars); absent in an even split. */
export function expectedValue(row: MatrixRow): string | undefined {
  if (row.basis === 'conflict') return undefined;
  return isPresenceRow(row) ? 'carried' : (row.expected ?? '');
}

/** What a cell spells out beside its mark: the values that differ from the expected one, as written. */
export function shownValues(row: MatrixRow, cell: MatrixCell): string {
  if (isPresenceRow(row)) return '';
  return cell.values.filter((value) => value !== row.expected).join(', ');
}

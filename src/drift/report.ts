/**
 * The one-message view of each campaign: the matrix of facts, products,
 * pillars and CTA by deliverable, and the one-message score. Plain data,
 * ready for JSON.
 *
 * The one-message score. Each row of the matrix (a fact kind, a product, a
 * pillar, the CTA) has a cell per deliverable. A cell counts when the
 * campaign expects the deliverable to state the row — the campaign's
 * `expect` for the deliverable's channel lists it; or, where `expect` does
 * not say, the kit's truth declares it or at least half of the campaign's
 * deliverables state it (links are not expected of call scripts; the
 * campaign hashtag only of social posts) — or when the deliverable states
 * it anyway. A counted cell
 * earns 1 when it agrees with the campaign (its truth, else the consensus
 * of its deliverables), 0.5 when the expected fact is missing, and 0 when it
 * contradicts the campaign or stands in an even split. Offer terms
 * (discount, price, promo code, start date, end date, trial) weigh 2, every
 * other row 1.
 *
 *   deliverable score = round(100 × Σ weight × credit ÷ Σ weight) over its counted cells
 *   campaign score    = the same sum over the counted cells of all its deliverables
 *
 * A deliverable (or campaign) with no counted cell scores 100.
 */
import type { Channel } from '../documents/types.js';
import type { CampaignGroup } from '../engine/types.js';
import type { FactKind } from '../facts/types.js';
import { positionIn, type CampaignDeliverable } from './deliverables.js';
import type { Cell, CellStatus, Row, RowBasis } from './evaluate.js';
import { displayValue } from './values.js';

export interface FactLocation {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  value: string;
}

export interface MatrixCell {
  deliverable: string;
  status: CellStatus;
  expected: boolean;
  /** The values the deliverable states for the row, as people read them. */
  values: string[];
  locations: FactLocation[];
  /** The stated facts that contradict the campaign (all of them in an even split). */
  offending: FactLocation[];
}

export interface MatrixRow {
  key: string;
  kind: FactKind;
  label: string;
  basis: RowBasis;
  /** The value the campaign expects, as people read it; absent in an even split. */
  expected: string | null;
  weight: number;
  cells: MatrixCell[];
}

export interface DeliverableSummary {
  name: string;
  path: string;
  channel: Channel;
  score: number;
  facts: (FactLocation & { kind: FactKind })[];
}

export interface CampaignReport {
  id: string;
  name: string | null;
  /** Whether the kit declares the campaign (and so may give it a source of truth). */
  declared: boolean;
  score: number;
  deliverables: DeliverableSummary[];
  rows: MatrixRow[];
}

const CREDIT: Readonly<Record<CellStatus, number>> = { agree: 1, missing: 0.5, outlier: 0, conflict: 0, none: 0 };

/** A campaign as the report reads it: its deliverables and the rows of its evaluation (see CampaignData). */
export interface EvaluatedCampaign {
  readonly group: CampaignGroup;
  readonly deliverables: CampaignDeliverable[];
  readonly rows: Row[];
}

export function campaignReport({ group, deliverables, rows }: EvaluatedCampaign): CampaignReport {
  const cellsOf = (deliverable: CampaignDeliverable): { row: Row; cell: Cell }[] =>
    rows.map((row) => ({ row, cell: row.cells.find((cell) => cell.deliverable === deliverable)! }));
  return {
    id: group.id,
    name: group.config?.name ?? null,
    declared: group.config !== undefined,
    score: score(deliverables.flatMap(cellsOf)),
    deliverables: deliverables.map((deliverable) => ({
      name: deliverable.name,
      path: deliverable.document.path,
      channel: deliverable.channel,
      score: score(cellsOf(deliverable)),
      facts: deliverable.facts.map((fact) => ({ kind: fact.kind, ...locate(deliverable, fact) })),
    })),
    rows: rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      label: row.label,
      basis: row.basis,
      expected: row.expected ? displayValue(row.kind, row.expected.value) : null,
      weight: row.weight,
      cells: row.cells.map((cell) => ({
        deliverable: cell.deliverable.name,
        status: cell.status,
        expected: cell.expected,
        values: [...new Set(cell.facts.map((fact) => displayValue(row.kind, fact.value)))],
        locations: cell.facts.map((fact) => locate(cell.deliverable, fact)),
        offending: cell.offending.map((fact) => locate(cell.deliverable, fact)),
      })),
    })),
  };
}

/** The one-message score of a set of cells (see the formula above). */
function score(cells: { row: Row; cell: Cell }[]): number {
  return scoreOf(cells.map(({ row, cell }) => ({ weight: row.weight, counted: cell.expected || cell.facts.length > 0, status: cell.status })));
}

/** The one-message score of several campaigns together (the programme): the same sum over the counted cells of all of them. */
export function programmeScore(reports: readonly CampaignReport[]): number {
  return scoreOf(
    reports.flatMap((report) =>
      report.rows.flatMap((row) => row.cells.map((cell) => ({ weight: row.weight, counted: cell.expected || cell.locations.length > 0, status: cell.status }))),
    ),
  );
}

function scoreOf(cells: readonly { weight: number; counted: boolean; status: CellStatus }[]): number {
  const counted = cells.filter((cell) => cell.counted);
  const total = counted.reduce((sum, cell) => sum + cell.weight, 0);
  if (total === 0) return 100;
  const earned = counted.reduce((sum, cell) => sum + cell.weight * CREDIT[cell.status], 0);
  return Math.round((100 * earned) / total);
}

function locate(deliverable: CampaignDeliverable, fact: { start: number; end: number; text: string; value: string }): FactLocation {
  const from = positionIn(deliverable, fact.start);
  const to = positionIn(deliverable, fact.end);
  return { path: deliverable.document.path, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: fact.text, value: fact.value };
}

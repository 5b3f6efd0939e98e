/**
 * The drift matrix of one campaign as a table — a row per fact, product and
 * pillar, a column per deliverable — and the list of what drifts, where.
 */
import { CELL_MARKS, expectedBasis, expectedValue, LEGEND_STATUSES, shownValues } from '../drift/wording.js';
import type { CampaignReport, FactLocation, MatrixCell, MatrixRow } from '../../drift/report.js';
import { html, type Html } from './escape.js';
import { shortName, type Anchors } from './links.js';

/** More deliverables than this make the matrix too wide for a portrait page: it prints on a landscape one. */
const PORTRAIT_COLUMNS = 8;

/**
 * Columns are headed by the deliverable's number in the scorecard above and
 * its channel — a file name would wrap letter by letter in a narrow column —
 * with the full name as a tooltip and for screen readers.
 */
export function matrixTable(report: CampaignReport): Html {
  if (report.rows.length === 0) return html`<p class="muted">No facts, products or pillars found in this campaign's deliverables.</p>`;
  return html`<div class="table-scroll"><table class="matrix${report.deliverables.length > PORTRAIT_COLUMNS ? ' matrix-wide' : ''}">
<caption>What each deliverable (numbered as in the scorecard) states, against what the campaign expects</caption>
<thead><tr><th scope="col">Row</th><th scope="col">Expected</th>${report.deliverables.map(
    (deliverable, index) =>
      html`<th scope="col" class="deliverable" title="${deliverable.name}"><span class="number">${index + 1}</span><span class="channel">${deliverable.channel}</span><span class="sr-only">${deliverable.name}</span></th>`,
  )}</tr></thead>
<tbody>
${report.rows.map((row) => matrixRow(report, row))}</tbody>
</table></div>
<p class="legend" aria-hidden="true">${LEGEND_STATUSES.map((status) => html`<span class="cell-${status}">${CELL_MARKS[status].mark}</span> ${CELL_MARKS[status].meaning} `)}</p>`;
}

/** Whether the campaign's matrix prints on a landscape page. */
export function isWideMatrix(report: CampaignReport): boolean {
  return report.deliverables.length > PORTRAIT_COLUMNS;
}

function matrixRow(report: CampaignReport, row: MatrixRow): Html {
  const cells = report.deliverables.map((deliverable) => row.cells.find((cell) => cell.deliverable === deliverable.name));
  return html`<tr><th scope="row">${row.label}${row.weight > 1 ? html` <span class="weight" title="Offer terms weigh double in the score">×${row.weight}</span>` : ''}</th><td class="expected">${expectedText(row)}</td>${cells.map((cell) => matrixCell(row, cell))}</tr>
`;
}

function expectedText(row: MatrixRow): Html {
  const value = expectedValue(row);
  if (value === undefined) return html`<span class="split">${expectedBasis(row)}</span>`;
  return html`${value} <span class="basis">${expectedBasis(row)}</span>`;
}

function matrixCell(row: MatrixRow, cell: MatrixCell | undefined): Html {
  const status = cell?.status ?? 'none';
  const { mark, meaning } = CELL_MARKS[status];
  const values = cell ? shownValues(row, cell) : '';
  const where = cell?.locations.map(locationText).join('; ');
  return html`<td class="cell cell-${status}"${where ? html` title="${where}"` : ''}><span class="mark" aria-hidden="true">${mark}</span><span class="sr-only">${meaning}</span>${values ? html` <span class="value">${values}</span>` : ''}</td>`;
}

/** One item per contradicting fact, one per row listing the deliverables it is missing from. */
export function driftList(report: CampaignReport, anchors: Anchors): Html {
  const number = new Map(report.deliverables.map((deliverable, index) => [deliverable.name, index + 1]));
  const items: Html[] = [];
  for (const row of report.rows) {
    for (const cell of row.cells) {
      if (cell.status !== 'outlier' && cell.status !== 'conflict') continue;
      const against = cell.status === 'conflict' ? html`the campaign is split` : html`expected <strong>${row.expected}</strong>`;
      for (const location of cell.offending) {
        items.push(
          html`<li class="drift-outlier"><span class="mark" aria-hidden="true">✗</span> <span class="row-label">${row.label}</span>: ${locationLink(location, anchors)} says <q>${location.text}</q>; ${against}</li>`,
        );
      }
    }
    const missing = row.cells
      .filter((cell) => cell.status === 'missing')
      .map((cell) => html`<span title="${cell.deliverable}">${number.get(cell.deliverable)} ${shortName(cell.deliverable)}</span>`);
    if (missing.length > 0)
      items.push(
        html`<li class="drift-missing"><span class="mark" aria-hidden="true">–</span> <span class="row-label">${row.label}</span>: missing in ${joinWithCommas(missing)}</li>`,
      );
  }
  if (items.length === 0) return html`<p class="all-agree">Every deliverable tells the same story.</p>`;
  return html`<ul class="drift-list">
${items.map(
  (item) => html`${item}
`,
)}</ul>`;
}

function locationText(location: FactLocation): string {
  return `${location.path}:${location.line}:${location.column} “${location.text}”`;
}

function locationLink(location: FactLocation, anchors: Anchors): Html {
  const text = `${location.path}:${location.line}:${location.column}`;
  const anchor = anchors.file(location.path);
  return anchor ? html`<a href="#${anchor}"><code>${text}</code></a>` : html`<code>${text}</code>`;
}

function joinWithCommas(parts: Html[]): Html[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [html`, `, part]));
}

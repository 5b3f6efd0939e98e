/**
 * One section per campaign — the one-message score of the campaign and of
 * each deliverable, findings by family and severity, the drift matrix — and
 * a section for the files that belong to no campaign.
 */
import type { CampaignReport } from '../../drift/report.js';
import type { FileResult } from '../../engine/run.js';
import { plural } from '../stylish.js';
import { html, type Html } from './escape.js';
import type { Anchors } from './links.js';
import { driftList, isWideMatrix, matrixTable } from './matrix.js';
import { countByFamily, countFindings } from './tally.js';

export function campaignTitle(report: CampaignReport): string {
  return report.name ?? report.id;
}

export function campaignSection(report: CampaignReport, index: number, results: readonly FileResult[], anchors: Anchors): Html {
  const paths = new Set(report.deliverables.map((deliverable) => deliverable.path));
  const files = results.filter((result) => paths.has(result.path));
  const id = anchors.campaign(index);
  return html`<section class="campaign" id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title"><span class="kicker">Campaign</span> ${campaignTitle(report)}${report.name ? html` <span class="campaign-id">${report.id}</span>` : ''}</h2>
${report.declared ? '' : html`<p class="note">Not declared in the kit, so there is no source of truth: deliverables are compared with one another.</p>`}
<div class="scorecard">
${scoreBadge(report.score, 'one-message score')}
${deliverableTable(report, anchors)}
${familyTable(files)}
</div>
<div class="matrix-block${isWideMatrix(report) ? ' matrix-block-wide' : ''}">
<h3>Drift matrix</h3>
${matrixTable(report)}
</div>
<div class="drift-block">
<h3>What drifts</h3>
${driftList(report, anchors)}
</div>
</section>
`;
}

export function noCampaignSection(results: readonly FileResult[], anchors: Anchors): Html {
  return html`<section class="campaign" id="no-campaign" aria-labelledby="no-campaign-title">
<h2 id="no-campaign-title">No campaign</h2>
<p class="note">These files belong to no campaign, so they have no one-message score.</p>
<div class="scorecard">
${familyTable(results)}
</div>
<div class="table-scroll"><table class="files">
<caption>Files</caption>
<thead><tr><th scope="col">File</th><th scope="col">Channel</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th></tr></thead>
<tbody>
${results.map(
  (result) => html`<tr><td>${fileLink(result.path, anchors)}</td><td>${result.channel ?? '—'}</td>${countCells(result.errorCount, result.warningCount)}</tr>
`,
)}</tbody>
</table></div>
</section>
`;
}

function scoreBadge(score: number, label: string): Html {
  return html`<div class="score score-${scoreBand(score)}"><div><span class="score-value">${score}</span><span class="score-max">/100</span></div><div class="score-label">${label}</div></div>`;
}

/** The bands the terminal matrix colours by. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
}

function familyTable(files: readonly FileResult[]): Html {
  const rows = countByFamily(files);
  const total = countFindings(files.flatMap((result) => result.findings));
  return html`<table class="families">
<caption>Findings by family in ${plural(files.length, 'file')}</caption>
<thead><tr><th scope="col">Family</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th></tr></thead>
<tbody>
${rows.map(
  ({ family, counts }) => html`<tr><th scope="row">${family}</th>${countCells(counts.errors, counts.warnings)}</tr>
`,
)}</tbody>
<tfoot><tr><th scope="row">Total</th>${countCells(total.errors, total.warnings)}</tr></tfoot>
</table>`;
}

function countCells(errors: number, warnings: number): Html {
  return html`<td class="num${errors > 0 ? ' has-errors' : ''}">${errors}</td><td class="num${warnings > 0 ? ' has-warnings' : ''}">${warnings}</td>`;
}

function deliverableTable(report: CampaignReport, anchors: Anchors): Html {
  return html`<table class="deliverables">
<caption>One-message score of each deliverable</caption>
<thead><tr><th scope="col" class="num">#</th><th scope="col">Deliverable</th><th scope="col">Channel</th><th scope="col" class="num">Score</th></tr></thead>
<tbody>
${report.deliverables.map(
  (
    deliverable,
    index,
  ) => html`<tr><td class="num">${index + 1}</td><td>${fileLink(deliverable.path, anchors, deliverable.name)}</td><td>${deliverable.channel}</td><td class="num"><span class="pill score-${scoreBand(deliverable.score)}">${deliverable.score}</span></td></tr>
`,
)}</tbody>
</table>`;
}

function fileLink(path: string, anchors: Anchors, text = path): Html {
  const anchor = anchors.file(path);
  return anchor ? html`<a href="#${anchor}" title="${text}">${text}</a>` : html`<span title="${text}">${text}</span>`;
}

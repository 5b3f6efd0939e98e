/**
 * The history in HTML: the trend — the one-message scores and the findings
 * by family at each commit as charts, with the same numbers as tables per
 * campaign and for the programme — and the messaging that changed after
 * launch. `brandlint history --format html` makes a page of it; the lint
 * report with --history adds it as a section. Like the lint report it
 * loads nothing and escapes everything that comes from the content or git.
 */
import { RULE_FAMILIES } from '../../engine/types.js';
import type { FamilyCounts, HistoryPoint, HistoryReport } from '../../history/types.js';
import { campaignsOf, changeSentence, headline } from '../../history/wording.js';
import { html, type Html } from './escape.js';
import { pageHead } from './page.js';
import { scoreBand } from './scorecard.js';
import { findingsChart, scoreChart } from './trend-chart.js';

const PROGRAMME_TABLE = 'history-programme-table';

export function historyPage(report: HistoryReport, version: string): string {
  const title = 'Brand consistency over time';
  const campaigns = campaignsOf(report.points).length;
  const commits = report.points.filter((point) => !point.start).length;
  return `<!DOCTYPE html>
${
  html`<html lang="en">
${pageHead(title, version)}
<body>
<header class="masthead"><div class="masthead-inner">
<span class="brand">brandlint history</span>
<h1>${title}</h1>
<ul class="totals">
<li><strong>${commits}</strong> ${commits === 1 ? 'commit' : 'commits'} that changed content${report.since !== null ? html` since <code>${report.since}</code>` : ''}</li>
<li><strong>${campaigns}</strong> ${campaigns === 1 ? 'campaign' : 'campaigns'}</li>
<li class="total-errors"><strong>${report.changes.length}</strong> ${report.changes.length === 1 ? 'change' : 'changes'} after launch</li>
</ul>
</div></header>
<main>
${historySections(report, 'h2')}
</main>
<footer><p>Every commit is judged by the same brand kit, today's. Made by brandlint ${version}.</p></footer>
</body>
</html>
`.markup
}`;
}

/** The history as a section of the lint report (--history). */
export function historyReportSection(report: HistoryReport): Html {
  return html`<section class="history-section" id="history" aria-labelledby="history-title">
<h2 id="history-title"><span class="kicker">Over time</span> History</h2>
${historySections(report, 'h3')}
</section>`;
}

export function historyLink(): Html {
  return html`<a href="#history">History</a>`;
}

/** The trend, the changes after launch and the tables; `level` is the heading level of the sections. */
export function historySections(report: HistoryReport, level: 'h2' | 'h3'): Html {
  if (report.points.length === 0) return html`<p class="note">${headline(report)}</p>`;
  const heading = (id: string, text: string): Html => (level === 'h2' ? html`<h2 id="${id}">${text}</h2>` : html`<h3 id="${id}">${text}</h3>`);
  const subheading = (text: string): Html => (level === 'h2' ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`);
  return html`<section aria-labelledby="trend-title">
${heading('trend-title', 'Trend')}
<p class="note">${headline(report)}.</p>
${subheading('One-message score')}
${scoreChart(report, PROGRAMME_TABLE)}
${subheading('Findings by family')}
${findingsChart(report, PROGRAMME_TABLE)}
</section>
<section aria-labelledby="changes-title">
${heading('changes-title', 'Messaging changed after launch')}
${changesList(report)}
</section>
<section aria-labelledby="programme-history-title">
${heading('programme-history-title', 'Programme at each commit')}
${programmeTable(report.points)}
</section>
${campaignsOf(report.points).map(([id, name]) => campaignTable(report.points, id, name, level))}`;
}

function changesList(report: HistoryReport): Html {
  if (report.changes.length === 0) return html`<p class="all-agree">Every campaign still says what it said when it launched.</p>`;
  return html`<ul class="changes">
${report.changes.map(
  (change) => html`<li>${changeSentence(change)}</li>
`,
)}</ul>`;
}

function programmeTable(points: readonly HistoryPoint[]): Html {
  return html`<div class="table-scroll"><table class="history" id="${PROGRAMME_TABLE}">
<caption>The programme at each commit: one-message score, findings by family, conflicting offers and contact pressure</caption>
<thead><tr><th scope="col">Commit</th><th scope="col">Date</th><th scope="col">Subject</th><th scope="col" class="num">Score</th>${familyHeads()}<th scope="col" class="num">Conflicts</th><th scope="col" class="num">Pressure</th></tr></thead>
<tbody>
${points.map(
  (point) =>
    html`<tr><td><code>${point.short}</code></td><td>${point.date.slice(0, 10)}</td><td>${point.start ? html`<span class="basis">start</span> ` : ''}${point.subject}</td>${scoreCell(point.programme.score)}${familyCells(point.programme.findings)}<td class="num">${point.programme.conflicts}</td><td class="num">${point.programme.pressure}</td></tr>
`,
)}</tbody>
</table></div>`;
}

function campaignTable(points: readonly HistoryPoint[], id: string, name: string | null, level: 'h2' | 'h3'): Html {
  const title = html`<span class="kicker">Campaign over time</span> ${name ?? id}${name ? html` <span class="campaign-id">${id}</span>` : ''}`;
  return html`<section aria-label="${id} over time">
${level === 'h2' ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
<div class="table-scroll"><table class="history">
<caption>The campaign at each commit: one-message score and findings by family</caption>
<thead><tr><th scope="col">Commit</th><th scope="col">Date</th><th scope="col" class="num">Score</th>${familyHeads()}</tr></thead>
<tbody>
${points.map((point) => {
  const campaign = point.campaigns.find((candidate) => candidate.id === id);
  return html`<tr><td><code>${point.short}</code></td><td>${point.date.slice(0, 10)}</td>${
    campaign
      ? html`${scoreCell(campaign.score)}${familyCells(campaign.findings)}`
      : html`<td colspan="${RULE_FAMILIES.length + 1}" class="muted">not yet, or no longer</td>`
  }</tr>
`;
})}</tbody>
</table></div>
</section>
`;
}

function familyHeads(): Html[] {
  return RULE_FAMILIES.map((family) => html`<th scope="col" class="num">${family}</th>`);
}

function familyCells(findings: FamilyCounts): Html[] {
  return RULE_FAMILIES.map((family) => {
    const { errors, warnings } = findings[family];
    return html`<td class="num${errors > 0 ? ' has-errors' : warnings > 0 ? ' has-warnings' : ''}" title="${errors} errors, ${warnings} warnings">${errors + warnings}</td>`;
  });
}

function scoreCell(score: number | null): Html {
  return score === null ? html`<td class="num muted">–</td>` : html`<td class="num"><span class="pill score-${scoreBand(score)}">${score}</span></td>`;
}

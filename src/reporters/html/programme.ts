/**
 * The programme section of the HTML report: every campaign on a timeline
 * (an inline SVG: their windows, inferred ones pale and dashed, and the days their
 * deliverables go out), their audiences and offers side by side, the
 * conflicting offers with both sides' places, and the contact pressure.
 * Styles come from PROGRAMME_STYLES (the page's one stylesheet); the SVG
 * uses presentation attributes only, which the page's CSP admits.
 */
import { periodText, channelCounts, dayText } from '../../programme/wording.js';
import { addDays, daysBetween, earliest, latest, shortDay, weekStart } from '../../programme/days.js';
import { OFFER_TERMS, type CampaignProfile, type ConflictSide, type OfferConflict, type ProgrammePlace, type ProgrammeReport } from '../../programme/types.js';
import { html, type Html } from './escape.js';
import type { Anchors } from './links.js';

const CHART = { width: 960, label: 200, row: 30, top: 28, bar: 14 };

export function programmeSection(report: ProgrammeReport, anchors: Anchors): Html {
  return html`<section class="programme" id="programme" aria-labelledby="programme-title">
<h2 id="programme-title"><span class="kicker">All campaigns</span> Programme</h2>
${report.complete ? '' : html`<p class="note">This report holds one shard: conflicts and contact pressure need every campaign and come from <code>brandlint merge</code>.</p>`}
<h3>Timeline</h3>
${timeline(report.campaigns)}
<h3>Offers side by side</h3>
${offersTable(report.campaigns)}
${
  report.complete
    ? html`<h3>Conflicting offers</h3>
${conflictList(report, anchors)}
<h3>Contact pressure</h3>
${pressureTable(report)}`
    : ''
}
</section>
`;
}

/** The nav link to the section. */
export function programmeLink(): Html {
  return html`<a href="#programme">Programme</a>`;
}

function timeline(campaigns: readonly CampaignProfile[]): Html {
  const dated = campaigns.filter((campaign) => campaign.window);
  if (dated.length === 0) return html`<p class="muted">No campaign has dates: declare <code>window</code> in the kit, or date the deliverables.</p>`;
  const from = weekStart(earliest(dated.map((campaign) => campaign.window!.start)), 'monday');
  const to = latest(dated.map((campaign) => campaign.window!.end));
  const days = daysBetween(from, to) + 1;
  const plot = CHART.width - CHART.label - 10;
  const x = (day: string, end = false): number => CHART.label + (plot * (daysBetween(from, day) + (end ? 1 : 0))) / days;
  const height = CHART.top + campaigns.length * CHART.row + 8;
  const weeks = Array.from({ length: Math.ceil(days / 7) }, (_, index) => addDays(from, index * 7));
  return html`<figure class="timeline"><svg viewBox="0 0 ${CHART.width} ${height}" width="100%" role="img" aria-labelledby="timeline-title" font-family="system-ui, sans-serif" font-size="12">
<title id="timeline-title">Campaign windows, ${periodText(from, to)}</title>
${weeks.map(
  (
    week,
  ) => html`<line x1="${round(x(week))}" x2="${round(x(week))}" y1="${CHART.top - 6}" y2="${height - 4}" stroke="#e3e7ee"/><text x="${round(x(week)) + 3}" y="${CHART.top - 10}" fill="#5a6376">${shortDay(week)}</text>
`,
)}${campaigns.map((campaign, index) => timelineRow(campaign, CHART.top + index * CHART.row, x))}</svg>
<figcaption>Solid bars: windows in the kit; pale, dashed: inferred from the deliverables’ dates. Dots: the days dated deliverables go out.</figcaption></figure>`;
}

function timelineRow(campaign: CampaignProfile, y: number, x: (day: string, end?: boolean) => number): Html {
  const label = html`<text x="0" y="${y + CHART.bar - 2}" fill="#1d2433">${campaign.id}</text>`;
  const window = campaign.window;
  if (!window)
    return html`${label}<text x="${CHART.label}" y="${y + CHART.bar - 2}" fill="#5a6376">no dates</text>
`;
  const left = round(x(window.start));
  const width = round(x(window.end, true)) - left;
  const inferred = window.basis !== 'kit';
  const sent = [...new Set(campaign.deliverables.flatMap((deliverable) => deliverable.date ?? []))].sort();
  return html`<g><title>${campaign.name ?? campaign.id}: ${periodText(window.start, window.end)}${window.basis === 'kit' ? '' : ' (inferred)'}</title>${label}<rect x="${left}" y="${y}" width="${Math.max(width, 2)}" height="${CHART.bar}" rx="3" fill="${inferred ? '#c9d3f5' : '#2948b8'}" stroke="#2948b8"${inferred ? html` stroke-dasharray="4 3"` : ''}/>${sent.map(
    (day) => html`<circle cx="${round((x(day) + x(day, true)) / 2)}" cy="${y + CHART.bar + 5}" r="3" fill="#a04a00"><title>${dayText(day)}</title></circle>`,
  )}</g>
`;
}

function offersTable(campaigns: readonly CampaignProfile[]): Html {
  return html`<div class="table-scroll"><table class="offers">
<caption>What each campaign offers, to whom and when</caption>
<thead><tr><th scope="col">Campaign</th><th scope="col">Window</th><th scope="col">Audiences</th>${OFFER_TERMS.map((term) => html`<th scope="col">${term}</th>`)}</tr></thead>
<tbody>
${campaigns.map(
  (
    campaign,
  ) => html`<tr><th scope="row">${campaign.name ?? campaign.id}${campaign.name ? html` <span class="campaign-id">${campaign.id}</span>` : ''}</th><td>${
    campaign.window
      ? html`${periodText(campaign.window.start, campaign.window.end)}${campaign.window.basis === 'kit' ? '' : html` <span class="basis">inferred</span>`}`
      : html`<span class="muted">no dates</span>`
  }</td><td>${campaign.audiences.length > 0 ? campaign.audiences.join(', ') : html`<span class="muted">everyone</span>`}</td>${OFFER_TERMS.map((term) => {
    const offer = campaign.offers.find((candidate) => candidate.kind === term);
    return html`<td>${offer ? html`${offer.display}${offer.basis === 'kit' ? html` <span class="basis">kit</span>` : ''}` : html`<span class="muted">–</span>`}</td>`;
  })}</tr>
`,
)}</tbody>
</table></div>`;
}

function conflictList(report: ProgrammeReport, anchors: Anchors): Html {
  if (report.conflicts.length === 0) return html`<p class="all-agree">No two campaigns make different offers to the same customers at the same time.</p>`;
  return html`<ul class="conflicts">
${report.conflicts.map((conflict) => conflictItem(conflict, anchors))}</ul>`;
}

function conflictItem(conflict: OfferConflict, anchors: Anchors): Html {
  const whom = conflict.audiences.length > 0 ? conflict.audiences.join(', ') : conflict.products.length > 0 ? conflict.products.join(', ') : 'everyone';
  const severity = conflict.evidence === 'declared' ? 'error' : 'warning';
  return html`<li class="conflict conflict-${severity}"><p><strong>${conflict.kind}</strong>: ${whom}, ${periodText(conflict.overlap.start, conflict.overlap.end)}${
    conflict.evidence === 'inferred' ? html`<br><span class="reason">Inferred: ${conflict.reasons.join('; ')}.</span>` : ''
  }</p>
<div class="sides">${conflict.sides.map((side) => sideBlock(side, anchors))}</div></li>
`;
}

function sideBlock(side: ConflictSide, anchors: Anchors): Html {
  return html`<div class="side"><span class="campaign-id">${side.campaign}</span> <strong>${side.display}</strong><ul>${side.at.map((place) => html`<li>${placeLink(place, anchors)} <q>${place.text}</q></li>`)}</ul></div>`;
}

function pressureTable(report: ProgrammeReport): Html {
  if (report.pressure.length === 0) return html`<p class="all-agree">No segment receives more messages than the kit allows.</p>`;
  return html`<div class="table-scroll"><table class="pressure">
<caption>Segments that receive more messages than the kit allows</caption>
<thead><tr><th scope="col">Segment</th><th scope="col">When</th><th scope="col" class="num">Messages</th><th scope="col">By channel</th><th scope="col" class="num">Allowed</th></tr></thead>
<tbody>
${report.pressure.map(
  (
    entry,
  ) => html`<tr><th scope="row">${entry.segment}</th><td>${entry.period === 'day' ? dayText(entry.start) : `week of ${dayText(entry.start)}`}</td><td class="num">${entry.count}</td><td>${channelCounts(entry.channels)}</td><td class="num">${entry.limit}</td></tr>
`,
)}</tbody>
</table></div>`;
}

function placeLink(place: ProgrammePlace, anchors: Anchors): Html {
  const text = `${place.path}:${place.line}:${place.column}`;
  const anchor = anchors.file(place.path);
  return anchor ? html`<a href="#${anchor}"><code>${text}</code></a>` : html`<code>${text}</code>`;
}

/** Styles of this section, added to the page's stylesheet. */
export const PROGRAMME_STYLES = `
.timeline { margin: 0; }
.timeline svg { display: block; max-width: 960px; }
.timeline figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
.conflict .reason { color: var(--muted); font-size: 13px; }
.conflicts { list-style: none; padding: 0; margin: 0; }
.conflict { border: 1px solid var(--line); border-left-width: 4px; border-radius: 8px; padding: 10px 14px; margin: 0 0 12px; }
.conflict-error { border-left-color: var(--error); }
.conflict-warning { border-left-color: var(--warning); }
.conflict p { margin: 0 0 6px; }
.conflict .sides { display: flex; flex-wrap: wrap; gap: 24px; }
.conflict .side ul { margin: 4px 0 0; padding-left: 18px; font-size: 13px; }
@media print { .timeline svg { max-width: 100%; } .conflict { break-inside: avoid; } }
`;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The trend as charts, inline SVG with presentation attributes only (the
 * page's CSP admits nothing else, and nothing is loaded): the one-message
 * score of the programme and of each campaign at each commit, and the
 * findings by family as stacked bars. Commits are evenly spaced, oldest on
 * the left. Each chart has a title and a description for screen readers,
 * and points to the table that holds the same numbers.
 */
import { RULE_FAMILIES, type RuleFamily } from '../../engine/types.js';
import type { HistoryPoint, HistoryReport } from '../../history/types.js';
import { campaignsOf } from '../../history/wording.js';
import { html, type Html } from './escape.js';

const WIDTH = 960;
const LEFT = 44;
const RIGHT = 16;
const TOP = 14;
const PLOT_HEIGHT = 220;
const AXIS = 40;
const HEIGHT = TOP + PLOT_HEIGHT + AXIS;
/** Colour-blind-safe (Okabe–Ito), one per campaign in order; the programme is drawn in ink. */
const CAMPAIGN_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
const FAMILY_COLOURS: Record<RuleFamily, string> = {
  lexicon: '#0072B2',
  tone: '#56B4E9',
  messaging: '#009E73',
  channel: '#E69F00',
  drift: '#D55E00',
  programme: '#CC79A7',
};
const INK = '#1d2433';
const GRID = '#e3e7ee';
const MUTED = '#5a6376';

interface Series {
  name: string;
  colour: string;
  width: number;
  scores: (number | undefined)[];
}

/** `table` is the id of the table with the same numbers. */
export function scoreChart(report: HistoryReport, table: string): Html {
  const { points } = report;
  const x = xScale(points.length);
  const y = (score: number): number => TOP + PLOT_HEIGHT * (1 - score / 100);
  const series: Series[] = [
    { name: 'programme', colour: INK, width: 3, scores: points.map((point) => point.programme.score ?? undefined) },
    ...campaignsOf(points).map(([id], index) => ({
      name: id,
      colour: CAMPAIGN_COLOURS[index % CAMPAIGN_COLOURS.length] ?? INK,
      width: 1.5,
      scores: points.map((point) => point.campaigns.find((campaign) => campaign.id === id)?.score),
    })),
  ];
  return html`<figure class="trend"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="score-chart-title score-chart-desc" aria-describedby="${table}" font-family="system-ui, sans-serif" font-size="12">
<title id="score-chart-title">One-message score at each commit, for the programme and each campaign</title>
<desc id="score-chart-desc">${series.map(describeSeries).join(' ')}</desc>
${[0, 50, 70, 90, 100].map((score) => gridLine(y(score), String(score)))}${commitAxis(points, x)}${series.map((line) => scoreLine(line, points, x, y))}</svg>
<figcaption>${series.map((line) => html`<span class="key"><svg width="18" height="10" aria-hidden="true"><line x1="0" x2="18" y1="5" y2="5" stroke="${line.colour}" stroke-width="${line.width}"/></svg> ${line.name}</span> `)}</figcaption></figure>`;
}

/** `table` is the id of the table with the same numbers. */
export function findingsChart(report: HistoryReport, table: string): Html {
  const { points } = report;
  const x = xScale(points.length);
  const most = Math.max(1, ...points.map(totalFindings));
  const barWidth = Math.max(4, Math.min(36, (WIDTH - LEFT - RIGHT) / Math.max(points.length, 1) - 8));
  const y = (count: number): number => TOP + PLOT_HEIGHT * (1 - count / most);
  const first = points[0];
  const last = points[points.length - 1];
  const description = first && last ? `${totalFindings(first)} findings at ${first.short}, ${totalFindings(last)} at ${last.short}.` : 'No commits.';
  return html`<figure class="trend"><svg viewBox="0 0 ${WIDTH} ${HEIGHT}" width="100%" role="img" aria-labelledby="findings-chart-title findings-chart-desc" aria-describedby="${table}" font-family="system-ui, sans-serif" font-size="12">
<title id="findings-chart-title">Findings by rule family at each commit, for the programme</title>
<desc id="findings-chart-desc">${description}</desc>
${[0, most].map((count) => gridLine(y(count), String(count)))}${commitAxis(points, x)}${points.map((point, index) => stackedBar(point, round(x(index) - barWidth / 2), round(barWidth), y))}</svg>
<figcaption>${RULE_FAMILIES.map((family) => html`<span class="key"><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${FAMILY_COLOURS[family]}"/></svg> ${family}</span> `)}</figcaption></figure>`;
}

function totalFindings(point: HistoryPoint): number {
  return RULE_FAMILIES.reduce((sum, family) => sum + point.programme.findings[family].errors + point.programme.findings[family].warnings, 0);
}

/** "programme: 85 at abc1234, 92 at def5678 (lowest 70)." */
function describeSeries(line: Series): string {
  const known = line.scores.filter((score): score is number => score !== undefined);
  if (known.length === 0) return `${line.name}: no score.`;
  const [first, last] = [known[0], known[known.length - 1]];
  return `${line.name}: ${first === last ? `${first} throughout` : `from ${first} to ${last}`}${known.length > 2 ? `, lowest ${Math.min(...known)}` : ''}.`;
}

function stackedBar(point: HistoryPoint, left: number, width: number, y: (count: number) => number): Html {
  let below = 0;
  return html`${RULE_FAMILIES.map((family) => {
    const count = point.programme.findings[family].errors + point.programme.findings[family].warnings;
    if (count === 0) return '';
    const top = y(below + count);
    const bar = html`<rect x="${left}" y="${round(top)}" width="${width}" height="${round(y(below) - top)}" fill="${FAMILY_COLOURS[family]}"><title>${point.short}: ${count} ${family}</title></rect>`;
    below += count;
    return bar;
  })}`;
}

function gridLine(at: number, label: string): Html {
  return html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(at)}" y2="${round(at)}" stroke="${GRID}"/><text x="${LEFT - 6}" y="${round(at + 4)}" text-anchor="end" fill="${MUTED}">${label}</text>
`;
}

function scoreLine(line: Series, points: readonly HistoryPoint[], x: (index: number) => number, y: (score: number) => number): Html {
  // A gap where the campaign did not exist: one polyline per run of known scores.
  const runs: { index: number; score: number }[][] = [];
  line.scores.forEach((score, index) => {
    if (score === undefined) return;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]?.index === index - 1) run.push({ index, score });
    else runs.push([{ index, score }]);
  });
  return html`<g>${runs.map(
    (run) =>
      html`<polyline points="${run.map(({ index, score }) => `${round(x(index))},${round(y(score))}`).join(' ')}" fill="none" stroke="${line.colour}" stroke-width="${line.width}" stroke-linejoin="round"/>`,
  )}${runs
    .flat()
    .map(
      ({ index, score }) =>
        html`<circle cx="${round(x(index))}" cy="${round(y(score))}" r="${line.width + 1.5}" fill="${line.colour}"><title>${line.name}: ${score} at ${points[index]?.short ?? ''} (${points[index]?.date.slice(0, 10) ?? ''})</title></circle>`,
    )}</g>
`;
}

/** The day and short hash under each commit; with many commits, under every few. */
function commitAxis(points: readonly HistoryPoint[], x: (index: number) => number): Html {
  const bottom = TOP + PLOT_HEIGHT;
  const every = Math.max(1, Math.ceil(points.length / 16));
  return html`${points.map((point, index) =>
    index % every === 0
      ? html`<text x="${round(x(index))}" y="${bottom + 16}" text-anchor="middle" fill="${MUTED}">${point.date.slice(5, 10)}</text><text x="${round(x(index))}" y="${bottom + 30}" text-anchor="middle" fill="${MUTED}" font-family="ui-monospace, monospace" font-size="11">${point.short}</text>`
      : '',
  )}`;
}

function xScale(count: number): (index: number) => number {
  const plot = WIDTH - LEFT - RIGHT - 40;
  return (index) => LEFT + 20 + (count <= 1 ? plot / 2 : (plot * index) / (count - 1));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Styles of the charts and history tables, added to the pages' stylesheet. */
export const TREND_STYLES = `
.trend { margin: 0 0 8px; }
.trend svg { display: block; max-width: 960px; }
.trend figcaption { color: var(--muted); font-size: 13px; margin-top: 6px; }
.trend .key { display: inline-flex; align-items: center; gap: 4px; margin-right: 12px; }
.changes li { margin: 0 0 6px; }
`;

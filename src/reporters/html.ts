/**
 * `--format html`: one self-contained page for agency handoff — a scorecard
 * per campaign (and one for files in no campaign), the drift matrix, and
 * every finding in context. Nothing is loaded from anywhere: the stylesheet
 * and the filter script are inline, and a Content-Security-Policy admits
 * exactly those two by hash. Everything from the content goes through the
 * escaping `html` template; the output depends only on the run (sorted, no
 * clock), so the same run gives the same bytes.
 */
import type { CampaignReport } from '../drift/report.js';
import type { FileResult, LintRun } from '../engine/run.js';
import { html, trusted, type Html } from './html/escape.js';
import { findingsSection } from './html/findings.js';
import { Anchors } from './html/links.js';
import { sortedCampaigns, sortedResults } from './html/order.js';
import { campaignSection, campaignTitle, noCampaignSection } from './html/scorecard.js';
import { FILTER_SCRIPT } from './html/script.js';
import { pageHead } from './html/page.js';
import { programmeLink, programmeSection } from './html/programme.js';
import { historyLink, historyReportSection } from './html/trend.js';
import type { ProgrammeReport } from '../programme/types.js';
import { plural } from './stylish.js';
import type { ReportCover, Reporter } from './types.js';

export { STYLESHEET } from './html/page.js';

export const htmlReporter: Reporter = (run, options) => {
  const results = sortedResults(run.results);
  const campaigns = sortedCampaigns(run.campaigns);
  const anchors = new Anchors(results);
  const inCampaign = new Set(campaigns.flatMap((campaign) => campaign.deliverables.map((deliverable) => deliverable.path)));
  const outside = results.filter((result) => !inCampaign.has(result.path));
  const title = options.cover?.title ?? reportTitle(campaigns);
  const programme = shownProgramme(run.programme);
  return `<!DOCTYPE html>
${
  html`<html lang="en">
${pageHead(title, options.version, FILTER_SCRIPT)}
<body>
${masthead(title, options.cover ?? {}, run, results, campaigns, outside.length > 0, anchors, programme !== undefined, options.history !== undefined)}
<main>
${campaigns.map((campaign, index) => campaignSection(campaign, index, results, anchors))}
${programme ? programmeSection(programme, anchors) : ''}
${options.history ? historyReportSection(options.history) : ''}
${outside.length > 0 ? noCampaignSection(outside, anchors) : ''}
${findingsSection(results, anchors, options.cwd)}
</main>
<footer>
<p>The one-message score (0–100) weighs each matrix cell the campaign expects or the deliverable states: agreeing earns full credit, a missing fact half, a contradiction none; offer terms (discount, price, code, dates, trial) count double.</p>
<p>Made by brandlint ${options.version}.${options.quiet ? ' Errors only (--quiet).' : ''}</p>
</footer>
<script>${trusted(FILTER_SCRIPT)}</script>
</body>
</html>
`.markup
}`;
};

function masthead(
  title: string,
  cover: ReportCover,
  run: LintRun,
  results: readonly FileResult[],
  campaigns: readonly CampaignReport[],
  hasOutside: boolean,
  anchors: Anchors,
  hasProgramme: boolean,
  hasHistory: boolean,
): Html {
  const kicker = cover.brand ? `${cover.brand} · brand consistency report` : 'brandlint report';
  const facts = [
    cover.agency ? html`<div><dt>Prepared by</dt><dd>${cover.agency}</dd></div>` : '',
    cover.date ? html`<div><dt>Date</dt><dd><time datetime="${cover.date}">${longDate(cover.date)}</time></dd></div>` : '',
    cover.kit ? html`<div><dt>Brand kit</dt><dd>${cover.kit}</dd></div>` : '',
  ];
  return html`<header class="masthead"><div class="masthead-inner">
<span class="brand">${kicker}</span>
<h1>${title}</h1>
${facts.some(Boolean) ? html`<dl class="cover-facts">${facts}</dl>` : ''}
<ul class="totals">
<li><strong>${results.length}</strong> ${results.length === 1 ? 'file' : 'files'}</li>
<li><strong>${campaigns.length}</strong> ${campaigns.length === 1 ? 'campaign' : 'campaigns'}</li>
<li class="total-errors"><strong>${run.errorCount}</strong> ${run.errorCount === 1 ? 'error' : 'errors'}</li>
<li class="total-warnings"><strong>${run.warningCount}</strong> ${run.warningCount === 1 ? 'warning' : 'warnings'}</li>
</ul>
<nav aria-label="Contents">${campaigns.map((campaign, index) => html`<a href="#${anchors.campaign(index)}">${campaignTitle(campaign)}</a>`)}${hasProgramme ? programmeLink() : ''}${hasHistory ? historyLink() : ''}${hasOutside ? html`<a href="#no-campaign">No campaign</a>` : ''}<a href="#findings">Findings</a></nav>
</div></header>`;
}

/** 2026-05-02 as "May 2, 2026": the same on every machine, whatever its locale. */
function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The programme, when there is one to show: several campaigns, or messages beyond the kit's limits. */
function shownProgramme(programme: ProgrammeReport | undefined): ProgrammeReport | undefined {
  return programme && (programme.campaigns.length > 1 || programme.pressure.length > 0) ? programme : undefined;
}

function reportTitle(campaigns: readonly CampaignReport[]): string {
  if (campaigns.length === 0) return 'Brand consistency report';
  const [only, ...others] = campaigns;
  if (only && others.length === 0) return `Brand consistency: ${campaignTitle(only)}`;
  return `Brand consistency: ${plural(campaigns.length, 'campaign')}`;
}

/**
 * The report's stylesheet: system fonts only (nothing is fetched), colours
 * that keep AA contrast on white, severities and matrix marks colour-coded
 * and also spelled out, and a print layout without the filter controls.
 */
export const STYLES = `
:root {
  --text: #1d2433; --muted: #5a6376; --line: #e3e7ee; --surface: #f6f8fb; --accent: #2948b8;
  --error: #b42318; --error-bg: #fef3f2; --error-line: #fecdca;
  --warning: #a04a00; --warning-bg: #fff8eb; --warning-line: #fedf89;
  --good: #067647; --good-bg: #ecfdf3; --good-line: #abefc6;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main, .masthead-inner, footer { max-width: 1200px; margin: 0 auto; padding: 0 28px; }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
code, pre, .path, .position { font-family: var(--mono); font-size: 13px; }
h1, h2, h3 { line-height: 1.25; margin: 0; }
h2 { font-size: 24px; margin: 48px 0 18px; }
section + section > h2 { padding-top: 28px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 28px 0 10px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted, .note { color: var(--muted); }
.note { margin: -6px 0 14px; }

.masthead { background: #142047; color: #fff; padding: 28px 0 22px; }
.masthead h1 { font-size: 26px; font-weight: 650; letter-spacing: -0.01em; }
.masthead .brand { display: block; font-size: 12px; font-weight: 600; letter-spacing: 0.12em; text-transform: uppercase; color: #a9b8f0; margin-bottom: 6px; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0 0; padding: 0; list-style: none; }
.totals li { background: rgba(255, 255, 255, 0.1); border-radius: 8px; padding: 8px 14px; }
.totals strong { display: block; font-size: 22px; line-height: 1.1; }
.totals .total-errors strong { color: #ffb4ab; }
.totals .total-warnings strong { color: #ffd58a; }
.masthead nav { margin-top: 18px; font-size: 14px; }
.masthead nav a { color: #dbe3ff; margin-right: 18px; }
.cover-facts { display: flex; flex-wrap: wrap; gap: 6px 32px; margin: 14px 0 0; }
.cover-facts dt { font-size: 11px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: #a9b8f0; }
.cover-facts dd { margin: 0; font-weight: 600; }

.kicker { display: block; font-size: 12px; font-weight: 600; letter-spacing: 0.1em; text-transform: uppercase; color: var(--muted); margin-bottom: 4px; }
.campaign-id { font-family: var(--mono); font-size: 14px; font-weight: 400; color: var(--muted); }
.scorecard { display: flex; flex-wrap: wrap; gap: 28px; align-items: flex-start; }
.scorecard .deliverables { flex: 1 1 380px; }
.score { flex: none; min-width: 190px; padding: 18px 22px; border-radius: 12px; border: 1px solid; }
.score-value { font-size: 56px; font-weight: 700; line-height: 1; letter-spacing: -0.03em; }
.score-max { font-size: 18px; font-weight: 600; margin-left: 2px; }
.score-label { margin-top: 8px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.08em; }
.score-good { color: var(--good); background: var(--good-bg); border-color: var(--good-line); }
.score-fair { color: var(--warning); background: var(--warning-bg); border-color: var(--warning-line); }
.score-poor { color: var(--error); background: var(--error-bg); border-color: var(--error-line); }
.pill { display: inline-block; min-width: 42px; padding: 1px 8px; border: 1px solid; border-radius: 999px; font-weight: 600; text-align: center; }

table { border-collapse: collapse; font-size: 14px; }
caption { text-align: left; font-size: 13px; color: var(--muted); padding-bottom: 6px; }
th, td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); border-bottom: 2px solid var(--line); }
tbody th { font-weight: 600; }
tfoot th, tfoot td { border-bottom: 0; font-weight: 700; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.has-errors { color: var(--error); font-weight: 700; }
.has-warnings { color: var(--warning); font-weight: 700; }
.families { min-width: 280px; }
/* positioned, so that hidden labels inside stay within the scrolling box */
.table-scroll { overflow-x: auto; position: relative; }
.files { min-width: 60%; }

.matrix th, .matrix td { border: 1px solid var(--line); padding: 6px 10px; }
.matrix td.cell { min-width: 3.2em; }
.matrix thead th { vertical-align: bottom; background: var(--surface); }
.matrix .deliverable { text-transform: none; letter-spacing: 0; text-align: center; white-space: nowrap; }
.matrix .deliverable .number { display: block; font-size: 14px; font-weight: 700; color: var(--text); }
.matrix .deliverable .channel { display: block; font-size: 11px; font-weight: 500; color: var(--muted); }
.matrix tbody th { background: var(--surface); }
.matrix .expected { font-weight: 600; min-width: 9em; max-width: 16em; overflow-wrap: break-word; }
.basis, .weight { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 4px; background: #e9edf5; color: var(--muted); font-size: 11px; font-weight: 600; text-transform: uppercase; }
.split { color: var(--error); }
.cell { text-align: center; }
.cell .mark { font-weight: 700; }
.cell .value { display: block; max-width: 11em; margin: 2px auto 0; overflow-wrap: break-word; font-size: 12px; line-height: 1.3; }
/* on a narrow screen the matrix scrolls sideways, its row names staying in view, rather than squeezing words letter by letter */
.matrix { width: max-content; max-width: none; }
.matrix tbody th { position: sticky; left: 0; z-index: 1; }
.cell-agree { color: var(--good); background: var(--good-bg); }
.cell-outlier, .cell-conflict { color: var(--error); background: var(--error-bg); font-weight: 600; }
.cell-missing { color: var(--warning); background: var(--warning-bg); }
.cell-none { color: #8a93a6; }
.legend { font-size: 13px; color: var(--muted); margin: 8px 0 0; }
.legend span { font-weight: 700; margin-left: 10px; padding: 0 4px; border-radius: 3px; }
.legend span:first-child { margin-left: 0; }
.drift-list { margin: 0; padding: 0; list-style: none; }
.drift-list li { padding: 6px 10px; border-left: 3px solid; margin-bottom: 4px; border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.drift-outlier { border-color: var(--error) !important; background: var(--error-bg); }
.drift-missing { border-color: #f5b443 !important; background: var(--warning-bg); }
.drift-list .mark { font-weight: 700; }
.drift-outlier .mark { color: var(--error); }
.drift-missing .mark { color: var(--warning); }
.row-label { font-weight: 600; }
.all-agree { color: var(--good); font-weight: 600; }

.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: center; padding: 12px 16px; margin-bottom: 16px; background: rgba(246, 248, 251, 0.96); border: 1px solid var(--line); border-radius: 10px; }
.filters fieldset { display: flex; gap: 14px; align-items: center; border: 0; margin: 0; padding: 0; }
.filters legend { float: left; margin-right: 10px; font-size: 13px; font-weight: 600; }
.filters label { display: inline-flex; gap: 6px; align-items: center; font-size: 14px; cursor: pointer; }
.filters .select { font-weight: 600; font-size: 13px; }
.filters select { font: inherit; font-weight: 400; padding: 4px 8px; border: 1px solid #c6ccd8; border-radius: 6px; background: #fff; max-width: 260px; }
.filter-status { margin: 0 0 0 auto; font-size: 13px; color: var(--muted); }

.file h3 { display: flex; flex-wrap: wrap; gap: 10px; align-items: baseline; padding-bottom: 8px; border-bottom: 1px solid var(--line); }
.file h3 .path { font-size: 15px; word-break: break-all; }
.file-counts { font-size: 13px; font-weight: 400; color: var(--muted); }
.tag { display: inline-block; padding: 0 7px; border-radius: 999px; background: #e9edf5; color: #3f4859; font-size: 12px; font-weight: 600; font-family: inherit; }
.tag-fix { background: var(--good-bg); color: var(--good); }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { margin: 12px 0; padding: 12px 16px 14px; border: 1px solid var(--line); border-left: 4px solid; border-radius: 0 8px 8px 0; break-inside: avoid; }
.severity-error { border-left-color: var(--error); }
.severity-warning { border-left-color: #f5b443; }
.finding-head { display: flex; gap: 10px; align-items: baseline; }
.badge { flex: none; display: inline-block; min-width: 64px; padding: 1px 8px; border-radius: 4px; font-size: 12px; font-weight: 700; text-align: center; text-transform: uppercase; letter-spacing: 0.04em; }
.badge-error { color: var(--error); background: var(--error-bg); border: 1px solid var(--error-line); }
.badge-warning { color: var(--warning); background: var(--warning-bg); border: 1px solid var(--warning-line); }
.position { flex: none; color: var(--muted); }
.message { font-weight: 600; }
.finding-meta { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.rule-id { color: var(--accent); margin-right: 4px; }
.suggestion { margin: 8px 0 0; font-size: 14px; }
.suggestion-label { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--good); margin-right: 6px; }
.suggestion-text { padding: 1px 6px; background: var(--good-bg); border-radius: 4px; }
.frame { margin: 10px 0 0; padding: 8px 0; background: #f8f9fb; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; line-height: 1.55; }
.frame .line { display: block; padding: 0 12px 0 0; white-space: pre; color: #4b5468; }
.frame .target { background: #eef2ff; color: var(--text); }
.line-number { display: inline-block; width: 3.5em; padding-right: 12px; margin-right: 10px; text-align: right; color: #8a93a6; border-right: 1px solid var(--line); user-select: none; }
.frame mark { padding: 1px 0; border-radius: 2px; color: inherit; }
.severity-error mark { background: #fecdca; box-shadow: inset 0 -2px 0 var(--error); }
.severity-warning mark { background: #fdeab0; box-shadow: inset 0 -2px 0 #dc8a00; }
.cut { color: #8a93a6; }
.reader { margin: 10px 0 0; padding: 8px 14px 10px; background: #f8f9fb; border: 1px solid var(--line); border-radius: 6px; }
.reader figcaption { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
.reader p { margin: 0; overflow-wrap: anywhere; }
.reader mark { padding: 1px 0; border-radius: 2px; color: inherit; }
.clean-files { margin-top: 24px; color: var(--muted); }

@media (max-width: 700px) {
  body { font-size: 14px; }
  main, .masthead-inner, footer { padding: 0 16px; }
  .masthead h1 { font-size: 22px; }
  h2 { font-size: 20px; margin-top: 32px; }
  .scorecard { gap: 16px; }
  .score { min-width: 0; width: 100%; }
  .scorecard .deliverables { flex-basis: 100%; }
  .deliverables a, .deliverables span, .files a { overflow-wrap: anywhere; }
  th, td { padding: 5px 8px; }
  .filters { position: static; }
  .filters .select { display: flex; width: 100%; }
  .filters select { flex: 1; min-width: 0; max-width: none; }
  .filter-status { margin-left: 0; }
  .finding { padding: 10px 12px 12px; }
  .finding-head { flex-wrap: wrap; }
}

footer { margin-top: 56px; padding-top: 16px; padding-bottom: 40px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
footer p { margin: 4px 0; }

@page { margin: 14mm 12mm; }
/* a matrix with many deliverables gets a page of its own, turned */
@page wide-matrix { size: landscape; }

@media print {
  body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .masthead { background: none; color: var(--text); padding: 0 0 12px; border-bottom: 2px solid var(--text); }
  .masthead .brand, .masthead nav a, .totals .total-errors strong, .totals .total-warnings strong { color: var(--text); }
  .cover-facts dt { color: var(--muted); }
  .masthead nav, .filters { display: none !important; }
  .totals li { background: none; border: 1px solid var(--line); }
  main, .masthead-inner, footer { max-width: none; padding: 0; }
  h2 { border-top: 0; margin: 20px 0 10px; font-size: 18pt; }
  h3 { margin: 16px 0 8px; }
  section + section > h2 { padding-top: 0; }
  h2, h3, caption { break-after: avoid; }
  .scorecard, .matrix-block, .drift-list li, .finding, tr { break-inside: avoid; }
  .matrix-block-wide { page: wide-matrix; }
  .table-scroll, .frame { overflow: visible; }
  .matrix th, .matrix td { padding: 3px 6px; font-size: 9pt; }
  /* paper does not scroll: the matrix takes the page's width and its values wrap */
  .matrix { width: 100%; }
  .matrix .expected { min-width: 0; max-width: none; overflow-wrap: anywhere; }
  .cell .value { max-width: none; overflow-wrap: anywhere; }
  .score { padding: 10px 14px; }
  .score-value { font-size: 40px; }
  .finding { margin: 5px 0; padding: 5px 10px 6px; border-width: 1px 1px 1px 3px; }
  .finding-meta { margin-top: 2px; font-size: 8pt; }
  .badge { min-width: 0; font-size: 7pt; }
  .file h3 { margin-top: 14px; padding-bottom: 4px; }
  .suggestion { margin-top: 3px; font-size: 9pt; }
  .frame { margin-top: 6px; padding: 4px 0; }
  .frame .line { white-space: pre-wrap; }
  /* the flagged line says enough on paper */
  .frame .line:not(.target) { display: none; }
  .reader { margin-top: 4px; padding: 3px 10px 4px; font-size: 9pt; }
  .reader figcaption { font-size: 7.5pt; margin: 0; }
  footer { margin-top: 24px; }
  a { color: inherit; }
}
`;

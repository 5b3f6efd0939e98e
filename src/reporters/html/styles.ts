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
.table-scroll { overflow-x: auto; }
.files { min-width: 60%; }

.matrix th, .matrix td { border: 1px solid var(--line); padding: 6px 10px; }
.matrix td.cell { white-space: nowrap; }
.matrix thead th { vertical-align: bottom; background: var(--surface); }
.matrix .deliverable { text-transform: none; letter-spacing: 0; text-align: center; }
.matrix .deliverable .number { display: block; font-size: 12px; color: var(--muted); }
.matrix .deliverable .name { display: block; font-family: var(--mono); font-size: 12px; color: var(--text); font-weight: 500; max-width: 120px; overflow-wrap: anywhere; }
.matrix tbody th { background: var(--surface); }
.matrix .expected { font-weight: 600; min-width: 200px; max-width: 280px; overflow-wrap: anywhere; }
.basis, .weight { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 4px; background: #e9edf5; color: var(--muted); font-size: 11px; font-weight: 600; text-transform: uppercase; }
.split { color: var(--error); }
.cell { text-align: center; }
.cell .mark { font-weight: 700; }
.cell .value { display: inline-block; max-width: 140px; overflow: hidden; text-overflow: ellipsis; vertical-align: bottom; font-size: 12px; }
.cell-agree { color: var(--good); background: var(--good-bg); }
.cell-outlier, .cell-conflict { color: var(--error); background: var(--error-bg); font-weight: 600; }
.cell-missing { color: var(--warning); background: var(--warning-bg); }
.cell-none { color: #8a93a6; }
.legend { font-size: 13px; color: var(--muted); margin: 8px 0 0; }
.legend span { font-weight: 700; margin-left: 10px; padding: 0 4px; border-radius: 3px; }
.legend span:first-child { margin-left: 0; }
.drift-list { margin: 0; padding: 0; list-style: none; }
.drift-list li { padding: 6px 10px; border-left: 3px solid; margin-bottom: 4px; border-radius: 0 6px 6px 0; }
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
.clean-files { margin-top: 24px; color: var(--muted); }

footer { margin-top: 56px; padding-top: 16px; padding-bottom: 40px; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
footer p { margin: 4px 0; }

@media print {
  body { font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .masthead { background: none; color: var(--text); padding: 0 0 12px; border-bottom: 2px solid var(--text); }
  .masthead .brand, .masthead nav a, .totals .total-errors strong, .totals .total-warnings strong { color: var(--text); }
  .masthead nav, .filters { display: none !important; }
  .totals li { background: none; border: 1px solid var(--line); }
  main, .masthead-inner, footer { max-width: none; padding: 0; }
  h2 { border-top: 0; }
  #findings { break-before: page; }
  h2, h3 { break-after: avoid; }
  .table-scroll, .frame { overflow: visible; }
  .frame .line { white-space: pre-wrap; }
  a { color: inherit; }
}
`;

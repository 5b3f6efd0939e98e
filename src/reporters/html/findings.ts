/**
 * Every finding in context, grouped by file: position, severity, message,
 * rule and its description, suggestion, and the source around it with the
 * flagged text marked. The filter controls stay hidden until the script
 * shows them, so the list reads the same with scripts off.
 */
import { resultSource } from '../../engine/result-source.js';
import { LineIndex } from '../../documents/positions.js';
import type { FileResult } from '../../engine/run.js';
import type { Finding } from '../../engine/types.js';
import { frameLines, type FrameLine } from '../code-frame.js';
import { plural } from '../stylish.js';
import { html, type Html } from './escape.js';
import type { Anchors } from './links.js';
import { sortedUnique } from './order.js';
import { readerContext } from './reader-text.js';
import { countFindings, ruleDescription } from './tally.js';

export function findingsSection(results: readonly FileResult[], anchors: Anchors, cwd: string): Html {
  const withFindings = results.filter((result) => result.findings.length > 0);
  const clean = results.filter((result) => result.findings.length === 0);
  return html`<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">Findings</h2>
${withFindings.length > 0 ? filters(withFindings.flatMap((result) => result.findings)) : html`<p class="all-agree">No findings.</p>`}
${withFindings.map((result) => fileSection(result, anchors, cwd))}
${clean.length > 0 ? html`<p class="clean-files"><strong>No findings in ${plural(clean.length, 'file')}:</strong> ${clean.map((result, index) => html`${index > 0 ? ', ' : ''}<span id="${anchors.file(result.path)}">${result.path}</span>`)}</p>` : ''}
</section>
`;
}

function filters(findings: readonly Finding[]): Html {
  const counts = countFindings(findings);
  const channels = sortedUnique(findings.map((finding) => finding.channel));
  const rules = sortedUnique(findings.map((finding) => finding.ruleId));
  return html`<div id="filters" class="filters" role="group" aria-label="Filter findings" hidden>
<fieldset><legend>Severity</legend>
<label><input type="checkbox" name="severity" value="error" checked> <span class="badge badge-error">error</span> ${counts.errors}</label>
<label><input type="checkbox" name="severity" value="warning" checked> <span class="badge badge-warning">warning</span> ${counts.warnings}</label>
</fieldset>
<label class="select">Channel <select id="filter-channel"><option value="">All channels</option>${channels.map((channel) => html`<option value="${channel}">${channel}</option>`)}</select></label>
<label class="select">Rule <select id="filter-rule"><option value="">All rules</option>${rules.map((rule) => html`<option value="${rule}">${ruleLabel(rule)}</option>`)}</select></label>
<p id="filter-status" class="filter-status" aria-live="polite"></p>
</div>`;
}

/** A rule as the filter lists it: its id and what it checks. */
function ruleLabel(ruleId: string): string {
  const description = ruleDescription(ruleId);
  return description ? `${ruleId} — ${description}` : ruleId;
}

function fileSection(result: FileResult, anchors: Anchors, cwd: string): Html {
  const source = result.findings.some((finding) => !finding.fatal) ? resultSource(result, cwd) : '';
  const lines = new LineIndex(source);
  return html`<section class="file" id="${anchors.file(result.path)}">
<h3><span class="path">${result.path}</span>${result.channel ? html` <span class="tag">${result.channel}</span>` : ''} <span class="file-counts">${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}</span></h3>
<ol class="findings">
${result.findings.map((finding) => findingItem(finding, result, source === '' ? undefined : lines))}</ol>
</section>
`;
}

function findingItem(finding: Finding, result: FileResult, lines: LineIndex | undefined): Html {
  const description = ruleDescription(finding.ruleId);
  return html`<li class="finding severity-${finding.severity}" data-severity="${finding.severity}" data-channel="${finding.channel}" data-rule="${finding.ruleId}">
<div class="finding-head"><span class="badge badge-${finding.severity}">${finding.severity}</span> <span class="position">${finding.line}:${finding.column}</span> <span class="message">${finding.message}</span></div>
<div class="finding-meta"><code class="rule-id">${finding.ruleId}</code>${description ? html` <span class="rule-description">${description}</span>` : ''}${finding.role ? html` <span class="tag">${finding.role}</span>` : ''}${finding.fix ? html` <span class="tag tag-fix">fixable</span>` : ''}</div>
${suggestion(finding)}${lines && !finding.fatal ? context(result, lines, finding) : ''}</li>
`;
}

/** The suggestion, unless the message already quotes it. */
function suggestion(finding: Finding): Html | '' {
  if (finding.suggestion === undefined || finding.message.includes(`"${finding.suggestion}"`)) return '';
  return html`<p class="suggestion"><span class="suggestion-label">Suggestion</span> <span class="suggestion-text">${finding.suggestion}</span></p>
`;
}

/** The copy around the finding as a reader sees it; the source lines where it is not in any text (a tag, an attribute). */
function context(result: FileResult, lines: LineIndex, finding: Finding): Html {
  const reader = result.document && readerContext(result.document, finding.start, finding.end);
  if (!reader) return sourceFrame(lines, finding);
  return html`<figure class="reader"><figcaption>${reader.role} · line ${finding.line}</figcaption><p>${reader.cutBefore ? html`<span class="cut">…</span>` : ''}${reader.before}<mark>${reader.flagged || ' '}</mark>${reader.after}${reader.cutAfter ? html`<span class="cut">…</span>` : ''}</p></figure>
`;
}

function sourceFrame(lines: LineIndex, finding: Finding): Html {
  const frame = frameLines(lines, finding.line, finding.column, finding.endLine, finding.endColumn);
  return html`<pre class="frame" aria-label="Source around line ${finding.line}"><code>${frame.map(frameLine)}</code></pre>
`;
}

/** Lines are blocks with no newline between them: a newline inside <pre> would add a blank line. */
function frameLine(line: FrameLine): Html {
  const before = line.cutBefore ? html`<span class="cut">…</span>` : '';
  const after = line.cutAfter ? html`<span class="cut">…</span>` : '';
  return html`<span class="line${line.flagged ? ' target' : ''}"><span class="line-number">${line.number}</span>${before}${markFlagged(line)}${after}</span>`;
}

/** The line with its flagged range in a <mark>; a point past the end of the line still gets a visible mark. */
function markFlagged(line: FrameLine): Html | string {
  if (!line.flagged) return line.text;
  const start = Math.min(line.flagged.start, line.text.length);
  const end = Math.min(line.flagged.end, line.text.length);
  return html`${line.text.slice(0, start)}<mark>${line.text.slice(start, end) || ' '}</mark>${line.text.slice(end)}`;
}

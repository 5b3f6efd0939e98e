/**
 * Runs the enabled rules on one document and turns their reports into
 * findings with file positions. Rules report source offsets; this is the
 * one place where offsets become lines and columns.
 */
import type { BrandKit, Severity, ToneSettings } from '../config/types.js';
import { LineIndex } from '../documents/positions.js';
import type { Document } from '../documents/types.js';
import { analyze } from '../nlp/analyze.js';
import { compareText } from '../text/compare.js';
import { applyDirectives } from './directives.js';
import { writtenFix } from './fix-escape.js';
import { isVerbatimSource, syntaxAt, visibleText } from './source-index.js';
import type { Finding, Report, Rule, RuleContext } from './types.js';

export interface EnabledRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
}

export interface DocumentLintResult {
  findings: Finding[];
  /** Milliseconds spent per rule id, for --timing. */
  timing: Record<string, number>;
  /** Directives that suppressed nothing. */
  unusedDirectives: Finding[];
}

export function lintDocument(document: Document, kit: BrandKit, rules: readonly EnabledRule[], timing?: Record<string, number>): DocumentLintResult {
  const analysis = analyze(document);
  const lines = new LineIndex(document.source);
  const tone = toneFor(kit, document.channel);
  const findings: Finding[] = [];
  const spent: Record<string, number> = timing ?? {};
  // A file with no copy at all (a data file that is not a calendar, an empty page) gives rules nothing to judge.
  const hasContent = document.segments.length > 0 || document.links.length > 0 || document.images.length > 0;
  for (const { rule, severity, options } of hasContent ? rules : []) {
    if (!rule.check || !rule.meta.channels.includes(document.channel)) continue;
    const context: RuleContext = {
      document,
      analysis,
      kit,
      options,
      tone,
      report: (report) => findings.push(toFinding(document, lines, rule.meta.id, report.severity ?? severity, report)),
      fixSource: (start, end, text) =>
        isVerbatimSource(document, start, end)
          ? writtenFix(document.source, document.encoding.eol, syntaxAt(document, start, end), start, end, text)
          : undefined,
    };
    const started = performance.now();
    rule.check(context);
    spent[rule.meta.id] = (spent[rule.meta.id] ?? 0) + performance.now() - started;
  }
  const { kept, unused } = applyDirectives(document, lines, findings);
  return { findings: sortFindings(kept), timing: spent, unusedDirectives: unused };
}

/** The kit's tone defaults with the channel's overrides merged over them (one level deep). */
export function toneFor(kit: BrandKit, channel: Document['channel']): ToneSettings {
  const { channels, ...defaults } = kit.tone;
  const override = channels[channel] ?? {};
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(override)) {
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return merged as ToneSettings;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toFinding(document: Document, lines: LineIndex, ruleId: string, severity: Exclude<Severity, 'off'>, report: Report): Finding {
  const start = Math.max(0, Math.min(report.start, document.source.length));
  const end = Math.max(start, Math.min(report.end, document.source.length));
  const from = lines.position(start);
  const to = lines.position(end);
  const segment = report.segment !== undefined ? document.segments[report.segment] : undefined;
  return {
    ruleId,
    severity: severity === 'error' ? 'error' : 'warning',
    message: report.message,
    path: document.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
    channel: document.channel,
    ...(segment ? { role: segment.role } : {}),
    text: visibleText(document, start, end),
    ...(report.suggestion !== undefined ? { suggestion: report.suggestion } : {}),
    ...(report.fix && !report.fix.refused ? { fix: report.fix } : {}),
    ...(report.fix?.refused ? { fixRefused: report.fix.refused } : {}),
    ...(report.data ? { data: report.data } : {}),
  };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message));
}

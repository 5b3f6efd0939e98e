/**
 * Inline control: drops the findings that a brandlint-disable comment
 * covers, and lists the comments that covered nothing.
 *
 * - `disable` covers from the comment to the matching `enable` (or the end
 *   of the file); one written before any copy covers the whole file, so a
 *   document-level finding (which points at line 1) can be switched off.
 * - `disable-next-line` covers the next line that has text.
 * - `disable-line` covers the line(s) the comment stands on.
 * A directive names rule ids (`tone/emoji`), whole families (`tone`), or
 * nothing (every rule).
 */
import type { LineIndex } from '../documents/positions.js';
import type { Directive, Document } from '../documents/types.js';
import type { Finding } from './types.js';

interface Coverage {
  directive: Directive;
  covers(finding: Finding): boolean;
  used: boolean;
}

export function applyDirectives(document: Document, lines: LineIndex, findings: Finding[]): { kept: Finding[]; unused: Finding[] } {
  if (document.directives.length === 0) return { kept: findings, unused: [] };
  const coverages = buildCoverages(document, lines);
  const kept = findings.filter((finding) => {
    const covering = coverages.filter((coverage) => coverage.covers(finding));
    for (const coverage of covering) coverage.used = true;
    return covering.length === 0;
  });
  const unused = coverages
    .filter((coverage) => !coverage.used && coverage.directive.kind !== 'enable')
    .map((coverage) => unusedFinding(document, lines, coverage.directive));
  return { kept, unused };
}

function buildCoverages(document: Document, lines: LineIndex): Coverage[] {
  const firstCopy = Math.min(...document.segments.map((segment) => segment.map.toSourceStart(0)), document.source.length);
  const directives = [...document.directives].sort((a, b) => a.start - b.start);
  const coverages: Coverage[] = [];
  directives.forEach((directive, index) => {
    const matches = (ruleId: string): boolean => namesRule(directive.rules, ruleId);
    switch (directive.kind) {
      case 'disable': {
        const enable = directives
          .slice(index + 1)
          .find((other) => other.kind === 'enable' && (other.rules.length === 0 || directive.rules.every((rule) => other.rules.includes(rule))));
        const from = directive.end <= firstCopy ? 0 : directive.end;
        const to = enable ? enable.start : Infinity;
        coverages.push({ directive, used: false, covers: (finding) => matches(finding.ruleId) && finding.start >= from && finding.start < to });
        break;
      }
      case 'disable-next-line': {
        const target = nextLineWithText(lines, lines.position(directive.end).line + 1);
        coverages.push({ directive, used: false, covers: (finding) => matches(finding.ruleId) && finding.line === target });
        break;
      }
      case 'disable-line': {
        const first = directive.line;
        const last = lines.position(directive.end).line;
        coverages.push({ directive, used: false, covers: (finding) => matches(finding.ruleId) && finding.line >= first && finding.line <= last });
        break;
      }
      case 'enable':
        coverages.push({ directive, used: true, covers: () => false });
        break;
    }
  });
  return coverages;
}

function namesRule(names: readonly string[], ruleId: string): boolean {
  if (names.length === 0) return true;
  const family = ruleId.split('/')[0];
  return names.some((name) => name === ruleId || name === family || name === `${family}/*`);
}

function nextLineWithText(lines: LineIndex, from: number): number {
  for (let line = from; line <= lines.lineCount; line++) if (lines.lineText(line).trim() !== '') return line;
  return from;
}

function unusedFinding(document: Document, lines: LineIndex, directive: Directive): Finding {
  const from = lines.position(directive.start);
  const to = lines.position(directive.end);
  const what = directive.rules.length > 0 ? directive.rules.join(', ') : 'all rules';
  return {
    ruleId: 'brandlint/unused-disable',
    severity: 'warning',
    message: `Unused brandlint-${directive.kind} directive (no finding of ${what} to suppress here); remove it.`,
    path: document.path,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start: directive.start,
    end: directive.end,
    channel: document.channel,
    text: document.source.slice(directive.start, directive.end),
  };
}

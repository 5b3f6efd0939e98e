/**
 * Inline control: the findings a brandlint-disable comment covers are
 * dropped, and the comments that covered nothing are listed. Directives are
 * applied once per file, at the end of the run, to its per-document and
 * campaign findings alike — so a directive that only hides a drift finding
 * is used, not "unused".
 *
 * - `disable` covers from the comment on; one written before any copy
 *   covers the whole file, so a document-level finding (which points at
 *   line 1) can be switched off. `enable` ends it for the rules it names,
 *   or for every rule when it names none: as in ESLint, a rule's state at a
 *   finding is set by the last `disable` or `enable` before it that names
 *   the rule (a bare `disable` then `enable tone/emoji` re-enables emoji
 *   only).
 * - `disable-next-line` covers the next line that has text.
 * - `disable-line` covers the line(s) the comment stands on.
 * A directive names rule ids (`tone/emoji`), whole families (`tone`), or
 * nothing (every rule). Line directives apply to what the block directives
 * leave, and a directive is unused when it hides no finding that would
 * otherwise be reported. The engine's own findings (brandlint/…) are never
 * hidden.
 *
 * What each directive covers is worked out from the document once (see
 * directiveScopes) as plain data, kept in the cache with the file's
 * findings, so a file from the cache is filtered exactly as a fresh one.
 */
import type { LineIndex } from '../documents/positions.js';
import type { Directive, Document } from '../documents/types.js';
import type { Finding } from './types.js';

/** What one directive covers, as plain data. */
export interface DirectiveScope {
  kind: Directive['kind'];
  /** Rule ids and families it names; none means every rule. */
  rules: string[];
  /** `disable` and `enable`: the source offset from which it holds. */
  from?: number;
  /** `disable-line` and `disable-next-line`: the first and last line it covers (1-based). */
  lines?: [number, number];
  /** The finding --report-unused-disable gives when it hides nothing (none for `enable`). */
  unused?: Finding;
}

/** The scopes of a document's directives, in document order. */
export function directiveScopes(document: Document, lines: LineIndex): DirectiveScope[] {
  // A loop, not a spread: a document can hold more segments than a call takes arguments.
  const firstCopy = document.segments.reduce((first, segment) => Math.min(first, segment.map.toSourceStart(0)), document.source.length);
  return [...document.directives]
    .sort((a, b) => a.start - b.start)
    .map((directive): DirectiveScope => {
      const { kind, rules } = directive;
      switch (kind) {
        case 'enable':
          return { kind, rules, from: directive.start };
        case 'disable':
          return { kind, rules, from: directive.end <= firstCopy ? 0 : directive.end, unused: unusedFinding(document, lines, directive) };
        case 'disable-next-line': {
          const target = nextLineWithText(lines, lines.position(directive.end).line + 1);
          return { kind, rules, lines: [target, target], unused: unusedFinding(document, lines, directive) };
        }
        case 'disable-line':
          return { kind, rules, lines: [directive.line, lines.position(directive.end).line], unused: unusedFinding(document, lines, directive) };
      }
    });
}

/** The findings no directive hides, and the findings for the directives that hide nothing. */
export function applyDirectives(scopes: readonly DirectiveScope[], findings: readonly Finding[]): { kept: Finding[]; unused: Finding[] } {
  if (scopes.length === 0) return { kept: [...findings], unused: [] };
  const used = new Set<DirectiveScope>();
  const kept = findings.filter((finding) => {
    if (isEngineFinding(finding)) return true;
    const hiding = hidingScopes(scopes, finding);
    for (const scope of hiding) used.add(scope);
    return hiding.length === 0;
  });
  // One comment may stand for several scopes (a calendar row's directive, once per line of the row): used when any of them is.
  const usedComments = new Set([...used].flatMap((scope) => (scope.unused ? [commentKey(scope.unused)] : [])));
  const unused = new Map<string, Finding>();
  for (const { unused: finding } of scopes) if (finding && !usedComments.has(commentKey(finding))) unused.set(commentKey(finding), finding);
  return { kept, unused: [...unused.values()] };
}

/**
 * The unused-directive findings, less those of directives that may switch
 * off one of `ruleIds` (naming it, its family, or every rule): a shard
 * leaves the programme rules to `brandlint merge`, so there it cannot tell
 * whether such a directive hides anything, and says nothing rather than
 * call a directive unused that the whole run would use.
 */
export function decidedUnused(scopes: readonly DirectiveScope[], unused: readonly Finding[], ruleIds: readonly string[]): Finding[] {
  if (ruleIds.length === 0) return [...unused];
  const undecided = new Set(
    scopes.flatMap((scope) => (scope.unused && ruleIds.some((ruleId) => namesRule(scope.rules, ruleId)) ? [commentKey(scope.unused)] : [])),
  );
  return unused.filter((finding) => !undecided.has(commentKey(finding)));
}

/**
 * Which of `ruleIds` the scopes switch off at a place, for findings made
 * where the file's scopes are not at hand (the programme, checked by
 * `brandlint merge` from the shards' reports).
 */
export function rulesOffAt(scopes: readonly DirectiveScope[], at: Pick<Finding, 'start' | 'line'>, ruleIds: readonly string[]): string[] {
  return ruleIds.filter((ruleId) => hidingScopes(scopes, { ruleId, ...at }).length > 0);
}

/** The scopes that hide a finding: the last block directive naming its rule when it disables, else the line directives covering it. */
function hidingScopes(scopes: readonly DirectiveScope[], finding: Pick<Finding, 'ruleId' | 'start' | 'line'>): DirectiveScope[] {
  const block = scopes.findLast((scope) => scope.from !== undefined && scope.from <= finding.start && namesRule(scope.rules, finding.ruleId));
  if (block?.kind === 'disable') return [block];
  return scopes.filter(
    (scope) => scope.lines !== undefined && namesRule(scope.rules, finding.ruleId) && finding.line >= scope.lines[0] && finding.line <= scope.lines[1],
  );
}

function commentKey(finding: Finding): string {
  return `${finding.start}:${finding.end}`;
}

/** Findings the engine reports on its own (an unreadable file, a parse warning, a rule that failed). */
function isEngineFinding(finding: Finding): boolean {
  return finding.ruleId.startsWith('brandlint/');
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

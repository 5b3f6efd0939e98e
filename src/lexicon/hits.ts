/**
 * What lexicon rules share: the document's lexicon hits of one kind, and
 * the report of a replacement (the term or name to write instead), with a
 * fix where the flagged text is verbatim in the source.
 */
import type { LexiconEntry, LexiconHit } from './lexicon.js';
import type { Report, RuleContext } from '../engine/types.js';
import { matchCase } from './inflect.js';

export type HitOf<K extends LexiconEntry['kind']> = LexiconHit & { entry: Extract<LexiconEntry, { kind: K }> };

export function lexiconHits<K extends LexiconEntry['kind']>(context: RuleContext, kind: K): HitOf<K>[] {
  return context.lexiconHits.filter((hit): hit is HitOf<K> => hit.entry.kind === kind);
}

/** Reports `hit` with `replacement` as suggestion and, when the source allows, as fix. */
export function reportReplacement(context: RuleContext, hit: LexiconHit, message: string, replacement: string | undefined, extra: Partial<Report> = {}): void {
  const fix = replacement !== undefined ? replacementFix(context, hit, replacement) : undefined;
  context.report({
    start: hit.sourceStart,
    end: hit.sourceEnd,
    segment: hit.segment,
    message,
    ...(replacement !== undefined ? { suggestion: replacement } : {}),
    ...(fix ? { fix } : {}),
    ...extra,
  });
}

/**
 * The fix of a replacement. An abbreviation the kit writes with its final
 * period ("e.g.") is matched without it, so the fix takes that period too,
 * and puts a full stop back only where the period also ended the line's sentence.
 */
function replacementFix(context: RuleContext, hit: LexiconHit, replacement: string) {
  const { source } = context.document;
  const abbreviation = hit.entry.kind === 'term' && hit.entry.form.endsWith('.') && !hit.text.endsWith('.') && source[hit.sourceEnd] === '.';
  if (!abbreviation) return context.fixSource(hit.sourceStart, hit.sourceEnd, replacement);
  const endsLine = /^[ \t]*(?:[\r\n]|$)/.test(source.slice(hit.sourceEnd + 1, hit.sourceEnd + 80));
  return context.fixSource(hit.sourceStart, hit.sourceEnd + 1, endsLine && !replacement.endsWith('.') ? `${replacement}.` : replacement);
}

/** " Reason." appended to a message when the kit gives one. */
export function withReason(reason: string | undefined): string {
  if (!reason) return '';
  const trimmed = reason.trim();
  return ` ${trimmed}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/**
 * Reports the preferred-term hits of one family (`terms` or `segments`):
 * "Use "buy" instead of "purchase"", in the flagged text's case, fixable.
 */
export function reportPreferredTerms(context: RuleContext, family: 'terms' | 'segments'): void {
  for (const hit of lexiconHits(context, 'term')) {
    const { term, replacement } = hit.entry;
    if (hit.entry.family !== family) continue;
    if (term.caseSensitive && hit.text !== hit.entry.form) continue;
    // Text written exactly as the kit writes it (an acronym such as "SMB") takes the replacement as the kit writes it.
    const written = term.caseSensitive || hit.text === hit.entry.form ? replacement : matchCase(replacement, hit.text);
    if (written === hit.text) continue;
    reportReplacement(
      context,
      hit,
      `Use "${written}" instead of "${hit.text}".${withReason(term.reason)}`,
      written,
      term.severity && term.severity !== 'off' ? { severity: term.severity } : {},
    );
  }
}

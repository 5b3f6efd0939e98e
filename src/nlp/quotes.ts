/**
 * Quoted speech: the spans of a text between matching quotation marks, marks
 * included. Curly pairs (“…”, ‘…’), guillemets («…») and straight quotes
 * paired in order. A single quote opens or closes only at a word boundary,
 * so the apostrophes of "don't" and "customers’" never start a quotation.
 * A mark that never closes quotes nothing.
 */
import { lastStartingAtOrBefore } from '../text/ranges.js';

export interface Span {
  start: number;
  end: number;
}

interface QuoteKind {
  open: string;
  close: string;
  /** Single quotes double as apostrophes, so they must stand at a word boundary. */
  boundary: boolean;
}

const KINDS: readonly QuoteKind[] = [
  { open: '“', close: '”', boundary: false },
  { open: '«', close: '»', boundary: false },
  { open: '"', close: '"', boundary: false },
  { open: '‘', close: '’', boundary: true },
  { open: "'", close: "'", boundary: true },
];

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  // The closing mark each kind found last: a later search that starts no further on finds the same one, so no stretch of
  // text is searched twice, even when many marks never close.
  const lastClose = new Map<QuoteKind, { from: number; at: number }>();
  const closeAfter = (from: number, kind: QuoteKind): number => {
    const last = lastClose.get(kind);
    if (last && last.from <= from && (last.at < 0 || from <= last.at)) return last.at;
    const at = closingIndex(text, from, kind);
    lastClose.set(kind, { from, at });
    return at;
  };
  let index = 0;
  while (index < text.length) {
    const kind = KINDS.find((candidate) => candidate.open === text[index] && opensAt(text, index, candidate));
    const end = kind ? closeAfter(index + 1, kind) : -1;
    if (end < 0) {
      index++;
      continue;
    }
    spans.push({ start: index, end: end + 1 });
    index = end + 1;
  }
  return spans;
}

/**
 * A test of whether a range lies wholly inside one of `spans` (in any
 * order, overlapping or not), answered by binary search: the furthest end
 * among the spans that start at or before the range's start.
 */
export function insideSpans(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) reach.push((furthest = Math.max(furthest, span.end)));
  return (start, end) => {
    const last = lastStartingAtOrBefore(sorted, start, (span) => span.start);
    return (sorted[last]?.start ?? Infinity) <= start && (reach[last] ?? -Infinity) >= end;
  };
}

function opensAt(text: string, index: number, kind: QuoteKind): boolean {
  if (!kind.boundary) return true;
  return !isLetterOrDigit(text[index - 1]) && isLetterOrDigit(text[index + 1]);
}

function closingIndex(text: string, from: number, kind: QuoteKind): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] !== kind.close) continue;
    if (!kind.boundary || (!isWhitespace(text[index - 1]) && !isLetterOrDigit(text[index + 1]))) return index;
  }
  return -1;
}

function isLetterOrDigit(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isWhitespace(character: string | undefined): boolean {
  return character !== undefined && /\s/.test(character);
}

/**
 * Line-level helpers for the text-based readers (posts, plain text, call
 * scripts): walking source lines, and copying a source range into a segment
 * verbatim while leaving out cut ranges (directive comments, images).
 */
import type { SegmentTextBuilder } from '../source-map.js';
import { firstEndingAfter } from '../../text/ranges.js';

export interface SourceLine {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset where the line's content ends (before its line ending). */
  end: number;
  /** Offset where the next line starts (after the line ending). */
  next: number;
  text: string;
}

export interface Range {
  start: number;
  end: number;
}

/** The lines of `source` between `from` and `to`; LF, CRLF and lone CR end a line. */
export function splitLines(source: string, from = 0, to = source.length): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to && source[end] !== '\n' && source[end] !== '\r') end++;
    let next = end;
    if (source[next] === '\r' && source[next + 1] === '\n' && next + 1 < to) next += 2;
    else if (next < to) next += 1;
    lines.push({ start, end, next, text: source.slice(start, end) });
    start = next;
  }
  return lines;
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Widens every cut that leaves its line blank to the whole line, line ending
 * included, so that removing a comment or an image line does not leave an
 * empty line behind in the text.
 */
export function widenCutsToLines(source: string, lines: readonly SourceLine[], cuts: readonly Range[]): Range[] {
  const sorted = mergeRanges(cuts);
  const widened: Range[] = [];
  for (const line of lines) {
    const inLine = overlapping(sorted, line.start, line.next);
    if (inLine.length === 0) continue;
    const rest = textOutside(source, line.start, line.end, inLine);
    const startsHere = inLine.every((cut) => cut.start >= line.start);
    if (isBlank(rest) && startsHere) widened.push({ start: line.start, end: Math.max(line.next, ...inLine.map((cut) => cut.end)) });
  }
  return mergeRanges([...sorted, ...widened]);
}

/** Appends `source[start, end)` verbatim, skipping the (sorted, merged) `cuts`. */
export function appendKept(builder: SegmentTextBuilder, source: string, start: number, end: number, cuts: readonly Range[]): void {
  let position = start;
  for (const cut of cuts) {
    if (cut.end <= position || cut.start >= end) continue;
    if (cut.start > position) builder.verbatim(source.slice(position, cut.start), position);
    position = Math.max(position, cut.end);
  }
  if (position < end) builder.verbatim(source.slice(position, end), position);
}

/** The ranges of a sorted, non-overlapping list that overlap `[start, end)`. */
export function overlapping(ranges: readonly Range[], start: number, end: number): Range[] {
  const found: Range[] = [];
  for (let index = firstEndingAfter(ranges, start); ; index++) {
    const range = ranges[index];
    if (range === undefined || range.start >= end) return found;
    found.push(range);
  }
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** The text of `source[start, end)` outside the sorted `cuts`. */
function textOutside(source: string, start: number, end: number, cuts: readonly Range[]): string {
  let rest = '';
  let position = start;
  for (const cut of cuts) {
    if (cut.end <= position || cut.start >= end) continue;
    if (cut.start > position) rest += source.slice(position, cut.start);
    position = cut.end;
  }
  return position < end ? rest + source.slice(position, end) : rest;
}

/**
 * Every chunk of every segment of a document, in source order, built once
 * per document in a run (see DocumentData): what a reader sees in a source
 * range (a finding's `text`), and whether a range is plain text a fix may
 * rewrite. Lookups are binary searches, so a document with thousands of
 * findings stays fast.
 */
import type { Chunk } from '../documents/source-map.js';
import type { TextSyntax } from '../documents/text-syntax.js';
import type { Document } from '../documents/types.js';
import { firstNotBefore } from '../text/ranges.js';

interface PlacedChunk extends Chunk {
  segment: number;
  text: string;
}

export class SourceIndex {
  private readonly chunks: PlacedChunk[];
  /** Largest srcEnd among chunks[0..i], for finding the first chunk that reaches past an offset. */
  private readonly reach: number[] = [];
  /** Merged source ranges copied verbatim into segment text. */
  private readonly verbatim: [number, number][];

  constructor(document: Document) {
    this.chunks = document.segments
      .flatMap((segment) => segment.map.chunks.map((chunk) => ({ ...chunk, segment: segment.index, text: segment.text })))
      .sort((a, b) => a.srcStart - b.srcStart || a.segment - b.segment);
    for (const chunk of this.chunks) this.reach.push(Math.max(chunk.srcEnd, this.reach.at(-1) ?? 0));
    this.verbatim = mergeVerbatim(this.chunks);
  }

  /**
   * The text a reader sees in a source range, rebuilt from the segments'
   * maps (entities decoded, markup left out), not read from the source: the
   * position invariant compares the two. Pieces come in source order, with a
   * space between pieces of different segments.
   */
  visibleText(start: number, end: number): string {
    const { chunks, reach } = this;
    let text = '';
    let previousSegment = -1;
    for (let position = firstNotBefore(reach, (value) => value <= start); ; position++) {
      const chunk = chunks[position];
      if (!chunk || chunk.srcStart >= end) break;
      if (chunk.srcEnd <= start) continue;
      let piece: string;
      if (chunk.verbatim) {
        const from = Math.max(chunk.srcStart, start);
        const to = Math.min(chunk.srcEnd, end);
        piece = chunk.text.slice(chunk.segStart + (from - chunk.srcStart), chunk.segStart + (to - chunk.srcStart));
      } else {
        piece = chunk.text.slice(chunk.segStart, chunk.segEnd);
      }
      if (piece === '') continue;
      text += (previousSegment >= 0 && previousSegment !== chunk.segment ? ' ' : '') + piece;
      previousSegment = chunk.segment;
    }
    return text;
  }

  /** True when every character of the source range is verbatim segment text (an insertion: touches such text). */
  isVerbatim(start: number, end: number): boolean {
    const { verbatim } = this;
    const range = verbatim[firstNotBefore(verbatim, ([, to]) => to < start)];
    if (!range) return false;
    const [from, to] = range;
    return from <= start && end <= to;
  }

  /**
   * How the verbatim text at a source range is written in the file: the
   * syntax its chunks share (for an insertion, the text on either side), or
   * undefined when they disagree or say nothing.
   */
  syntaxAt(start: number, end: number): TextSyntax | undefined {
    const { chunks, reach } = this;
    const found: TextSyntax[] = [];
    for (let position = firstNotBefore(reach, (value) => value < start); ; position++) {
      const chunk = chunks[position];
      if (!chunk || chunk.srcStart > end) break;
      if (!chunk.verbatim) continue;
      const touches = start === end ? chunk.srcStart <= start && start <= chunk.srcEnd : chunk.srcStart < end && start < chunk.srcEnd;
      if (touches) found.push(chunk.syntax ?? UNKNOWN);
    }
    const first = found[0];
    return first && first !== UNKNOWN && found.every((syntax) => sameSyntax(syntax, first)) ? first : undefined;
  }
}

function mergeVerbatim(chunks: PlacedChunk[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const chunk of chunks) {
    if (!chunk.verbatim) continue;
    const last = merged[merged.length - 1];
    if (last && chunk.srcStart <= last[1]) last[1] = Math.max(last[1], chunk.srcEnd);
    else merged.push([chunk.srcStart, chunk.srcEnd]);
  }
  return merged;
}

const UNKNOWN: TextSyntax = { kind: 'read-only', reason: 'unknown' };

function sameSyntax(a: TextSyntax, b: TextSyntax): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Source maps from segment text back to the original file.
 *
 * A segment's text is built from chunks. A verbatim chunk is a run of the
 * source copied as is, so every offset inside it maps one to one. A replaced
 * chunk stands for a source range that reads differently (an entity such as
 * `&amp;`, a collapsed run of white space, a synthetic separator); any offset
 * inside it maps to the whole source range, so a finding always covers an
 * entity whole. A verbatim chunk may say how its text is written in the file
 * (HTML text, a JSON string, a CSV cell …), so a fix there can be escaped.
 */
import type { TextSyntax } from './text-syntax.js';
import { itemAt } from '../text/items.js';
import { lastStartingAtOrBefore } from '../text/ranges.js';

export interface Chunk {
  segStart: number;
  segEnd: number;
  srcStart: number;
  srcEnd: number;
  verbatim: boolean;
  /** How the text of a verbatim chunk is written in the file. */
  syntax?: TextSyntax;
}

export class OffsetMap {
  constructor(readonly chunks: readonly Chunk[]) {}

  /** Source offset where the segment text at `offset` starts. */
  toSourceStart(offset: number): number {
    const last = this.chunks.at(-1);
    if (!last) return 0;
    if (offset >= last.segEnd) return last.srcEnd;
    const chunk = this.chunkContaining(offset);
    return chunk.verbatim ? chunk.srcStart + (offset - chunk.segStart) : chunk.srcStart;
  }

  /** Source offset where segment text ending at `offset` (exclusive) ends. */
  toSourceEnd(offset: number): number {
    const [first] = this.chunks;
    if (!first) return 0;
    if (offset <= 0) return first.srcStart;
    const chunk = this.chunkContaining(offset - 1);
    return chunk.verbatim ? chunk.srcStart + (offset - chunk.segStart) : chunk.srcEnd;
  }

  /** Source range of a segment range. */
  toSource(start: number, end: number): { start: number; end: number } {
    const sourceStart = this.toSourceStart(start);
    return { start: sourceStart, end: Math.max(sourceStart, this.toSourceEnd(end)) };
  }

  /**
   * True when the segment range is one unbroken verbatim run of the source,
   * so replacing the source range replaces exactly that text (a safe fix).
   */
  isVerbatim(start: number, end: number): boolean {
    if (end <= start) return false;
    let previous: Chunk | undefined;
    for (const chunk of this.chunks.slice(lastStartingAtOrBefore(this.chunks, start, (chunk) => chunk.segStart))) {
      if (chunk.segStart >= end) break;
      if (!chunk.verbatim) return false;
      if (previous && previous.srcEnd !== chunk.srcStart) return false;
      previous = chunk;
    }
    return previous !== undefined && previous.segEnd >= end;
  }

  /** The last chunk starting at or before a segment offset (the first, before any starts). */
  private chunkContaining(offset: number): Chunk {
    return itemAt(
      this.chunks,
      lastStartingAtOrBefore(this.chunks, offset, (chunk) => chunk.segStart),
    );
  }
}

/**
 * Builds one segment's text and its map, piece by piece, as a parser walks
 * the source.
 */
export class SegmentTextBuilder {
  /** `syntax`: how verbatim text appended without one is written in the file. */
  constructor(private readonly syntax?: TextSyntax) {}

  private parts: string[] = [];
  private length = 0;
  private chunks: Chunk[] = [];
  private explicitOpaque: { kind: 'code' | 'merge-tag'; start: number; end: number }[] = [];

  get textLength(): number {
    return this.length;
  }

  /** The text appended so far ends in white space (or nothing was appended). */
  endsWithSpace(): boolean {
    const last = this.parts.at(-1);
    return this.length === 0 || last === undefined || /\s$/u.test(last);
  }

  /** Appends `text`, which is exactly `source.slice(srcStart, srcStart + text.length)`. */
  verbatim(text: string, srcStart: number, syntax = this.syntax): this {
    if (text.length === 0) return this;
    const previous = this.chunks[this.chunks.length - 1];
    if (previous && previous.verbatim && previous.segEnd === this.length && previous.srcEnd === srcStart && previous.syntax === syntax) {
      previous.segEnd += text.length;
      previous.srcEnd += text.length;
    } else {
      this.chunks.push({
        segStart: this.length,
        segEnd: this.length + text.length,
        srcStart,
        srcEnd: srcStart + text.length,
        verbatim: true,
        ...(syntax ? { syntax } : {}),
      });
    }
    this.push(text);
    return this;
  }

  /** Appends `text` standing for the source range [srcStart, srcEnd) that reads differently. */
  replaced(text: string, srcStart: number, srcEnd: number): this {
    if (text.length === 0) return this;
    this.chunks.push({ segStart: this.length, segEnd: this.length + text.length, srcStart, srcEnd, verbatim: false });
    this.push(text);
    return this;
  }

  /** Appends a separator that is not in the source (e.g. a space for a line break tag), anchored at `at`. */
  synthetic(text: string, at: number, atEnd = at): this {
    return this.replaced(text, at, atEnd);
  }

  /** Marks the segment range [segStart, segEnd) as opaque (inline code, a merge tag). */
  markOpaque(kind: 'code' | 'merge-tag', segStart: number, segEnd: number): this {
    if (segEnd > segStart) this.explicitOpaque.push({ kind, start: segStart, end: segEnd });
    return this;
  }

  /**
   * Finishes the text: trims white space at both ends (keeping the map right)
   * and returns the text, its map and the explicitly marked opaque spans.
   */
  finish(): { text: string; map: OffsetMap; opaque: { kind: 'code' | 'merge-tag'; start: number; end: number }[] } {
    const full = this.parts.join('');
    const leading = full.length - full.trimStart().length;
    const trimmedEnd = full.trimEnd().length;
    if (trimmedEnd <= leading) return { text: '', map: new OffsetMap([]), opaque: [] };
    const chunks: Chunk[] = [];
    for (const chunk of this.chunks) {
      const segStart = Math.max(chunk.segStart, leading);
      const segEnd = Math.min(chunk.segEnd, trimmedEnd);
      if (segEnd <= segStart) continue;
      if (chunk.verbatim) {
        const shift = segStart - chunk.segStart;
        chunks.push({
          segStart: segStart - leading,
          segEnd: segEnd - leading,
          srcStart: chunk.srcStart + shift,
          srcEnd: chunk.srcStart + shift + (segEnd - segStart),
          verbatim: true,
          ...(chunk.syntax ? { syntax: chunk.syntax } : {}),
        });
      } else {
        chunks.push({ segStart: segStart - leading, segEnd: segEnd - leading, srcStart: chunk.srcStart, srcEnd: chunk.srcEnd, verbatim: false });
      }
    }
    const opaque = this.explicitOpaque
      .map((span) => ({ kind: span.kind, start: Math.max(0, span.start - leading), end: Math.min(trimmedEnd, span.end) - leading }))
      .filter((span) => span.end > span.start);
    return { text: full.slice(leading, trimmedEnd), map: new OffsetMap(chunks), opaque };
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

/** A verbatim map for text that is one slice of the source. */
export function sliceMap(srcStart: number, length: number): OffsetMap {
  return new OffsetMap(length > 0 ? [{ segStart: 0, segEnd: length, srcStart, srcEnd: srcStart + length, verbatim: true }] : []);
}

/**
 * The copy around a finding as a reader sees it: the paragraph (the
 * segments of one block) the flagged text stands in, markup removed and
 * entities decoded, cut to a window around the flagged text. HTML email,
 * web pages, Markdown and calendars show this instead of source lines full
 * of tags, attributes and quoting; a finding outside any text (an image
 * without alt text) keeps its source frame.
 */
import type { Chunk } from '../../documents/source-map.js';
import type { Document, Role, Segment } from '../../documents/types.js';

/** Characters of the paragraph shown either side of the flagged text. */
const CONTEXT = 90;

export interface ReaderContext {
  role: Role;
  before: string;
  flagged: string;
  after: string;
  /** Whether the paragraph goes on before or after what is shown. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export function readerContext(document: Document, start: number, end: number): ReaderContext | undefined {
  const segment = segmentAt(document.segments, start);
  if (!segment) return undefined;
  const from = segmentOffset(segment.map.chunks, start, 'start');
  const to = Math.max(from, segmentOffset(segment.map.chunks, Math.max(start, end), 'end'));
  const { text, offset } = paragraphOf(document, segment);
  const flaggedStart = offset + from;
  const flaggedEnd = offset + to;
  const windowStart = wordBoundary(text, Math.max(0, flaggedStart - CONTEXT), 'forward');
  const windowEnd = wordBoundary(text, Math.min(text.length, flaggedEnd + CONTEXT), 'backward');
  return {
    role: segment.role,
    before: text.slice(windowStart, flaggedStart),
    flagged: text.slice(flaggedStart, flaggedEnd),
    after: text.slice(flaggedEnd, windowEnd),
    cutBefore: windowStart > 0,
    cutAfter: windowEnd < text.length,
  };
}

/** The narrowest segment whose text maps over the source offset. */
function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let best: Segment | undefined;
  let bestLength = Infinity;
  for (const segment of segments) {
    const { chunks } = segment.map;
    const [first] = chunks;
    const last = chunks.at(-1);
    if (!first || !last || segment.text.trim() === '') continue;
    const covers = chunks.some(
      (chunk) => chunk.srcStart <= offset && (offset < chunk.srcEnd || (chunk.srcStart === chunk.srcEnd && offset === chunk.srcStart)),
    );
    const length = last.srcEnd - first.srcStart;
    if (covers && length < bestLength) {
      best = segment;
      bestLength = length;
    }
  }
  return best;
}

/** The segment offset of a source offset: where the text at it starts, or where text ending there ends. */
function segmentOffset(chunks: readonly Chunk[], source: number, side: 'start' | 'end'): number {
  for (const chunk of chunks) {
    const inside = side === 'start' ? source >= chunk.srcStart && source < chunk.srcEnd : source > chunk.srcStart && source <= chunk.srcEnd;
    if (inside) {
      if (chunk.verbatim) return chunk.segStart + (source - chunk.srcStart);
      return side === 'start' ? chunk.segStart : chunk.segEnd;
    }
    if (chunk.srcStart >= source) return chunk.segStart;
  }
  return chunks.at(-1)?.segEnd ?? 0;
}

/** The text of the segment's paragraph (its block), and where the segment's text starts in it. */
function paragraphOf(document: Document, segment: Segment): { text: string; offset: number } {
  // in source order; stage directions of a call script are not what anyone reads or hears
  const block = document.segments
    .filter((candidate) => candidate === segment || (candidate.block === segment.block && candidate.role !== 'direction' && candidate.map.chunks.length > 0))
    .sort((a, b) => (a.map.chunks[0]?.srcStart ?? 0) - (b.map.chunks[0]?.srcStart ?? 0));
  let text = '';
  let offset = 0;
  let previousEnd: number | undefined;
  for (const member of block) {
    const chunks = member.map.chunks;
    const [first] = chunks;
    if (previousEnd !== undefined && text !== '' && first) {
      // a space where the source has one between the two (outside tags)
      const gap = document.source.slice(previousEnd, first.srcStart).replace(/<[^>]*>/g, '');
      if (/\s/.test(gap) && !/\s$/.test(text) && !/^\s/.test(member.text)) text += ' ';
    }
    if (member === segment) offset = text.length;
    text += member.text;
    previousEnd = chunks.at(-1)?.srcEnd ?? previousEnd;
  }
  return { text, offset };
}

/** Moves a cut to the nearest space, so a word is not shown in half. */
function wordBoundary(text: string, index: number, direction: 'forward' | 'backward'): number {
  if (index <= 0 || index >= text.length) return index;
  const space = direction === 'forward' ? text.indexOf(' ', index) : text.lastIndexOf(' ', index);
  if (space === -1 || Math.abs(space - index) > 20) return index;
  return direction === 'forward' ? space + 1 : space;
}

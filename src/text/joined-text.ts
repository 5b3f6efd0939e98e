/**
 * Several segments read as one text — a preheader split over two elements,
 * an agent turn interrupted by a stage direction — joined with a space, with
 * every offset of the joined text mapped back to its segment and the source.
 */
import type { Segment } from '../documents/types.js';

export interface SourceRange {
  start: number;
  end: number;
  /** The segment the range starts in, when there is one. */
  segment?: number;
}

export class JoinedText {
  readonly text: string;
  private readonly offsets: number[];

  constructor(readonly segments: readonly Segment[]) {
    this.offsets = [];
    let text = '';
    for (const segment of segments) {
      if (text !== '') text += ' ';
      this.offsets.push(text.length);
      text += segment.text;
    }
    this.text = text;
  }

  /** Where the joined segment at `position` (in `segments`) starts in the joined text. */
  offsetOf(position: number): number {
    const offset = this.offsets[position];
    if (offset === undefined) throw new RangeError(`no joined segment at ${position} (there are ${this.offsets.length})`);
    return offset;
  }

  /** Source range of the joined-text range `[start, end)`. */
  toSource(start = 0, end = this.text.length): SourceRange {
    const from = this.locate(start, false);
    const to = this.locate(end, true);
    const sourceStart = from.segment.map.toSourceStart(from.offset);
    return { start: sourceStart, end: Math.max(sourceStart, to.segment.map.toSourceEnd(to.offset)), segment: from.segment.index };
  }

  /** The segment holding a joined-text offset; an end offset belongs to the segment before a separator. */
  private locate(offset: number, isEnd: boolean): { segment: Segment; offset: number } {
    let index = 0;
    for (const [candidate, first] of this.offsets.entries()) if (isEnd ? first < offset : first <= offset) index = candidate;
    const segment = this.segments[index];
    if (!segment) throw new RangeError('a joined text of no segments has no positions');
    return { segment, offset: Math.min(Math.max(0, offset - this.offsetOf(index)), segment.text.length) };
  }
}

/** The segments of one role read as one text, or undefined when the document has none. */
export function joinedRole(segments: readonly Segment[], role: Segment['role']): JoinedText | undefined {
  const found = segments.filter((segment) => segment.role === role);
  return found.length > 0 ? new JoinedText(found) : undefined;
}

/** Source range of `[start, end)` of one segment, with the segment's index. */
export function segmentRange(segment: Segment, start = 0, end = segment.text.length): SourceRange {
  return { ...segment.map.toSource(start, end), segment: segment.index };
}

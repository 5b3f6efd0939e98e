/**
 * Offsets to 1-based line and column. Lines end at LF, CRLF or a lone CR,
 * so columns stay right in files with any line ending. Columns count UTF-16
 * code units, as ESLint and editors' LSP positions do.
 */
import { itemAt } from '../text/items.js';
import { lastStartingAtOrBefore } from '../text/ranges.js';
export interface Position {
  line: number;
  column: number;
}

/** Whether start–end is a range of whole offsets inside a text of this length (0 ≤ start ≤ end ≤ length). */
export function isRangeWithin(start: number, end: number, length: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let index = 0; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === 10) this.lineStarts.push(index + 1);
      else if (char === 13) {
        if (text.charCodeAt(index + 1) === 10) index++;
        this.lineStarts.push(index + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * The line and column of an offset in the text (0 to its length). An offset
   * outside it is a bug in whoever computed it, so it throws instead of being
   * moved to the nearest end, where the finding would point at the wrong text.
   */
  position(offset: number): Position {
    if (!isRangeWithin(offset, offset, this.text.length)) {
      throw new RangeError(`offset ${offset} is outside the text (0–${this.text.length})`);
    }
    const index = lastStartingAtOrBefore(this.lineStarts, offset, (start) => start);
    return { line: index + 1, column: offset - itemAt(this.lineStarts, index) + 1 };
  }

  /** Offset of a 1-based line start. */
  lineStart(line: number): number {
    return itemAt(this.lineStarts, Math.max(0, Math.min(line - 1, this.lineStarts.length - 1)));
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

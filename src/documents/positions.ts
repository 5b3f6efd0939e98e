/**
 * Offsets to 1-based line and column. Lines end at LF, CRLF or a lone CR,
 * so columns stay right in files with any line ending. Columns count UTF-16
 * code units, as ESLint and editors' LSP positions do.
 */
export interface Position {
  line: number;
  column: number;
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

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }

  /** Offset of a 1-based line start. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    const end = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

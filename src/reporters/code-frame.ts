/**
 * A few lines of source around a finding with the flagged text underlined,
 * cut to a window around the finding on very long lines (minified HTML).
 * `frameLines` gives the window as data, for reporters that mark the text
 * their own way (HTML); `codeFrame` draws it for the terminal.
 */
import type { LineIndex } from '../documents/positions.js';
import { printable } from './printable.js';

const WINDOW = 100;

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

export interface FrameLine {
  number: number;
  /** The visible part of the line: tabs as single spaces, cut to the window. */
  text: string;
  /** Whether the line goes on before or after the visible part. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** On the finding's first line: the flagged range within `text` (end may pass the text's end). */
  flagged?: { start: number; end: number };
}

export function frameLines(lines: LineIndex, line: number, column: number, endLine: number, endColumn: number): FrameLine[] {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.lineCount, line + 1);
  const flaggedEnd = endLine === line ? Math.max(endColumn, column + 1) : lines.lineText(line).length + 1;
  const windowStart = Math.max(0, Math.min(column - 1 - 30, flaggedEnd - 1 - WINDOW + 20));
  const frame: FrameLine[] = [];
  for (let current = first; current <= last; current++) {
    const flat = lines.lineText(current).replace(/\t/g, ' ');
    const entry: FrameLine = {
      number: current,
      text: flat.slice(windowStart, windowStart + WINDOW),
      cutBefore: windowStart > 0,
      cutAfter: windowStart + WINDOW < flat.length,
    };
    if (current === line) {
      const start = Math.max(0, column - 1 - windowStart);
      entry.flagged = { start, end: start + Math.max(1, Math.min(flaggedEnd - column, WINDOW)) };
    }
    frame.push(entry);
  }
  return frame;
}

export function codeFrame(lines: LineIndex, line: number, column: number, endLine: number, endColumn: number, style: FrameStyle): string {
  const frame = frameLines(lines, line, column, endLine, endColumn);
  const width = String(frame.at(-1)?.number ?? line).length;
  const output: string[] = [];
  for (const entry of frame) {
    const text = `${entry.cutBefore ? '…' : ''}${printable(entry.text)}${entry.cutAfter ? '…' : ''}`;
    output.push(`${style.gutter(`${entry.flagged ? '>' : ' '} ${String(entry.number).padStart(width)} |`)}${text ? ` ${text}` : ''}`);
    if (entry.flagged) {
      // Measured on the printed text, where an escaped control character takes several columns.
      const offset = printable(entry.text.slice(0, entry.flagged.start)).length + (entry.cutBefore ? 1 : 0);
      const marked = Math.max(1, printable(entry.text.slice(entry.flagged.start, entry.flagged.end)).length, entry.flagged.end - entry.flagged.start);
      output.push(`${style.gutter(`  ${' '.repeat(width)} |`)} ${' '.repeat(offset)}${style.marker('^'.repeat(marked))}`);
    }
  }
  return output.join('\n');
}

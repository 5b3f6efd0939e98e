/**
 * A few lines of source around a finding with the flagged text underlined,
 * cut to a window around the finding on long lines (minified HTML, or any
 * line wider than the terminal). `frameLines` gives the window as data, for
 * reporters that mark the text their own way (HTML); `codeFrame` draws it
 * for the terminal, as wide as it is given.
 */
import type { LineIndex } from '../documents/positions.js';
import { printable } from './printable.js';

/** Characters of a line shown by default: what a log or a wide terminal holds. */
export const DEFAULT_WINDOW = 100;
/** Below this a frame shows too little of the line to read. */
const MIN_WINDOW = 20;

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

export function frameLines(lines: LineIndex, line: number, column: number, endLine: number, endColumn: number, window = DEFAULT_WINDOW): FrameLine[] {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.lineCount, line + 1);
  const flaggedEnd = endLine === line ? Math.max(endColumn, column + 1) : lines.lineText(line).length + 1;
  // some text before the flagged range, and its end in view when it fits
  const lead = Math.floor(window * 0.3);
  const windowStart = Math.max(0, Math.min(column - 1 - lead, flaggedEnd - 1 - window + Math.floor(window * 0.2)));
  const frame: FrameLine[] = [];
  for (let current = first; current <= last; current++) {
    const flat = lines.lineText(current).replace(/\t/g, ' ');
    const entry: FrameLine = {
      number: current,
      text: flat.slice(windowStart, windowStart + window),
      cutBefore: windowStart > 0,
      cutAfter: windowStart + window < flat.length,
    };
    if (current === line) {
      const start = Math.max(0, column - 1 - windowStart);
      entry.flagged = { start, end: start + Math.max(1, Math.min(flaggedEnd - column, window - start)) };
    }
    frame.push(entry);
  }
  return frame;
}

/**
 * The frame as terminal lines no wider than `columns` (after `indent`
 * characters the caller adds), or DEFAULT_WINDOW characters of source when
 * the width is unknown (a file, a pipe, a CI log).
 */
export function codeFrame(
  lines: LineIndex,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  style: FrameStyle,
  layout: { columns?: number; indent?: number } = {},
): string {
  const width = String(Math.min(lines.lineCount, line + 1)).length;
  // gutter "> 12 | " and an ellipsis at either end
  const window = layout.columns === undefined ? DEFAULT_WINDOW : Math.max(MIN_WINDOW, layout.columns - (layout.indent ?? 0) - (width + 5) - 2);
  const frame = frameLines(lines, line, column, endLine, endColumn, window);
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

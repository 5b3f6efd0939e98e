/**
 * A few lines of source around a finding with the flagged text underlined,
 * cut to a window around the finding on very long lines (minified HTML).
 */
import type { LineIndex } from '../documents/positions.js';

const WINDOW = 100;

export interface FrameStyle {
  gutter(text: string): string;
  marker(text: string): string;
}

export function codeFrame(lines: LineIndex, line: number, column: number, endLine: number, endColumn: number, style: FrameStyle): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.lineCount, line + 1);
  const width = String(last).length;
  const output: string[] = [];
  const flaggedEnd = endLine === line ? Math.max(endColumn, column + 1) : lines.lineText(line).length + 1;
  const windowStart = Math.max(0, Math.min(column - 1 - 30, flaggedEnd - 1 - WINDOW + 20));
  for (let current = first; current <= last; current++) {
    const text = visible(lines.lineText(current), windowStart);
    const isTarget = current === line;
    output.push(`${style.gutter(`${isTarget ? '>' : ' '} ${String(current).padStart(width)} |`)}${text ? ` ${text}` : ''}`);
    if (isTarget) {
      const offset = column - 1 - windowStart + (windowStart > 0 ? 1 : 0);
      const length = Math.max(1, Math.min(flaggedEnd - column, WINDOW));
      output.push(`${style.gutter(`  ${' '.repeat(width)} |`)} ${' '.repeat(Math.max(0, offset))}${style.marker('^'.repeat(length))}`);
    }
  }
  return output.join('\n');
}

/** The part of a line shown in a frame: tabs as single spaces, cut to the window. */
function visible(text: string, start: number): string {
  const flat = text.replace(/\t/g, ' ');
  const cut = flat.slice(start, start + WINDOW);
  return `${start > 0 ? '…' : ''}${cut}${start + WINDOW < flat.length ? '…' : ''}`;
}

/**
 * CSV with the exact source range of every cell. csv-parse reads the
 * records (and reports malformed files); the byte count it gives at the end
 * of each record anchors a small scan of that record's cells, which knows
 * where each cell starts, where its quotes are and which `""` stand for one
 * `"`. A record whose scanned cells do not read as csv-parse read them is
 * mapped to the whole record instead, so positions never point elsewhere.
 */
import { parse } from 'csv-parse/sync';
import type { ParseWarning } from '../types.js';
import { writtenAs, type Piece } from './data-tree.js';
import { ends } from '../../text/items.js';

export interface CsvCell {
  value: string;
  start: number;
  end: number;
  pieces: Piece[];
}

export interface CsvRecord {
  cells: CsvCell[];
  /** Source range of the record, from its first cell to the end of its last. */
  start: number;
  end: number;
}

export interface CsvTable {
  records: CsvRecord[];
  delimiter: string;
  warnings: ParseWarning[];
}

const DELIMITERS = [',', ';', '\t', '|'];

export function readCsv(source: string): CsvTable {
  const delimiter = detectDelimiter(source);
  const warnings: ParseWarning[] = [];
  const parsed = parseRecords(source, delimiter, warnings);
  const offsets = new Utf8Offsets(source);
  const records: CsvRecord[] = [];
  let recordStart = 0;
  for (const { values, bytes } of parsed) {
    const recordEnd = offsets.offsetOf(bytes);
    records.push(locateRecord(source, skipEmptyLines(source, recordStart), recordEnd, delimiter, values, warnings));
    recordStart = recordEnd;
  }
  return { records, delimiter, warnings };
}

/** The delimiter used most on the first line, outside quotes; comma on a tie. */
function detectDelimiter(source: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let index = 0; index < source.length; index++) {
    const char = source.charAt(index);
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best), ',');
}

interface ParsedRecord {
  values: string[];
  /** UTF-8 byte offset where the record, its line ending included, ends. */
  bytes: number;
}

/** Records as csv-parse reads them; on a malformed file, the records before the fault and a warning. */
function parseRecords(source: string, delimiter: string, warnings: ParseWarning[]): ParsedRecord[] {
  const parsed: ParsedRecord[] = [];
  try {
    parse(source, {
      delimiter,
      // Any line ending ends a record, as in the cell scan: hand-edited files mix them.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (values: string[], context) => {
        parsed.push({ values, bytes: context.bytes });
        return values;
      },
    });
  } catch (error) {
    const at = new Utf8Offsets(source).offsetOf(parsed[parsed.length - 1]?.bytes ?? 0);
    warnings.push({ message: `CSV: ${(error as Error).message}`, start: at, end: at });
  }
  return parsed;
}

function skipEmptyLines(source: string, position: number): number {
  while (source[position] === '\n' || source[position] === '\r') position++;
  return position;
}

function locateRecord(source: string, start: number, end: number, delimiter: string, values: string[], warnings: ParseWarning[]): CsvRecord {
  const cells = scanCells(source, start, end, delimiter);
  const matches = cells.length === values.length && cells.every((cell, index) => cell.value === values[index]);
  if (matches) return { cells, start, end: ends(cells).last.end };
  const recordEnd = trimLineEnd(source, start, end);
  warnings.push({ message: 'CSV: could not place the cells of this row exactly; findings point at the whole row', start, end: recordEnd });
  const wholeRecord = (value: string): CsvCell => ({ value, start, end: recordEnd, pieces: [{ text: value, start, end: recordEnd, verbatim: false }] });
  return { cells: values.map(wholeRecord), start, end: recordEnd };
}

function trimLineEnd(source: string, start: number, end: number): number {
  while (end > start && (source[end - 1] === '\n' || source[end - 1] === '\r')) end--;
  return end;
}

function scanCells(source: string, start: number, end: number, delimiter: string): CsvCell[] {
  const cells: CsvCell[] = [];
  let position = start;
  for (;;) {
    const quoted = source[position] === '"';
    const cell = quoted ? scanQuoted(source, position, end) : scanUnquoted(source, position, end, delimiter);
    writtenAs(cell.pieces, { kind: 'csv', quoted, delimiter, start: cell.start, end: cell.end });
    cells.push(cell);
    position = cell.end;
    if (position >= end || source[position] !== delimiter) return cells;
    position++;
  }
}

function scanUnquoted(source: string, start: number, end: number, delimiter: string): CsvCell {
  let position = start;
  while (position < end && source[position] !== delimiter && source[position] !== '\n' && source[position] !== '\r') position++;
  const value = source.slice(start, position);
  return { value, start, end: position, pieces: value ? [{ text: value, start, end: position, verbatim: true }] : [] };
}

/** A quoted cell: its text runs verbatim, each `""` a replaced chunk for `"`. The cell's range includes the quotes. */
function scanQuoted(source: string, start: number, end: number): CsvCell {
  const pieces: Piece[] = [];
  let runStart = start + 1;
  let position = runStart;
  while (position < end) {
    if (source[position] !== '"') {
      position++;
      continue;
    }
    if (position > runStart) pieces.push({ text: source.slice(runStart, position), start: runStart, end: position, verbatim: true });
    if (source[position + 1] !== '"') return { value: pieces.map((piece) => piece.text).join(''), start, end: position + 1, pieces };
    pieces.push({ text: '"', start: position, end: position + 2, verbatim: false });
    position += 2;
    runStart = position;
  }
  if (position > runStart) pieces.push({ text: source.slice(runStart, position), start: runStart, end: position, verbatim: true });
  return { value: pieces.map((piece) => piece.text).join(''), start, end: position, pieces };
}

/** Converts UTF-8 byte offsets (as csv-parse counts) to UTF-16 offsets, moving forward only. */
class Utf8Offsets {
  private offset = 0;
  private bytes = 0;

  constructor(private readonly source: string) {}

  offsetOf(bytes: number): number {
    if (bytes < this.bytes) {
      this.offset = 0;
      this.bytes = 0;
    }
    while (this.bytes < bytes && this.offset < this.source.length) {
      const codePoint = this.source.codePointAt(this.offset)!;
      this.bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      this.offset += codePoint > 0xffff ? 2 : 1;
    }
    return this.offset;
  }
}

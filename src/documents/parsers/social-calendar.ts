/**
 * Content calendars: `.csv`, `.json` and `.yaml` files with one post per row
 * or list item. The post text is one `post` segment whose map points into the
 * cell in the file; the other columns (date, campaign, sponsored, account,
 * link and any others) travel along as segment `data`, the platform as
 * `platform`. Column names are matched case-insensitively with common
 * synonyms (see social-fields.ts).
 *
 * A `brandlint` column holds an inline directive for its row, written
 * without the prefix (`disable-line tone/emoji`). A `disable-line` there
 * covers the whole row: it is reported once for every source line the row
 * spans, so a post whose cell runs over several lines is covered throughout.
 * Other kinds stand on the row's first line.
 */
import { extensionOf } from '../channel.js';
import { parseDirective } from '../directives.js';
import { SegmentList, type DocumentDraft, type Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import { itemAt } from '../../text/items.js';
import type { Directive, ParseWarning, Segment } from '../types.js';
import { readCsv } from './csv-table.js';
import { appendPieces, parseJsonTree, TreeSyntaxError, type ListNode, type MapNode, type Piece, type TreeNode } from './data-tree.js';
import { fieldOf, isTruthy, markEmojiShortcodes, pickFieldName, platformOfProfile, platformsOf, type PostField } from './social-fields.js';
import { parseYamlTree } from './yaml-tree.js';

interface CalendarCell {
  value: string;
  start: number;
  end: number;
  pieces: Piece[];
  /** Set when the value is a list (YAML/JSON `platforms: [x, linkedin]`). */
  list?: string[];
}

interface CalendarRow {
  cells: { name: string; cell: CalendarCell }[];
  start: number;
  end: number;
}

interface CalendarTable {
  /** The file has posts with a text field (a CSV text column, JSON/YAML items with a text string). */
  isCalendar: boolean;
  rows: CalendarRow[];
  meta: Record<string, unknown>;
  warnings: ParseWarning[];
}

export const NOT_A_CALENDAR = 'not a content calendar: expected a list of posts with a text field';

/** Keys under which a JSON/YAML calendar may hold its list of posts. */
const CONTAINER_KEYS = ['posts', 'items', 'calendar', 'schedule', 'entries'];

export const parseSocialCalendar: Parser = (input) => {
  const { source } = input;
  const table = readTable(source, extensionOf(input.path));
  if (!table.isCalendar) {
    return { segments: [], meta: table.meta, warnings: [...table.warnings, { message: NOT_A_CALENDAR, start: 0, end: 0 }] };
  }
  return buildCalendar(source, table, input.options.defaultPlatform);
};

function readTable(source: string, extension: string): CalendarTable {
  if (extension === '.csv') return readCsvTable(source);
  if (extension === '.json') {
    try {
      return treeTable(parseJsonTree(source), 'json', []);
    } catch (error) {
      if (!(error instanceof TreeSyntaxError)) throw error;
      return { isCalendar: false, rows: [], meta: { format: 'json' }, warnings: [{ message: error.message, start: error.offset, end: error.offset }] };
    }
  }
  const { tree, errors } = parseYamlTree(source);
  const warnings = errors.map((error) => ({ message: `YAML: ${error.message}`, start: error.offset, end: error.offset }));
  return tree ? treeTable(tree, 'yaml', warnings) : { isCalendar: false, rows: [], meta: { format: 'yaml' }, warnings };
}

/** The first record names the columns; each later record is a row. */
function readCsvTable(source: string): CalendarTable {
  const { records, delimiter, warnings } = readCsv(source);
  const [header, ...body] = records;
  const columns = header ? header.cells.map((cell) => cell.value.trim()) : [];
  const rows = body
    .map((record) => ({
      cells: record.cells
        .slice(0, columns.length)
        .map((cell, index) => ({ name: itemAt(columns, index), cell }))
        .filter(({ name }) => name !== ''),
      start: record.start,
      end: record.end,
    }))
    .filter((row) => row.cells.some(({ cell }) => cell.value.trim() !== ''));
  const isCalendar = columns.some((column) => fieldOf(column) === 'text');
  return { isCalendar, rows, meta: { format: 'csv', delimiter, columns, rows: rows.length }, warnings };
}

function treeTable(tree: TreeNode, format: 'json' | 'yaml', warnings: ParseWarning[]): CalendarTable {
  const items = postList(tree)?.items.filter((item): item is MapNode => item.kind === 'map') ?? [];
  const rows = items.map((item) => ({ cells: item.entries.flatMap(({ key, value }) => treeCell(key, value)), start: item.start, end: item.end }));
  const isCalendar = items.some((item) =>
    item.entries.some(({ key, value }) => fieldOf(key) === 'text' && value.kind === 'scalar' && typeof value.value === 'string'),
  );
  return { isCalendar, rows, meta: { format, rows: rows.length }, warnings };
}

/** A top-level list, or the list under `posts:`, `items:` … of a top-level map. */
function postList(tree: TreeNode): ListNode | undefined {
  if (tree.kind === 'list') return tree;
  if (tree.kind !== 'map') return undefined;
  const entry = tree.entries.find(({ key, value }) => CONTAINER_KEYS.includes(key.toLowerCase()) && value.kind === 'list');
  return entry?.value as ListNode | undefined;
}

/** A scalar, or a list of scalars, as a cell; nested maps are not post fields. */
function treeCell(name: string, node: TreeNode): { name: string; cell: CalendarCell }[] {
  if (node.kind === 'scalar') {
    return [{ name, cell: { value: node.value === null ? '' : String(node.value), start: node.start, end: node.end, pieces: node.pieces } }];
  }
  if (node.kind === 'list' && node.items.every((item) => item.kind === 'scalar')) {
    const list = node.items.map((item) => (item.kind === 'scalar' ? String(item.value ?? '') : ''));
    return [{ name, cell: { value: list.join(', '), start: node.start, end: node.end, pieces: [], list } }];
  }
  return [];
}

/** The row's text cell: the best-named text column holding a string. */
function textCell(row: CalendarRow): CalendarCell | undefined {
  const name = pickFieldName(
    row.cells.filter(({ cell }) => cell.list === undefined).map(({ name }) => name),
    'text',
  );
  return row.cells.find((entry) => entry.name === name)?.cell;
}

function buildCalendar(source: string, table: CalendarTable, defaultPlatform: string | undefined): DocumentDraft {
  const lines = new LineIndex(source);
  const list = new SegmentList();
  const directives: Directive[] = [];
  const warnings = [...table.warnings];
  for (const row of table.rows) {
    const block = list.nextBlock();
    const fields = rowFields(row);
    const text = textCell(row);
    if (text) addPost(list, text, fields, defaultPlatform, block);
    const directiveCell = fields.get('directive');
    if (directiveCell && directiveCell.value.trim() !== '') {
      const found = rowDirectives(directiveCell, row, source, lines);
      if (found.length > 0) directives.push(...found);
      else warnings.push({ message: `not a brandlint directive: "${directiveCell.value.trim()}"`, start: directiveCell.start, end: directiveCell.end });
    }
  }
  return { segments: list.segments, directives, meta: table.meta, warnings };
}

/** Cells by the field they stand for (the best-named column per field) and, for the rest, by column name. */
function rowFields(row: CalendarRow): Map<PostField | string, CalendarCell> {
  const names = row.cells.map(({ name }) => name);
  const picked = new Map<string, PostField>();
  for (const name of names) {
    const field = fieldOf(name);
    if (field && pickFieldName(names, field) === name) picked.set(name, field);
  }
  const fields = new Map<PostField | string, CalendarCell>();
  for (const { name, cell } of row.cells) {
    const key = picked.get(name) ?? name;
    if (!fields.has(key)) fields.set(key, cell);
  }
  return fields;
}

function addPost(list: SegmentList, text: CalendarCell, fields: Map<string, CalendarCell>, defaultPlatform: string | undefined, block: number): void {
  const builder = new SegmentTextBuilder();
  appendPieces(builder, text.pieces);
  const platforms = rowPlatforms(fields);
  const data = postData(fields, text, platforms);
  const extras: Partial<Segment> = Object.keys(data).length > 0 ? { data, dataRanges: dataRanges(fields, data) } : {};
  const platform = platforms[0] ?? defaultPlatform;
  if (platform) extras.platform = platform;
  const segment = list.add(builder, 'post', extras, block);
  if (segment) markEmojiShortcodes(segment);
}

/** The platforms the row's platform cell names, else the one its profile names ("@acme (Twitter)"). */
function rowPlatforms(fields: Map<string, CalendarCell>): string[] {
  const platformCell = fields.get('platform');
  if (platformCell) return platformsOf(platformCell.list ?? platformCell.value);
  const profile = fields.get('account') && platformOfProfile(fields.get('account')!.value);
  return profile ? [profile] : [];
}

/** Every other field of the row as a string; `sponsored` as "true"/"false"; more than one platform as `platforms`. */
function postData(fields: Map<string, CalendarCell>, text: CalendarCell, platforms: string[]): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [key, cell] of fields) {
    if (cell === text || key === 'platform' || key === 'directive') continue;
    if (key === 'sponsored') data.sponsored = String(isTruthy(cell.value));
    else if (cell.value.trim() !== '') data[key] = cell.value.trim();
  }
  if (platforms.length > 1) data.platforms = platforms.join(',');
  return data;
}

/** Where each value of `data` stands: the text of its cell, without quotes. */
function dataRanges(fields: Map<string, CalendarCell>, data: Record<string, string>): Record<string, { start: number; end: number }> {
  const ranges: Record<string, { start: number; end: number }> = {};
  for (const key of Object.keys(data)) {
    const cell = fields.get(key);
    if (!cell) continue;
    const first = cell.pieces[0];
    const last = cell.pieces.at(-1);
    ranges[key] = first && last ? { start: first.start, end: last.end } : { start: cell.start, end: cell.end };
  }
  return ranges;
}

function rowDirectives(cell: CalendarCell, row: CalendarRow, source: string, lines: LineIndex): Directive[] {
  const written = cell.value.trim();
  const firstLine = lines.position(row.start).line;
  const directive = parseDirective(/^brandlint-/i.test(written) ? written : `brandlint-${written}`, cell.start, cell.end, firstLine);
  if (!directive) return [];
  if (directive.kind !== 'disable-line') return [directive];
  const lastLine = lines.position(lastContentOffset(source, row)).line;
  const covered: Directive[] = [];
  for (let line = firstLine; line <= lastLine; line++) covered.push({ ...directive, rules: [...directive.rules], line });
  return covered;
}

/** The offset of the row's last non-blank character, so a trailing line break does not extend the row. */
function lastContentOffset(source: string, row: CalendarRow): number {
  let end = row.end;
  while (end > row.start + 1 && /\s/.test(source.charAt(end - 1))) end--;
  return end - 1;
}

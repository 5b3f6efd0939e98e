/**
 * A call script's Markdown, read from its remark tree as lines of visible
 * text. Speaker turns, cues and stage directions are a matter of lines
 * (`AGENT:` opens one, `[pause]` stands in one), while remark reads a run of
 * lines as one paragraph: each paragraph, heading and table cell becomes
 * lines of the text a reader sees — emphasis markers, link syntax, tags and
 * images left out, escapes and character references read as what they stand
 * for — with every piece mapped to the file, and the emphasis spans kept
 * (an italic quotation is a line to say; `*smile*` is a stage direction).
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { findMergeTags } from '../opaque.js';
import type { Link } from '../types.js';
import { isSelfClosingComponent, possessiveLength } from './components.js';
import { overlapping, type Range } from './lines.js';
import { markdownEscapeAt, nodeRange } from './markdown-tree.js';

/** A run of a line's text and the source it stands for. */
export interface Piece {
  /** Offset in the line's text. */
  at: number;
  text: string;
  start: number;
  end: number;
  /** The text reads as its source does (else it stands for the whole source range, an escape). */
  verbatim: boolean;
  /** Inline code: kept as opaque text. */
  code?: boolean;
  /** Markup left out where it stood (an image, a tag, a comment): no text, but the words around it stay apart. */
  cut?: boolean;
}

/** An emphasis span, in offsets of the line's text (the markers are not in it). */
export interface Emphasis extends Range {
  kind: 'emphasis' | 'strong' | 'delete';
  /** The marker character as written: `*`, `_` or `~`. */
  marker: string;
}

export interface TextLine {
  /** The visible text of the line. */
  text: string;
  pieces: Piece[];
  emphasis: Emphasis[];
  /** Source offsets of the start and the end of the line's text. */
  start: number;
  end: number;
  /** Where the line after it starts in the source (after the line break and the next line's indentation). */
  breakEnd: number;
  /** The line opens a list item. */
  listItem: boolean;
  /** The line stands in an indented block (a call guide's way of setting off what to say). */
  indented: boolean;
}

type Parent = Extract<Nodes, { children: unknown }>;

/**
 * Builds the lines of paragraphs, headings and cells. `base` is added to
 * the tree's offsets: an indented block is parsed on its own, from where it
 * stands in the file.
 */
export class LineReader {
  private lines: TextLine[] = [];
  private current: TextLine | undefined;
  /** Where the possessive after a self-closing component ends: text before it is left out with the component. */
  private skipUntil = -1;
  private readonly mergeTags: Range[];

  constructor(
    private readonly source: string,
    readonly links: Link[],
    private readonly definitions: ReadonlyMap<string, string>,
  ) {
    this.mergeTags = findMergeTags(source);
  }

  /** The lines of a paragraph, heading or table cell. */
  read(node: Parent, base: number, flags: { listItem?: boolean; indented?: boolean } = {}): TextLine[] {
    this.lines = [];
    this.current = undefined;
    this.walk(node.children as PhrasingContent[], base);
    this.endLine(undefined);
    const lines = this.lines.filter((line) => line.pieces.length > 0);
    if (lines[0]) lines[0].listItem = flags.listItem ?? false;
    for (const line of lines) line.indented = flags.indented === true || this.indentedInSource(line);
    return lines;
  }

  /** A line indented as a block in the file, four spaces or a tab, also where Markdown reads it as a list item's paragraph. */
  private indentedInSource(line: TextLine): boolean {
    let lineStart = line.start;
    while (lineStart > 0 && this.source[lineStart - 1] !== '\n' && this.source[lineStart - 1] !== '\r') lineStart--;
    return this.source.startsWith('    ', lineStart) || this.source[lineStart] === '\t';
  }

  private walk(nodes: readonly PhrasingContent[], base: number): void {
    for (const node of nodes) this.readNode(node, base);
  }

  private readNode(node: PhrasingContent, base: number): void {
    const [nodeStart, nodeEnd] = nodeRange(node);
    const start = nodeStart + base;
    const end = nodeEnd + base;
    switch (node.type) {
      case 'text':
        return this.text(node.value, start, end);
      case 'emphasis':
      case 'strong':
      case 'delete':
        return this.emphasis(node, start, end, base);
      case 'inlineCode':
        return this.code(node.value, start, end);
      case 'link':
      case 'linkReference': {
        const href = node.type === 'link' ? node.url : (this.definitions.get(node.identifier) ?? '');
        // Links written as links (`[text](url)`, `<url>`); a bare address GFM turns into one is text.
        if (this.source[start] === '[' || this.source[start] === '<') this.links.push({ href, start, end });
        return this.walk(node.children, base);
      }
      case 'html':
        return this.cut(start, isSelfClosingComponent(node.value) ? end + possessiveLength(this.source, end) : end);
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return this.cut(start, end);
      case 'break':
        return this.endLine(start);
      default:
        if ('children' in node) this.walk(node.children as PhrasingContent[], base);
    }
  }

  private line(at: number): TextLine {
    this.current ??= { text: '', pieces: [], emphasis: [], start: at, end: at, breakEnd: at, listItem: false, indented: false };
    return this.current;
  }

  private add(piece: Omit<Piece, 'at'>): void {
    const line = this.line(piece.start);
    if (line.pieces.length === 0) line.start = piece.start;
    const last = line.pieces[line.pieces.length - 1];
    if (last && last.verbatim && piece.verbatim && !last.code && !piece.code && !last.cut && !piece.cut && last.end === piece.start) {
      last.text += piece.text;
      last.end = piece.end;
    } else line.pieces.push({ ...piece, at: line.text.length });
    line.text += piece.text;
    line.end = piece.end;
  }

  /** Ends the current line at `at` (a line break in the source); the next line starts after the break and its indentation. */
  private endLine(at: number | undefined): void {
    if (this.current) {
      this.current.breakEnd = at === undefined ? this.current.end : lineBreakEnd(this.source, at);
      this.lines.push(this.current);
    }
    this.current = undefined;
  }

  /** A text node's value, walked beside its source: runs that agree are verbatim, escapes replaced, line breaks end lines. */
  private text(value: string, start: number, end: number): void {
    let index = start;
    let position = 0;
    if (this.skipUntil > start) {
      position = Math.min(value.length, this.skipUntil - start);
      index = start + position;
    }
    while (position < value.length && index < end) {
      const char = value[position];
      if (char === '\n' || char === '\r') {
        this.endLine(index);
        position += value.startsWith('\r\n', position) ? 2 : 1;
        index = continuationStart(this.source, index, end, value[position]);
        continue;
      }
      const escape = markdownEscapeAt(this.source, index, end);
      if (escape && value.startsWith(escape.text, position)) {
        this.add({ text: escape.text, start: index, end: index + escape.length, verbatim: false });
        index += escape.length;
        position += escape.text.length;
        continue;
      }
      let same = 0;
      while (position + same < value.length && index + same < end && value[position + same] === this.source[index + same]) {
        const next = value[position + same];
        if (same > 0 && (next === '\\' || next === '&' || next === '\n' || next === '\r')) break;
        same++;
      }
      if (same === 0) break;
      this.add({ text: value.slice(position, position + same), start: index, end: index + same, verbatim: true });
      index += same;
      position += same;
    }
    // What could not be followed stands for the rest of the node as a whole.
    if (position < value.length) this.add({ text: value.slice(position).replace(/\s+/g, ' '), start: index, end, verbatim: false });
  }

  /** Emphasis keeps its span; the asterisks of a merge tag (`*|FNAME|*`) are no emphasis but part of the tag. */
  private emphasis(node: Extract<PhrasingContent, { type: 'emphasis' | 'strong' | 'delete' }>, start: number, end: number, base: number): void {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    const innerStart = first ? nodeRange(first)[0] + base : end;
    const innerEnd = last ? nodeRange(last)[1] + base : end;
    const inMergeTag = overlapping(this.mergeTags, start, start + 1).length > 0;
    if (inMergeTag) this.add({ text: this.source.slice(start, innerStart), start, end: innerStart, verbatim: true });
    const line = this.line(innerStart);
    const lineBefore = this.current;
    const textStart = line.text.length;
    this.walk(node.children, base);
    if (inMergeTag) this.add({ text: this.source.slice(innerEnd, end), start: innerEnd, end, verbatim: true });
    else if (this.current === lineBefore && line.text.length > textStart) {
      line.emphasis.push({ kind: node.type, marker: this.source[start] ?? '*', start: textStart, end: line.text.length });
    }
  }

  private code(value: string, start: number, end: number): void {
    if (value === '') return;
    const ticks = /^`+/.exec(this.source.slice(start, end))?.[0].length ?? 0;
    let contentStart = start + ticks;
    let contentEnd = end - ticks;
    if (this.source.slice(contentStart, contentEnd) !== value && contentEnd - contentStart >= 2) {
      contentStart++;
      contentEnd--;
    }
    const verbatim = this.source.slice(contentStart, contentEnd) === value;
    if (verbatim) this.add({ text: value, start: contentStart, end: contentEnd, verbatim, code: true });
    else this.add({ text: value.replace(/\s+/g, ' '), start, end, verbatim, code: true });
  }

  private cut(start: number, end: number): void {
    this.add({ text: '', start, end, verbatim: false, cut: true });
    this.skipUntil = end;
  }
}

/** Where the next line's text starts after the line break at `index`: past trailing blanks, the break, and the indentation or `>` markers before `next`. */
function continuationStart(source: string, index: number, end: number, next: string | undefined): number {
  let cursor = lineBreakEnd(source, index);
  while (cursor < end && (source[cursor] === ' ' || source[cursor] === '\t' || source[cursor] === '>') && source[cursor] !== next) cursor++;
  return cursor;
}

/** The offset after the blanks, backslash and line break at `index`. */
function lineBreakEnd(source: string, index: number): number {
  let cursor = index;
  while (source[cursor] === ' ' || source[cursor] === '\t' || source[cursor] === '\\') cursor++;
  if (source[cursor] === '\r') cursor++;
  if (source[cursor] === '\n') cursor++;
  return cursor;
}

/** The source range of `[start, end)` of a line's text. */
export function sourceRange(line: TextLine, start: number, end: number): Range {
  const pieces = piecesIn(line, start, end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return { start: line.start, end: line.start };
  const from = first.verbatim ? first.start + Math.max(0, start - first.at) : first.start;
  const to = last.verbatim ? last.start + Math.min(last.text.length, end - last.at) : last.end;
  return { start: from, end: to };
}

/** The pieces that hold text of `[start, end)`, and the cuts inside it, in order. */
export function piecesIn(line: TextLine, start: number, end: number): Piece[] {
  let low = 0;
  let high = line.pieces.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const piece = line.pieces[middle]!;
    if (piece.at + piece.text.length <= start && !(piece.cut && piece.at === start)) low = middle + 1;
    else high = middle;
  }
  const found: Piece[] = [];
  for (let index = low; index < line.pieces.length; index++) {
    const piece = line.pieces[index]!;
    if (piece.at >= end) break;
    if (piece.cut ? piece.at >= start && piece.at < end : piece.at + piece.text.length > start) found.push(piece);
  }
  return found;
}

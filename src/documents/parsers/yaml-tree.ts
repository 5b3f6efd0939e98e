/**
 * YAML to the format-neutral data tree, with the value of every string
 * scalar mapped back to its source line by line: plain and quoted scalars
 * fold line breaks to spaces, block scalars (`|`, `>`) drop their
 * indentation, quotes and escapes become replaced chunks. A scalar whose
 * mapped text does not come out as the parser's value (a form not handled
 * here) falls back to one replaced chunk over its whole source.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, Scalar, type Alias, type Document, type Pair } from 'yaml';
import { splitLines, type SourceLine } from './lines.js';
import type { TextSyntax } from '../text-syntax.js';
import { wholePiece, writtenAs, type MapNode, type Piece, type ScalarNode, type TreeNode } from './data-tree.js';
import { firstLine } from '../../text/first-line.js';

export interface YamlTree {
  tree?: TreeNode;
  errors: { message: string; offset: number }[];
}

export function parseYamlTree(source: string): YamlTree {
  const document = parseDocument(source, { uniqueKeys: false });
  const errors = document.errors.map((error) => ({ message: firstLine(error.message), offset: error.pos[0] }));
  if (errors.length > 0 || !document.contents) return { errors };
  const tree = new YamlConverter(source, document).convert(document.contents);
  return { tree, errors };
}

/**
 * Aliases are read when they stand for a scalar, and `<<: *defaults` merge
 * keys contribute the scalar fields of their map; an alias of a whole map or
 * list is not expanded, so alias bombs cost nothing.
 */
class YamlConverter {
  constructor(
    private readonly source: string,
    private readonly document: Document,
  ) {}

  convert(node: unknown): TreeNode | undefined {
    if (isAlias(node)) return this.aliasedScalar(node);
    if (isScalar(node)) return this.scalar(node);
    const [start, end] = (node as { range?: [number, number, number] }).range ?? [0, 0];
    if (isMap(node)) return { kind: 'map', start, end, entries: this.entries(node.items) };
    if (isSeq(node)) {
      const items = node.items.map((item) => this.convert(item)).filter((item): item is TreeNode => item !== undefined);
      return { kind: 'list', start, end, items };
    }
    return undefined;
  }

  private entries(pairs: readonly Pair[]): MapNode['entries'] {
    const entries: MapNode['entries'] = [];
    const merged: MapNode['entries'] = [];
    for (const pair of pairs) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key === '<<') merged.push(...this.mergedEntries(pair.value));
      else {
        const value = this.convert(pair.value);
        if (value) entries.push({ key, value });
      }
    }
    return [...entries, ...merged.filter((entry) => !entries.some(({ key }) => key === entry.key))];
  }

  /** The scalar fields of the maps a merge key names. */
  private mergedEntries(value: unknown): MapNode['entries'] {
    const aliases = isSeq(value) ? value.items : [value];
    const entries: MapNode['entries'] = [];
    for (const alias of aliases) {
      const target = isAlias(alias) ? alias.resolve(this.document) : undefined;
      if (!isMap(target)) continue;
      for (const pair of target.items) {
        const scalar = isScalar(pair.value) ? this.scalar(pair.value) : undefined;
        if (isScalar(pair.key) && scalar) entries.push({ key: String(pair.key.value), value: scalar });
      }
    }
    return entries;
  }

  private aliasedScalar(alias: Alias): ScalarNode | undefined {
    const target = alias.resolve(this.document);
    return isScalar(target) ? this.scalar(target) : undefined;
  }

  private scalar(node: Scalar): ScalarNode | undefined {
    if (!node.range) return undefined;
    const [start, end] = node.range;
    const value = node.value;
    if (typeof value !== 'string') {
      const plain = typeof value === 'number' || typeof value === 'boolean' || value === null ? value : String(value);
      return { kind: 'scalar', value: plain, start, end, pieces: wholePiece(this.source, start, end) };
    }
    const pieces = scalarPieces(this.source, start, end, node.type);
    const mapped = pieces?.map((piece) => piece.text).join('');
    const exact = pieces !== undefined && mapped?.trim() === value.trim();
    return {
      kind: 'scalar',
      value,
      start,
      end,
      pieces: exact ? writtenAs(pieces, yamlSyntax(node.type, start, end)) : [{ text: value, start, end, verbatim: false }],
    };
  }
}

function yamlSyntax(type: Scalar['type'], start: number, end: number): TextSyntax {
  const style =
    type === 'QUOTE_DOUBLE' ? 'double' : type === 'QUOTE_SINGLE' ? 'single' : type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED' ? 'block' : 'plain';
  return { kind: 'yaml', style, start, end };
}

function scalarPieces(source: string, start: number, end: number, type: Scalar['type']): Piece[] | undefined {
  switch (type) {
    case Scalar.PLAIN:
      return flowPieces(source, start, end, plainContent);
    case Scalar.QUOTE_SINGLE:
      return flowPieces(source, start + 1, end - 1, singleQuotedContent);
    case Scalar.QUOTE_DOUBLE:
      return flowPieces(source, start + 1, end - 1, doubleQuotedContent);
    case Scalar.BLOCK_LITERAL:
    case Scalar.BLOCK_FOLDED:
      return blockPieces(source, start, end, type === Scalar.BLOCK_FOLDED);
    default:
      return undefined;
  }
}

type ContentReader = (source: string, start: number, end: number) => Piece[];

/**
 * Plain and quoted scalars: each line's content with its surrounding white
 * space dropped; one line break folds to a space, n blank lines give n line
 * breaks; a double-quoted line ending in `\` joins the next without a space.
 */
function flowPieces(source: string, start: number, end: number, readContent: ContentReader): Piece[] {
  const lines = splitLines(source, start, end);
  const pieces: Piece[] = [];
  let previousEnd: number | undefined;
  let blankLines = 0;
  let joinWithoutSpace = false;
  lines.forEach((line, index) => {
    const first = index === 0;
    const last = index === lines.length - 1;
    const contentStart = first ? line.start : line.start + (line.text.length - line.text.trimStart().length);
    let contentEnd = last ? line.end : line.start + line.text.trimEnd().length;
    if (!first && !last && contentStart >= contentEnd) {
      blankLines++;
      return;
    }
    if (previousEnd !== undefined) {
      const fold = joinWithoutSpace ? '' : blankLines === 0 ? ' ' : '\n'.repeat(blankLines);
      if (fold) pieces.push({ text: fold, start: previousEnd, end: contentStart, verbatim: false });
    }
    joinWithoutSpace = !last && readContent === doubleQuotedContent && endsWithEscapedBreak(source, contentStart, contentEnd);
    if (joinWithoutSpace) contentEnd--;
    pieces.push(...readContent(source, contentStart, contentEnd));
    previousEnd = joinWithoutSpace ? contentEnd + 1 : contentEnd;
    blankLines = 0;
  });
  return pieces;
}

function endsWithEscapedBreak(source: string, start: number, end: number): boolean {
  let backslashes = 0;
  for (let index = end - 1; index >= start && source[index] === '\\'; index--) backslashes++;
  return backslashes % 2 === 1;
}

function plainContent(source: string, start: number, end: number): Piece[] {
  return wholePiece(source, start, end);
}

function singleQuotedContent(source: string, start: number, end: number): Piece[] {
  return splitOnEscapes(source, start, end, /''/g, () => "'");
}

const DOUBLE_QUOTED_ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g;
const YAML_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

function doubleQuotedContent(source: string, start: number, end: number): Piece[] {
  return splitOnEscapes(source, start, end, DOUBLE_QUOTED_ESCAPE, (escape) => {
    const letter = escape.charAt(1);
    if (letter === 'x' || letter === 'u' || letter === 'U') return String.fromCodePoint(parseInt(escape.slice(2), 16));
    return YAML_ESCAPES[letter] ?? escape;
  });
}

function splitOnEscapes(source: string, start: number, end: number, pattern: RegExp, decode: (escape: string) => string): Piece[] {
  const pieces: Piece[] = [];
  let position = start;
  for (const match of source.slice(start, end).matchAll(pattern)) {
    const escapeStart = start + match.index;
    pieces.push(...wholePiece(source, position, escapeStart));
    pieces.push({ text: decode(match[0]), start: escapeStart, end: escapeStart + match[0].length, verbatim: false });
    position = escapeStart + match[0].length;
  }
  pieces.push(...wholePiece(source, position, end));
  return pieces;
}

/**
 * Block scalars: the lines after the header, less the block's indentation.
 * Literal blocks keep their line breaks; folded blocks turn a single break
 * between two text lines into a space, except around more-indented lines.
 * Headers with an explicit indentation indicator are left to the fallback.
 */
function blockPieces(source: string, start: number, end: number, folded: boolean): Piece[] | undefined {
  const [header, ...body] = splitLines(source, start, end);
  if (!header || /^[|>][+-]?[1-9]/.test(header.text)) return undefined;
  const firstText = body.find((line) => line.text.trim() !== '');
  if (!firstText) return [];
  const indent = firstText.text.length - firstText.text.trimStart().length;
  const pieces: Piece[] = [];
  let previous: SourceLine | undefined;
  let blankLines: SourceLine[] = [];
  for (const line of body) {
    if (line.text.trim() === '') {
      if (previous) blankLines.push(line);
      continue;
    }
    if (previous) pieces.push(...blockBreaks(source, previous, blankLines, line, folded, indent));
    pieces.push(...wholePiece(source, line.start + indent, line.end));
    previous = line;
    blankLines = [];
  }
  return pieces;
}

function blockBreaks(source: string, previous: SourceLine, blankLines: SourceLine[], next: SourceLine, folded: boolean, indent: number): Piece[] {
  const spaced = (line: SourceLine): boolean => /^[ \t]/.test(line.text.slice(indent));
  if (folded && !spaced(previous) && !spaced(next)) {
    const text = blankLines.length === 0 ? ' ' : '\n'.repeat(blankLines.length);
    return [{ text, start: previous.end, end: next.start + indent, verbatim: false }];
  }
  return [previous, ...blankLines].map((line) => lineBreak(source, line));
}

function lineBreak(source: string, line: SourceLine): Piece {
  const text = source.slice(line.end, line.next);
  return text === '\n' ? { text, start: line.end, end: line.next, verbatim: true } : { text: '\n', start: line.end, end: line.next, verbatim: false };
}

/**
 * A format-neutral tree of maps, lists and scalars with source ranges, built
 * from JSON and YAML calendars. String scalars carry the pieces their value
 * is made of, so their text maps back to the exact characters in the file:
 * plain runs are verbatim, escapes (`\n`, `\"`, `\u00e9`) and folded line
 * breaks are replaced chunks covering their source.
 */
import type { SegmentTextBuilder } from '../source-map.js';
import { JSON_STRING, type TextSyntax } from '../text-syntax.js';

/** A run of a scalar's value and the source it comes from. */
export interface Piece {
  text: string;
  start: number;
  end: number;
  verbatim: boolean;
  /** How a verbatim piece is written in the file (a JSON string, a YAML scalar in its style, a CSV cell). */
  syntax?: TextSyntax;
}

export interface ScalarNode {
  kind: 'scalar';
  value: string | number | boolean | null;
  start: number;
  end: number;
  pieces: Piece[];
}

export interface MapNode {
  kind: 'map';
  start: number;
  end: number;
  entries: { key: string; value: TreeNode }[];
}

export interface ListNode {
  kind: 'list';
  start: number;
  end: number;
  items: TreeNode[];
}

export type TreeNode = ScalarNode | MapNode | ListNode;

export function appendPieces(builder: SegmentTextBuilder, pieces: readonly Piece[]): void {
  for (const piece of pieces) {
    if (piece.verbatim) builder.verbatim(piece.text, piece.start, piece.syntax);
    else builder.replaced(piece.text, piece.start, piece.end);
  }
}

/** The pieces with the syntax of their verbatim text set. */
export function writtenAs(pieces: Piece[], syntax: TextSyntax): Piece[] {
  for (const piece of pieces) if (piece.verbatim) piece.syntax = syntax;
  return pieces;
}

/** The whole source range of a scalar as one piece, for values read as written. */
export function wholePiece(source: string, start: number, end: number): Piece[] {
  return end > start ? [{ text: source.slice(start, end), start, end, verbatim: true }] : [];
}

export class TreeSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'TreeSyntaxError';
  }
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 256;

/** Parses JSON into a tree with exact source ranges; throws TreeSyntaxError. */
export function parseJsonTree(source: string): TreeNode {
  return new JsonReader(source).document();
}

class JsonReader {
  private position = 0;

  constructor(private readonly source: string) {}

  document(): TreeNode {
    const node = this.value(0);
    this.skipSpace();
    if (this.position < this.source.length) this.fail('unexpected text after the JSON value');
    return node;
  }

  private value(depth: number): TreeNode {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply');
    this.skipSpace();
    const char = this.source[this.position];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.source.startsWith(word, this.position)) return this.literal(word, value);
    }
    return this.fail(char === undefined ? 'unexpected end of JSON' : `unexpected ${JSON.stringify(char)} in JSON`);
  }

  private object(depth: number): MapNode {
    const start = this.position++;
    const entries: MapNode['entries'] = [];
    this.skipSpace();
    if (this.source[this.position] === '}') return { kind: 'map', start, end: ++this.position, entries };
    for (;;) {
      this.skipSpace();
      if (this.source[this.position] !== '"') this.fail('expected a string key in JSON object');
      const key = this.string();
      this.skipSpace();
      this.expect(':');
      entries.push({ key: String(key.value), value: this.value(depth + 1) });
      this.skipSpace();
      if (this.source[this.position] === '}') return { kind: 'map', start, end: ++this.position, entries };
      this.expect(',');
    }
  }

  private array(depth: number): ListNode {
    const start = this.position++;
    const items: TreeNode[] = [];
    this.skipSpace();
    if (this.source[this.position] === ']') return { kind: 'list', start, end: ++this.position, items };
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipSpace();
      if (this.source[this.position] === ']') return { kind: 'list', start, end: ++this.position, items };
      this.expect(',');
    }
  }

  private string(): ScalarNode {
    const start = this.position++;
    const pieces: Piece[] = [];
    let runStart = this.position;
    const flushRun = (): void => {
      if (this.position > runStart) pieces.push({ text: this.source.slice(runStart, this.position), start: runStart, end: this.position, verbatim: true });
    };
    for (;;) {
      const char = this.source[this.position];
      if (char === undefined || char === '\n' || char === '\r') this.fail('unterminated string in JSON');
      if (char === '"') break;
      if (char === '\\') {
        flushRun();
        pieces.push(this.escape());
        runStart = this.position;
      } else this.position++;
    }
    flushRun();
    this.position++;
    return { kind: 'scalar', value: pieces.map((piece) => piece.text).join(''), start, end: this.position, pieces: writtenAs(pieces, JSON_STRING) };
  }

  private escape(): Piece {
    const start = this.position;
    const letter = this.source.charAt(start + 1);
    if (letter === 'u') {
      const hex = this.source.slice(start + 2, start + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape in JSON string');
      this.position = start + 6;
      return { text: String.fromCharCode(parseInt(hex, 16)), start, end: this.position, verbatim: false };
    }
    const text = JSON_ESCAPES[letter];
    if (text === undefined) this.fail('bad escape in JSON string');
    this.position = start + 2;
    return { text, start, end: this.position, verbatim: false };
  }

  private number(): ScalarNode {
    JSON_NUMBER.lastIndex = this.position;
    const match = JSON_NUMBER.exec(this.source);
    if (!match) this.fail('bad number in JSON');
    const start = this.position;
    this.position += match[0].length;
    return { kind: 'scalar', value: Number(match[0]), start, end: this.position, pieces: wholePiece(this.source, start, this.position) };
  }

  private literal(word: string, value: boolean | null): ScalarNode {
    const start = this.position;
    this.position += word.length;
    return { kind: 'scalar', value, start, end: this.position, pieces: wholePiece(this.source, start, this.position) };
  }

  private skipSpace(): void {
    while (/[ \t\n\r]/.test(this.source[this.position] ?? '')) this.position++;
  }

  private expect(char: string): void {
    if (this.source[this.position] !== char) {
      this.fail(this.position >= this.source.length ? 'unexpected end of JSON' : `expected ${JSON.stringify(char)} in JSON`);
    }
    this.position++;
  }

  private fail(message: string): never {
    throw new TreeSyntaxError(message, this.position);
  }
}

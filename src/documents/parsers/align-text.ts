/**
 * Maps a decoded string back onto the raw source it was decoded from.
 *
 * Markdown and YAML parsers hand out decoded values (escapes resolved, line
 * breaks folded) together with the source range they came from, but no map
 * between the two. Walking both side by side recovers it: characters that
 * agree are verbatim, an escape becomes a replaced chunk covering it whole,
 * and a line break with the next line's indentation or `>` markers becomes
 * one space.
 */
import type { SegmentTextBuilder } from '../source-map.js';
import type { TextSyntax } from '../text-syntax.js';

export interface AlignRules {
  /** The decoded text of an escape starting at `index` (e.g. `\*`, `&amp;`), and its raw length. */
  escapeAt?: (source: string, index: number, end: number) => { text: string; length: number } | undefined;
  /** Characters that may begin a continuation line without being part of the value: indentation, block-quote markers. */
  linePrefix: RegExp;
  /** Source characters that may stand outside the value altogether (markup inside an image alt). */
  droppable?: RegExp;
  /** How the value is written in the file, when not as the builder's text is (a front matter scalar in Markdown). */
  syntax?: TextSyntax;
}

const LINE_END = /[ \t]*(?:\r\n|\r|\n)/y;
const WHITE_SPACE = /\s/;

/** Appends `value`, decoded from `source[start, end)`, with a map that follows the source. */
export function appendAligned(builder: SegmentTextBuilder, value: string, source: string, start: number, end: number, rules: AlignRules): void {
  let index = start;
  let position = 0;
  while (position < value.length && index < end) {
    const escape = rules.escapeAt?.(source, index, end);
    if (escape && value.startsWith(escape.text, position)) {
      builder.replaced(escape.text, index, index + escape.length);
      index += escape.length;
      position += escape.text.length;
      continue;
    }
    const lineBreak = lineBreakLength(source, index, end, rules.linePrefix);
    if (lineBreak > 0 && WHITE_SPACE.test(value.charAt(position))) {
      if (!builder.endsWithSpace()) builder.replaced(' ', index, index + lineBreak);
      index += lineBreak;
      while (position < value.length && WHITE_SPACE.test(value.charAt(position))) position++;
      continue;
    }
    const same = sameRunLength(source, index, end, value, position);
    if (same > 0) {
      appendSame(builder, value.slice(position, position + same), index, rules.syntax);
      index += same;
      position += same;
      continue;
    }
    if (rules.droppable?.test(source.charAt(index))) {
      index++;
      continue;
    }
    break;
  }
  // Whatever could not be followed maps to the rest of the range as a whole.
  if (position < value.length) builder.replaced(value.slice(position).replace(/\s+/g, ' '), Math.min(index, end), end);
}

/** Length of a line break at `index` with the blank lines, indentation and markers after it; 0 when there is none. */
function lineBreakLength(source: string, index: number, end: number, linePrefix: RegExp): number {
  let cursor = index;
  for (;;) {
    LINE_END.lastIndex = cursor;
    if (!LINE_END.exec(source) || LINE_END.lastIndex > end) break;
    cursor = LINE_END.lastIndex;
    while (cursor < end && linePrefix.test(source.charAt(cursor))) cursor++;
  }
  return cursor - index;
}

function sameRunLength(source: string, index: number, end: number, value: string, position: number): number {
  let length = 0;
  while (index + length < end && position + length < value.length && source[index + length] === value[position + length]) {
    const char = source[index + length];
    // Stop before characters that may start an escape or a line break, so the checks above see them.
    if (length > 0 && (char === '\\' || char === '&' || char === '\r' || char === '\n')) break;
    length++;
  }
  return length;
}

/** Verbatim text, except that runs of spaces collapse to one as they do on screen, also across pieces. */
function appendSame(builder: SegmentTextBuilder, text: string, srcStart: number, syntax: TextSyntax | undefined): void {
  let last = builder.endsWithSpace() ? /^[ \t]*/.exec(text)![0].length : 0;
  for (const run of text.matchAll(/[ \t]{2,}|\t/g)) {
    builder.verbatim(text.slice(last, run.index), srcStart + last, syntax);
    if (!builder.endsWithSpace()) builder.replaced(' ', srcStart + run.index, srcStart + run.index + run[0].length);
    last = run.index + run[0].length;
  }
  builder.verbatim(text.slice(last), srcStart + last, syntax);
}

/**
 * How deeply a text nests, measured in one linear pass before a reader
 * builds its tree: parsers and tree walkers follow the nesting, so a file of
 * quotes, lists or tags thousands of levels deep would take minutes or
 * overflow the stack. Real copy nests a few levels, email layout tables a few
 * dozen; past MAX_NESTING_DEPTH the file is reported instead of read.
 */
import { UnreadableFileError } from './types.js';

export const MAX_NESTING_DEPTH = 200;

export type NestingSyntax = 'markdown' | 'html';

/** Where a text first nests deeper than the limit. */
export interface NestingExcess {
  /** 1-based line of the first container past the limit. */
  line: number;
  /** Offset of that line's start in the text. */
  offset: number;
  /** The deepest nesting reached (counted until the end of the text). */
  depth: number;
}

/**
 * Where a place in the checked text lies in the file: itself for file text;
 * for text decoded out of the file (an encoded email part), the start of the
 * file's line it was decoded from.
 */
export type FilePlace = (offset: number, line: number) => { offset: number; line: number };

/** Throws UnreadableFileError when `text` nests deeper than `limit` in `syntax`. */
export function assertNestingWithin(
  text: string,
  syntax: NestingSyntax,
  limit = MAX_NESTING_DEPTH,
  place: FilePlace = (offset, line) => ({ offset, line }),
): void {
  const excess = syntax === 'markdown' ? markdownExcess(text, limit) : htmlExcess(text, limit);
  if (!excess) return;
  const at = place(excess.offset, excess.line);
  throw new UnreadableFileError(
    `The file is too deeply nested to check (${excess.depth} levels from line ${at.line}; the limit is ${limit}): split or flatten its ${syntax === 'markdown' ? 'quotes and lists' : 'elements'}.`,
    at.offset,
    at.line,
  );
}

/**
 * Markdown containers open at the start of a line: each `>` and each list
 * marker is one level, and every two columns of indentation may be one more
 * (a nested list item). An upper bound on the depth remark would build.
 */
export function markdownExcess(text: string, limit: number): NestingExcess | undefined {
  let excess: NestingExcess | undefined;
  let line = 1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const depth = lineDepth(text, lineStart, lineEnd);
    if (depth > limit) {
      if (!excess) excess = { line, offset: lineStart, depth };
      else excess.depth = Math.max(excess.depth, depth);
    }
    lineStart = lineEnd + 1;
    line += 1;
  }
  return excess;
}

function lineDepth(text: string, start: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let at = start;
  while (at < end) {
    const char = text[at];
    if (char === ' ') {
      columns += 1;
      at += 1;
    } else if (char === '\t') {
      columns += 4;
      at += 1;
    } else {
      const after = char === '>' ? at + 1 : listMarkerEnd(text, at, end);
      if (after === undefined) break;
      markers += 1;
      // The blank after a marker belongs to the marker, not to the next level's indentation.
      at = text[after] === ' ' ? after + 1 : after;
    }
  }
  return markers + Math.floor(columns / 2);
}

/** The offset after a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a blank or the line end, or undefined. */
function listMarkerEnd(text: string, at: number, end: number): number | undefined {
  let next = at;
  if (text[next] === '-' || text[next] === '*' || text[next] === '+') next += 1;
  else {
    while (next < end && next - at < 9 && text[next]! >= '0' && text[next]! <= '9') next += 1;
    if (next === at || (text[next] !== '.' && text[next] !== ')')) return undefined;
    next += 1;
  }
  return next === end || text[next] === ' ' || text[next] === '\t' || text[next] === '\r' ? next : undefined;
}

/** Elements that hold no content, or whose end tag HTML lets authors leave out: they never add a level. */
const NON_NESTING = new Set(
  'area base br col colgroup dd dt embed hr img input li link meta optgroup option p param rp rt source tbody td tfoot th thead tr track wbr'.split(' '),
);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Open-element depth of HTML (or the JSX of MDX), counted from the tags: each
 * scan step jumps past a whole tag, comment or raw-text element, so the pass
 * is linear however the markup is broken.
 */
export function htmlExcess(text: string, limit: number): NestingExcess | undefined {
  let excess: NestingExcess | undefined;
  let depth = 0;
  let at = text.indexOf('<');
  // Lines are counted lazily, only up to the first excess.
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  while (at !== -1) {
    let next = at + 1;
    if (text.startsWith('!--', next)) {
      const close = text.indexOf('-->', next + 3);
      if (close === -1) break;
      next = close + 3;
    } else {
      const close = text.indexOf('>', next);
      if (close === -1) break;
      const tag = /^(\/?)([A-Za-z][\w:.-]*)/.exec(text.slice(next, Math.min(close, next + 64)));
      next = close + 1;
      if (tag) {
        const name = tag[2]!.toLowerCase();
        const selfClosing = text[close - 1] === '/';
        if (tag[1]) depth = Math.max(0, depth - (NON_NESTING.has(name) ? 0 : 1));
        else if (RAW_TEXT.has(name)) {
          const closer = new RegExp(`</${name}`, 'gi');
          closer.lastIndex = next;
          const end = closer.exec(text);
          if (!end) break;
          next = end.index;
        } else if (!selfClosing && !NON_NESTING.has(name)) {
          depth += 1;
          if (depth > limit) {
            if (!excess) {
              for (; counted < at; counted++) {
                if (text[counted] === '\n') {
                  line += 1;
                  lineStart = counted + 1;
                }
              }
              excess = { line, offset: lineStart, depth };
            } else excess.depth = Math.max(excess.depth, depth);
          }
        }
      }
    }
    at = text.indexOf('<', next);
  }
  return excess;
}

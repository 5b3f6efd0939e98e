/**
 * Comments in text formats (`<!-- … -->`, and MDX's `{/* … *\/}`) found by a
 * linear scan, so a file full of unclosed `<!--` stays fast, and the
 * brandlint directives among them.
 */
import { parseDirective } from '../directives.js';
import type { LineIndex } from '../positions.js';
import type { Directive } from '../types.js';
import type { Range } from './lines.js';

export interface Comment extends Range {
  /** The text between the comment markers. */
  body: string;
}

const MARKERS: readonly [string, string][] = [
  ['<!--', '-->'],
  ['{/*', '*/}'],
];

/** Comments from `from` on, in order; one that starts inside an earlier comment is part of it. */
export function findComments(source: string, from: number): Comment[] {
  const found = MARKERS.flatMap(([open, close]) => scan(source, from, open, close)).sort((a, b) => a.start - b.start);
  const comments: Comment[] = [];
  for (const comment of found) {
    const previous = comments[comments.length - 1];
    if (!previous || comment.start >= previous.end) comments.push(comment);
  }
  return comments;
}

function scan(source: string, from: number, open: string, close: string): Comment[] {
  const comments: Comment[] = [];
  for (let start = source.indexOf(open, from); start >= 0; start = source.indexOf(open, start)) {
    const closeAt = source.indexOf(close, start + open.length);
    if (closeAt < 0) break;
    const end = closeAt + close.length;
    comments.push({ start, end, body: source.slice(start + open.length, closeAt) });
    start = end;
  }
  return comments;
}

export function directivesIn(comments: readonly Comment[], lines: LineIndex): Directive[] {
  return comments.flatMap((comment) => parseDirective(comment.body, comment.start, comment.end, lines.position(comment.start).line) ?? []);
}

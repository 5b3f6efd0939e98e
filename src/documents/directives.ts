/**
 * Inline control comments. Every format uses the same words:
 *
 *   brandlint-disable [rule-id, …]           until brandlint-enable or the end of the file
 *   brandlint-enable [rule-id, …]
 *   brandlint-disable-next-line [rule-id, …] the next line that has text
 *   brandlint-disable-line [rule-id, …]      the line the comment stands on
 *
 * HTML, Markdown, MDX, .txt posts and call scripts write them as HTML
 * comments (`<!-- brandlint-disable tone/emoji -->`); MDX also as `{/* … *\/}`;
 * calendars put them in a `brandlint` column (`disable-line tone/emoji`).
 */
import type { Directive } from './types.js';

const DIRECTIVE = /^\s*brandlint-(disable-next-line|disable-line|disable|enable)\b(.*)$/s;

/** Parses the inside of a comment; undefined when it is not a directive. */
export function parseDirective(comment: string, start: number, end: number, line: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment.replace(/--\s.*$/s, ''));
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  const rules = rest.split(/[\s,]+/).filter(Boolean);
  return { kind: kind as Directive['kind'], rules, start, end, line };
}

/** Finds `<!-- brandlint-… -->` comments anywhere in a text. */
export function findCommentDirectives(source: string, lineOf: (offset: number) => number): Directive[] {
  const directives: Directive[] = [];
  for (const match of source.matchAll(/<!--([\s\S]*?)-->|\{\/\*([\s\S]*?)\*\/\}/g)) {
    const body = match[1] ?? match[2] ?? '';
    const directive = parseDirective(body, match.index, match.index + match[0].length, lineOf(match.index));
    if (directive) directives.push(directive);
  }
  return directives;
}

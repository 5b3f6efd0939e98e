/**
 * The edit behind "disable for this line": a brandlint-disable comment that
 * covers the finding's line without changing what the file shows or how it
 * parses. Markdown, MDX, text posts and call scripts get a
 * `brandlint-disable-line` comment at the end of the line (an own line would
 * split a Markdown paragraph); HTML gets a `brandlint-disable-next-line`
 * comment on the line before, where that line starts outside any tag and
 * outside elements whose text is not markup (title, script, style,
 * textarea). Where neither is safe — front matter, a Markdown table row, a
 * calendar, a Word deck, a mail file — there is no edit.
 */
import { extname } from 'node:path';

export interface InsertEdit {
  /** Offset in the text where `text` goes. */
  offset: number;
  text: string;
}

const LINE_COMMENT_FORMATS = new Set(['.md', '.markdown', '.txt']);
const HTML_FORMATS = new Set(['.html', '.htm']);
/** Elements whose content is text, not markup: a comment there would be shown, or break a script. */
const RAW_TEXT_ELEMENTS = /<(title|textarea|script|style)\b[^>]*>(?![\s\S]*<\/\1\s*>)/i;

/** The insertion that disables `ruleId` on line `line` (1-based) of `text`, or undefined where no comment is safe. */
export function disableCommentEdit(path: string, text: string, line: number, ruleId: string): InsertEdit | undefined {
  const lineStart = offsetOfLine(text, line);
  if (lineStart === undefined) return undefined;
  const lineEnd = endOfLine(text, lineStart);
  const lineText = text.slice(lineStart, lineEnd);
  const extension = extname(path).toLowerCase();
  if (extension === '.mdx' || LINE_COMMENT_FORMATS.has(extension)) {
    if (inFrontMatter(text, lineStart) || /^\s*\|/.test(lineText) || lineText.trim() === '') return undefined;
    const comment = extension === '.mdx' ? `{/* brandlint-disable-line ${ruleId} */}` : `<!-- brandlint-disable-line ${ruleId} -->`;
    // before trailing spaces or a backslash, which make a Markdown line break
    const tail = /\\?[ \t]*$/.exec(lineText)![0];
    return { offset: lineEnd - tail.length, text: ` ${comment}` };
  }
  if (HTML_FORMATS.has(extension)) {
    const before = text.slice(0, lineStart);
    if (insideTag(before) || RAW_TEXT_ELEMENTS.test(before)) return undefined;
    const indent = /^[ \t]*/.exec(lineText)![0];
    return { offset: lineStart, text: `${indent}<!-- brandlint-disable-next-line ${ruleId} -->${newlineOf(text)}` };
  }
  return undefined;
}

function offsetOfLine(text: string, line: number): number | undefined {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = endOfLine(text, offset);
    if (next >= text.length) return undefined;
    offset = next + (text.startsWith('\r\n', next) ? 2 : 1);
  }
  return offset;
}

function endOfLine(text: string, from: number): number {
  const match = /\r\n|\r|\n/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

function newlineOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/** Whether the text before a line ends inside a tag (its last `<` is not closed by a `>`). */
function insideTag(before: string): boolean {
  return before.lastIndexOf('<') > before.lastIndexOf('>');
}

/** Whether an offset lies in a leading `---` … `---` front matter block. */
function inFrontMatter(text: string, offset: number): boolean {
  const match = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match !== null && offset < match[0].length;
}

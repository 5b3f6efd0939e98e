/**
 * Markdown's emphasis is resolved per paragraph, and remark's resolver slows
 * down faster than the paragraph grows when one paragraph holds thousands of
 * `*` and `_` marks (a transcript of a whole day with no blank line, every
 * cue in italics). Counted in one linear pass before the tree is built: past
 * MAX_EMPHASIS_MARKS in one paragraph the file is reported instead of read.
 * Real copy has a few dozen marks to a paragraph; fenced code is not counted.
 */
import { UnreadableFileError } from './types.js';

export const MAX_EMPHASIS_MARKS = 10_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*\r?$/;

/** Throws UnreadableFileError when one paragraph of `text` holds more than `limit` emphasis marks. */
export function assertEmphasisWithin(text: string, limit = MAX_EMPHASIS_MARKS): void {
  let marks = 0;
  let inParagraph = false;
  let paragraphLine = 1;
  let paragraphStart = 0;
  let fence: string | undefined;
  let line = 1;
  for (let lineStart = 0; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const content = text.slice(lineStart, lineEnd);
    const fenceMark = FENCE.exec(content)?.[1];
    if (fence !== undefined) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
    } else if (fenceMark !== undefined) {
      fence = fenceMark;
      inParagraph = false;
    } else if (BLANK.test(content)) {
      inParagraph = false;
    } else {
      if (!inParagraph) {
        inParagraph = true;
        marks = 0;
        paragraphLine = line;
        paragraphStart = lineStart;
      }
      marks += countMarks(content);
      if (marks > limit) {
        throw new UnreadableFileError(
          `The paragraph from line ${paragraphLine} has more than ${limit} emphasis marks (* and _), more than brandlint checks in one paragraph: break it with blank lines.`,
          paragraphStart,
          paragraphLine,
        );
      }
    }
    lineStart = lineEnd + 1;
  }
}

function countMarks(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code === 42 || code === 95) count++; // * and _
  }
  return count;
}

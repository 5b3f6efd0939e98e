/**
 * The position invariant of findings: the source at a finding's range, read
 * back from the original file, is the flagged text.
 */
import { resultSource } from '../../src/engine/result-source.js';
import { decodeHTML } from 'entities';
import type { FileResult } from '../../src/engine/run.js';

/**
 * The flagged text must begin and end where the range does: the source at
 * the range, entities decoded, has the same first and last word as the
 * text. (Around and between them the source may hold markup the reader
 * never sees: `**bold**` markers, a link's URL inside a flagged sentence.)
 */
export function readsBack(source: string, start: number, end: number, text: string): boolean {
  const read = fold(decodeHTML(withoutMarkup(source.slice(start, end))));
  const flagged = fold(withoutMarkup(text));
  return firstWord(read) === firstWord(flagged) && lastWord(read) === lastWord(flagged);
}

/**
 * Tags and Markdown link destinations (inline and reference): markup inside
 * a range that the reader never sees. Applied to both sides, since a social
 * post keeps its Markdown as posted.
 */
function withoutMarkup(source: string): string {
  return source
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*\)/g, ']')
    .replace(/\]\[[^\]]*\]/g, ']');
}

const WORD = /[\p{L}\p{N}]+/gu;

function firstWord(text: string): string | undefined {
  return text.match(WORD)?.[0];
}

function lastWord(text: string): string | undefined {
  return text.match(WORD)?.at(-1);
}

function fold(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u034f\u00ad]/g, '')
    .replace(/""/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every finding with text whose range does not read back as that text, as "path:line:column rule: source ≠ text". */
export function findingsNotReadingBack(results: readonly FileResult[], cwd: string): { checked: number; mismatches: string[] } {
  let checked = 0;
  const mismatches: string[] = [];
  for (const result of results) {
    const source = resultSource(result, cwd);
    for (const finding of result.findings) {
      if (finding.text === '') continue;
      checked++;
      if (!readsBack(source, finding.start, finding.end, finding.text)) {
        mismatches.push(
          `${result.path}:${finding.line}:${finding.column} ${finding.ruleId}: ${JSON.stringify(source.slice(finding.start, finding.end))} ≠ ${JSON.stringify(finding.text)}`,
        );
      }
    }
  }
  return { checked, mismatches };
}

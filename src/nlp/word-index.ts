/**
 * A word's neighbours in Analysis.words, whatever lies between them (each
 * word knows its position, so these are constant-time).
 */
import type { Analysis, Word } from './analyze.js';

/** The word after `word` in the document. */
export function followingWord(analysis: Analysis, word: Word): Word | undefined {
  return analysis.words[word.index + 1];
}

/** The word before `word` in the document. */
export function precedingWord(analysis: Analysis, word: Word): Word | undefined {
  return word.index > 0 ? analysis.words[word.index - 1] : undefined;
}

/**
 * Constant-time lookups into Analysis.words: a word's index, and the word
 * that starts at a unit offset (where a retext checker's hit begins).
 */
import type { Analysis, Word } from './analyze.js';

interface Index {
  byWord: Map<Word, number>;
  byStart: Map<string, number>;
}

const indexes = new WeakMap<Analysis, Index>();

export function indexOfWord(analysis: Analysis, word: Word): number {
  return indexFor(analysis).byWord.get(word) ?? -1;
}

export function wordStartingAt(analysis: Analysis, unit: number, start: number): Word | undefined {
  const index = indexFor(analysis).byStart.get(`${unit}:${start}`);
  return index === undefined ? undefined : analysis.words[index];
}

/** The word after `word` in the document, whatever lies between them. */
export function followingWord(analysis: Analysis, word: Word): Word | undefined {
  return analysis.words[indexOfWord(analysis, word) + 1];
}

/** The word before `word` in the document, whatever lies between them. */
export function precedingWord(analysis: Analysis, word: Word): Word | undefined {
  const index = indexOfWord(analysis, word);
  return index > 0 ? analysis.words[index - 1] : undefined;
}

function indexFor(analysis: Analysis): Index {
  let index = indexes.get(analysis);
  if (!index) {
    index = { byWord: new Map(), byStart: new Map() };
    analysis.words.forEach((word, position) => {
      index!.byWord.set(word, position);
      index!.byStart.set(`${word.unit}:${word.start}`, position);
    });
    indexes.set(analysis, index);
  }
  return index;
}

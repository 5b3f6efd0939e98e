/**
 * Names written in running text: a capitalised word that does not start its
 * sentence ("Brian White", "Lance Ball", "the Labour Party"). Words such as
 * "white" or "ball" mean something else in a name, so word-list checkers
 * leave them alone there. A word in capitals is not taken for a name: case
 * tells nothing about it.
 */
import type { Analysis, Word } from './analyze.js';
import { itemAt } from '../text/items.js';

export function isProperNoun(analysis: Analysis, word: Word): boolean {
  const first = word.text.charAt(0);
  if (first === first.toLowerCase() || word.text === word.text.toUpperCase()) return false;
  return word.index > itemAt(analysis.sentences, word.sentence).firstWord;
}

/** True when the piece of unit text starts with a proper noun. */
export function startsWithProperNoun(analysis: Analysis, piece: { unit: number; start: number }): boolean {
  const word = analysis.wordAt(piece.unit, piece.start);
  return word !== undefined && isProperNoun(analysis, word);
}

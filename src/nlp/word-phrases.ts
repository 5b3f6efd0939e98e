/**
 * Finds short phrases ("kind of", "do not") in runs of analysed words, any
 * case. Two words are consecutive only when nothing but white space lies
 * between them in the unit text, so a phrase never spans a merge tag, a
 * quotation mark or a sentence end.
 */
import type { Analysis, Word } from './analyze.js';
import { ends, itemAt } from '../text/items.js';

export interface WordPhraseMatch<P> {
  /** The matched words, in order. */
  words: Word[];
  payload: P;
}

export function normalizeToken(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

export class WordPhrases<P> {
  /** Phrases by their first token, longest first. */
  private readonly byFirst = new Map<string, { tokens: string[]; payload: P }[]>();

  add(phrase: string, payload: P): void {
    const tokens = phrase.trim().split(/\s+/).map(normalizeToken);
    const [first = ''] = tokens;
    if (first === '') return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ tokens, payload });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /**
   * Non-overlapping matches, leftmost and then longest first. A match that
   * `accept` turns down leaves its words free for other phrases.
   */
  find(analysis: Analysis, words: readonly Word[], accept: (match: WordPhraseMatch<P>) => boolean = () => true): WordPhraseMatch<P>[] {
    const matches: WordPhraseMatch<P>[] = [];
    for (let index = 0; index < words.length;) {
      const match = this.matchAt(analysis, words, index, accept);
      if (match) matches.push(match);
      index += match ? match.words.length : 1;
    }
    return matches;
  }

  private matchAt(analysis: Analysis, words: readonly Word[], index: number, accept: (match: WordPhraseMatch<P>) => boolean): WordPhraseMatch<P> | undefined {
    for (const candidate of this.byFirst.get(normalizeToken(itemAt(words, index).text)) ?? []) {
      const run = words.slice(index, index + candidate.tokens.length);
      if (run.length < candidate.tokens.length) continue;
      const same = run.every(
        (word, position) => normalizeToken(word.text) === candidate.tokens[position] && (position === 0 || adjacent(analysis, itemAt(run, position - 1), word)),
      );
      const match = { words: run, payload: candidate.payload };
      if (same && accept(match)) return match;
    }
    return undefined;
  }
}

/** The unit text from the first of some words (of one unit) to the end of the last. */
export function textOfWords(analysis: Analysis, words: readonly Word[]): string {
  const { first, last } = ends(words);
  return itemAt(analysis.units, first.unit).text.slice(first.start, last.end);
}

/** The unit text between two words of one unit. */
function textBetween(analysis: Analysis, before: Word, after: Word): string {
  return itemAt(analysis.units, before.unit).text.slice(before.end, after.start);
}

export function adjacent(analysis: Analysis, before: Word, after: Word): boolean {
  return before.unit === after.unit && before.sentence === after.sentence && /^\s+$/.test(textBetween(analysis, before, after));
}

/** Like `adjacent`, but punctuation between the words is allowed too ("BUY NOW, SAVE BIG"). */
export function adjacentOrPunctuated(analysis: Analysis, before: Word, after: Word): boolean {
  return before.unit === after.unit && before.sentence === after.sentence && !/[\p{L}\p{N}]/u.test(textBetween(analysis, before, after));
}

/**
 * Word-level closeness of two texts, used to tell an altered tagline from
 * other copy. Words are compared case-insensitively with punctuation
 * removed; the similarity is 1 − (word edit distance ÷ the longer word
 * count): "Build faster, sleep better" and "Build faster. Sleep better."
 * score 1, a dropped word out of four scores 0.75.
 */
import { distance } from 'fastest-levenshtein';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The comparable words of a text: lower-cased, apostrophes unified, punctuation dropped. */
export function comparableWords(text: string): string[] {
  return comparableWordsAt(text).map(({ word }) => word);
}

/** The comparable words of a text with where each stands in it. */
export function comparableWordsAt(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length }));
}

/** 1 − word edit distance ÷ longer length; 1 for two empty texts. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  // Each distinct word becomes one character, so a string edit distance counts whole-word edits.
  const codes = new Map<string, string>();
  const encode = (words: readonly string[]): string =>
    words
      .map((word) => {
        let code = codes.get(word);
        if (code === undefined) {
          code = String.fromCodePoint(0x4e00 + codes.size);
          codes.set(word, code);
        }
        return code;
      })
      .join('');
  return 1 - distance(encode(a), encode(b)) / longer;
}

/** Text compared as written, with runs of white space and apostrophe styles folded. */
export function sameWording(a: string, b: string): boolean {
  const fold = (text: string): string => text.replace(/\s+/gu, ' ').replace(/’/g, "'").trim();
  return fold(a) === fold(b);
}

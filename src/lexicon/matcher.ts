/**
 * One compiled matcher for every phrase of the lexicon.
 *
 * Phrases are stored in a trie keyed by lower-cased atoms. Scanning a text
 * walks the trie from each atom, so the cost is (atoms in the text) × (atoms
 * in the longest phrase), whatever the number of phrases. One-letter typos
 * of protected names use a deletion index (every name word with one letter
 * dropped → the word), looked up by hash: again independent of the number
 * of names.
 */
import { atomsOf, gapBefore, gapKindsOf, isJoinableGap, type Atom } from './atoms.js';
import { ends, itemAt } from '../text/items.js';

export interface PhraseMatch<P> {
  /** Offsets in the scanned text. */
  start: number;
  end: number;
  text: string;
  payload: P;
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>>;
  /** Punctuation a phrase itself puts before this atom ("+" in "Nordlicht+ Family", "." in "Nord.io"). */
  ownGaps: Set<string>;
  payloads: { payload: P; gaps: string[]; tail: string; anyGaps: boolean }[];
}

const newNode = <P>(): TrieNode<P> => ({ next: new Map(), ownGaps: new Set(), payloads: [] });

/** A gap without its white space: what must match when the gap is a phrase's own punctuation. */
const gapMark = (gap: string): string => gap.replace(/[\s\u00a0]+/gu, '');

export class PhraseMatcher<P> {
  private readonly root: TrieNode<P> = newNode();
  private depth = 0;
  private size = 0;

  get phraseCount(): number {
    return this.size;
  }

  /**
   * Adds a phrase. A phrase that ends in a period, "!" or "?" matches only
   * where the text has it too ('same' gaps), or takes it into the match
   * where the text has it ('any' gaps). `gaps` decides what may separate its atoms in the text:
   * 'same' (the phrase's own separators, a space also matching a hyphen) or
   * 'any' (any joinable gap: for protected names, whose spacing is checked
   * later by comparing the text with the canonical spelling).
   */
  add(phrase: string, payload: P, gaps: 'same' | 'any' = 'same'): void {
    const atoms = atomsOf(phrase);
    if (atoms.length === 0) return;
    let node = this.root;
    atoms.forEach((atom, index) => {
      let child = node.next.get(atom.lower);
      if (!child) {
        child = newNode();
        node.next.set(atom.lower, child);
      }
      const gap = index > 0 ? gapBefore(phrase, atoms, index) : '';
      if (index > 0 && !isJoinableGap(gap)) child.ownGaps.add(gapMark(gap));
      node = child;
    });
    const tail = phrase.slice(ends(atoms).last.end).trim();
    node.payloads.push({ payload, gaps: gaps === 'any' ? [] : gapKindsOf(phrase, atoms), tail: /^[.!?]$/u.test(tail) ? tail : '', anyGaps: gaps === 'any' });
    this.depth = Math.max(this.depth, atoms.length);
    this.size++;
  }

  /** Every phrase occurrence in `text`, overlapping ones included. */
  scan(text: string, atoms: readonly Atom[] = atomsOf(text)): PhraseMatch<P>[] {
    const matches: PhraseMatch<P>[] = [];
    for (const [first, firstAtom] of atoms.entries()) {
      let node: TrieNode<P> | undefined = this.root;
      for (const [offset, lastAtom] of atoms.slice(first, first + this.depth).entries()) {
        const last = first + offset;
        const gap = last > first ? gapBefore(text, atoms, last) : '';
        node = node.next.get(lastAtom.lower);
        if (!node) break;
        if (last > first && !isJoinableGap(gap) && !isOwnGap(node, gap)) break;
        for (const { payload, gaps, tail, anyGaps } of node.payloads) {
          if (!gapsAgree(text, atoms, first, last, gaps)) continue;
          // A phrase that ends in a period ("vs.", "Acme Co.") keeps it: "VS Code" is no "vs.". A name takes
          // the period into the match (its absence is a near miss); a term leaves it to the fix (see hits.ts).
          const hasTail = tail !== '' && text.startsWith(tail, lastAtom.end);
          if (tail !== '' && !hasTail && !anyGaps) continue;
          const end = lastAtom.end + (hasTail && anyGaps ? tail.length : 0);
          matches.push({ start: firstAtom.start, end, text: text.slice(firstAtom.start, end), payload });
        }
      }
    }
    return matches;
  }
}

function isOwnGap<P>(node: TrieNode<P>, gap: string): boolean {
  return gap.length <= 4 && node.ownGaps.has(gapMark(gap));
}

function gapsAgree(text: string, atoms: readonly Atom[], first: number, last: number, gaps: string[]): boolean {
  if (gaps.length === 0) return true;
  for (let index = first + 1; index <= last; index++) {
    const expected = itemAt(gaps, index - first - 1);
    const actual = gapBefore(text, atoms, index);
    const kind = /^[\s\u00a0]+$/u.test(actual) ? ' ' : /[-\u2010\u2011]/u.test(actual) ? '-' : actual;
    if (kind === expected || gapMark(kind) === gapMark(expected)) continue;
    if ((expected === ' ' && kind === '-') || (expected === '-' && kind === ' ')) continue;
    return false;
  }
  return true;
}

/**
 * Words within one edit (insert, delete, substitute, swap of neighbours) of
 * a known word, found through a deletion index. Only words whose length is
 * within one of a known word's can be one edit away, so any other word is
 * answered without building a key: the cost of a lookup is bounded by the
 * longest known word, however long the word looked up (a 30,000-letter
 * "word" in a hostile file costs nothing).
 */
export class TypoIndex<P> {
  private readonly index = new Map<string, { word: string; payload: P }[]>();
  private readonly lengths = new Set<number>();

  add(word: string, payload: P): void {
    this.lengths.add(word.length);
    for (const key of deletionKeys(word)) {
      const list = this.index.get(key) ?? [];
      list.push({ word, payload });
      this.index.set(key, list);
    }
  }

  /** Known words one edit away from `word` (never `word` itself). */
  near(word: string): { word: string; payload: P }[] {
    if (!this.lengths.has(word.length - 1) && !this.lengths.has(word.length) && !this.lengths.has(word.length + 1)) return [];
    const found = new Set<{ word: string; payload: P }>();
    for (const key of deletionKeys(word)) {
      for (const candidate of this.index.get(key) ?? []) {
        if (candidate.word !== word && isOneEdit(word, candidate.word)) found.add(candidate);
      }
    }
    return [...found];
  }
}

function deletionKeys(word: string): Set<string> {
  const keys = new Set([word]);
  for (let index = 0; index < word.length; index++) keys.add(word.slice(0, index) + word.slice(index + 1));
  return keys;
}

/** Damerau–Levenshtein distance of exactly one. */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const restA = a.length - prefix - suffix;
  const restB = b.length - prefix - suffix;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[prefix] === b[prefix + 1] && a[prefix + 1] === b[prefix];
}

/**
 * Text the kit tells tone rules to leave alone: the words of `lexicon.allow`
 * (acronyms and house words) and every mention of a protected name, found
 * by the lexicon scan ("Colour Labs" is a name, so its "Colour" is not a
 * British spelling; "ACME" is the name Acme, and its case is the name rule's
 * business). Allowed words match in any case, except acronyms, written in
 * capitals, which match only in capitals: allowing "IT" says nothing about "it".
 */
import type { BrandKit } from '../config/types.js';
import type { LexiconHit } from '../lexicon/lexicon.js';
import { firstNotBefore } from '../text/ranges.js';

/** A piece of unit text: a word, or a checker's hit. */
export interface UnitText {
  unit: number;
  start: number;
  end: number;
  text: string;
}

export interface AllowedWords {
  acronyms: Set<string>;
  anyCase: Set<string>;
}

/** What the check reads: a rule's context fits (the lexicon scan is only read when the kit has names). */
export interface KitWordsSource {
  readonly kit: BrandKit;
  readonly allowedWords: AllowedWords;
  readonly lexiconHits: readonly LexiconHit[];
}

/** The kit's allowed words; a run builds them once (see CompiledKit). */
export function allowedWords(kit: BrandKit): AllowedWords {
  const allowed: AllowedWords = { acronyms: new Set(), anyCase: new Set() };
  for (const entry of kit.lexicon.allow) {
    if (isAcronym(entry)) allowed.acronyms.add(entry);
    else allowed.anyCase.add(entry.toLowerCase());
  }
  return allowed;
}

export function isLeftAlone(source: KitWordsSource, piece: UnitText): boolean {
  return isAllowedWord(source.allowedWords, piece.text) || isInNameMention(source, piece);
}

function isAllowedWord(allowed: AllowedWords, word: string): boolean {
  return allowed.acronyms.has(word) || allowed.anyCase.has(word.toLowerCase());
}

function isInNameMention(source: KitWordsSource, piece: UnitText): boolean {
  if (source.kit.lexicon.names.length === 0) return false;
  // The scan's hits run unit by unit in text order, none overlapping another of its unit: from the first that ends
  // after the piece starts, the few that overlap it follow.
  const hits = source.lexiconHits;
  const isBefore = (hit: LexiconHit): boolean => hit.unit < piece.unit || (hit.unit === piece.unit && hit.end <= piece.start);
  for (let index = firstNotBefore(hits, isBefore); ; index++) {
    const hit = hits[index];
    if (!hit || hit.unit !== piece.unit || hit.start >= piece.end) break;
    if (hit.entry.kind === 'name') return true;
  }
  return false;
}

function isAcronym(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

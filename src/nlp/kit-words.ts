/**
 * Text the kit tells tone rules to leave alone: the words of `lexicon.allow`
 * (acronyms and house words) and every mention of a protected name, found
 * by the lexicon scan ("Colour Labs" is a name, so its "Colour" is not a
 * British spelling; "ACME" is the name Acme, and its case is the name rule's
 * business). Allowed words match in any case, except acronyms, written in
 * capitals, which match only in capitals: allowing "IT" says nothing about "it".
 */
import type { BrandKit } from '../config/types.js';
import { compileLexicon, scanDocument } from '../lexicon/lexicon.js';
import type { Analysis } from './analyze.js';

/** A piece of unit text: a word, or a checker's hit. */
export interface UnitText {
  unit: number;
  start: number;
  end: number;
  text: string;
}

interface AllowedWords {
  acronyms: Set<string>;
  anyCase: Set<string>;
}

const allowedByKit = new WeakMap<BrandKit, AllowedWords>();

export function isLeftAlone(kit: BrandKit, analysis: Analysis, piece: UnitText): boolean {
  return isAllowedWord(kit, piece.text) || isInNameMention(kit, analysis, piece);
}

function isAllowedWord(kit: BrandKit, word: string): boolean {
  let allowed = allowedByKit.get(kit);
  if (!allowed) {
    allowed = { acronyms: new Set(), anyCase: new Set() };
    for (const entry of kit.lexicon.allow) {
      if (isAcronym(entry)) allowed.acronyms.add(entry);
      else allowed.anyCase.add(entry.toLowerCase());
    }
    allowedByKit.set(kit, allowed);
  }
  return allowed.acronyms.has(word) || allowed.anyCase.has(word.toLowerCase());
}

function isInNameMention(kit: BrandKit, analysis: Analysis, piece: UnitText): boolean {
  if (kit.lexicon.names.length === 0) return false;
  return scanDocument(analysis, compileLexicon(kit)).some(
    (hit) => hit.entry.kind === 'name' && hit.unit === piece.unit && hit.start < piece.end && piece.start < hit.end,
  );
}

function isAcronym(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

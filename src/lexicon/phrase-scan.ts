/**
 * Kit phrases and patterns found in the brand's own copy. Phrases of one
 * kind (pillar phrases, claims, forbidden call phrases …) go into one
 * compiled PhraseMatcher, with their inflected forms, so the cost of a scan
 * does not grow with the number of phrases. Symbols at the edges of a
 * phrase ("#1", "100%") must stand next to the matched words in the text.
 * An ellipsis in a phrase ("reconciles … for you") stands for up to
 * MOST_GAP_WORDS words of the same sentence.
 */
import { isBrandRole } from '../documents/types.js';
import { atomsOf } from './atoms.js';
import { phraseForms } from './inflect.js';
import { PhraseMatcher } from './matcher.js';
import type { Analysis, Unit } from '../nlp/analyze.js';
import { firstNonOverlapping } from '../text/ranges.js';

import type { TextHit } from '../nlp/text-hit.js';
import { ends } from '../text/items.js';

export type { TextHit };

export interface PhraseHit<P> extends TextHit {
  payload: P;
}

export function brandUnits(analysis: Analysis): Unit[] {
  return analysis.units.filter((unit) => isBrandRole(unit.role));
}

interface Entry<P> {
  payload: P;
  prefix: string;
  suffix: string;
}

/** The most words an ellipsis in a kit phrase stands for. */
export const MOST_GAP_WORDS = 4;
/** An ellipsis in a kit phrase: "…" or "...", with or without spaces around it. */
const GAP = /\s*(?:…|\.\.\.)\s*/u;

interface GappedPhrase<P> {
  payload: P;
  parts: number;
}

export class PhraseSet<P> {
  private readonly matcher = new PhraseMatcher<Entry<P>>();
  /** The parts of phrases with a gap, each part a phrase of its own; chained in `gappedMatches`. */
  private readonly partMatcher = new PhraseMatcher<{ phrase: number; part: number }>();
  private readonly gapped: GappedPhrase<P>[] = [];

  /** Adds `phrase`, and its inflected forms unless `inflect` is false. */
  add(phrase: string, payload: P, inflect = true): void {
    const parts = phrase.split(GAP).filter((part) => part.trim() !== '');
    if (parts.length > 1) {
      if (parts.some((part) => atomsOf(part).length === 0)) return;
      const index = this.gapped.push({ payload, parts: parts.length }) - 1;
      parts.forEach((part, position) => {
        for (const form of inflect ? phraseForms(part.trim()) : [part.trim()]) this.partMatcher.add(form, { phrase: index, part: position });
      });
      return;
    }
    const atoms = atomsOf(phrase);
    if (atoms.length === 0) return;
    // The symbols at the edges keep the space the phrase puts between them and its words ("🚀 launch", "20 %").
    const { first, last } = ends(atoms);
    const prefix = phrase.slice(0, first.start).trimStart().toLowerCase();
    const suffix = phrase.slice(last.end).trimEnd().toLowerCase();
    const core = phrase.slice(first.start, last.end);
    for (const form of inflect ? phraseForms(core) : [core]) this.matcher.add(form, { payload, prefix, suffix });
  }

  /** Non-overlapping occurrences in `units` (the longest wins), in text order. */
  scan(analysis: Analysis, units: readonly Unit[] = brandUnits(analysis)): PhraseHit<P>[] {
    return units.flatMap((unit) => this.scanUnit(analysis, unit));
  }

  private scanUnit(analysis: Analysis, unit: Unit): PhraseHit<P>[] {
    const text = unit.masked;
    const found: { start: number; end: number; payload: P }[] = [];
    for (const match of this.matcher.scan(text)) {
      const { prefix, suffix, payload } = match.payload;
      const start = match.start - prefix.length;
      const end = match.end + suffix.length;
      if (start < 0 || text.slice(start, match.start).toLowerCase() !== prefix || text.slice(match.end, end).toLowerCase() !== suffix) continue;
      found.push({ start, end, payload });
    }
    found.push(...this.gappedMatches(text));
    return longestFirst(found, text.length).map(({ start, end, payload }) => ({ ...textHit(analysis, unit, start, end), payload }));
  }

  /** Phrases with a gap: each part after the one before, with at most MOST_GAP_WORDS words between and no sentence end. */
  private gappedMatches(text: string): { start: number; end: number; payload: P }[] {
    if (this.gapped.length === 0) return [];
    const partMatches = this.partMatcher.scan(text).sort((a, b) => a.start - b.start);
    const found: { start: number; end: number; payload: P }[] = [];
    this.gapped.forEach(({ payload, parts }, phrase) => {
      const ofPart = (part: number) => partMatches.filter((match) => match.payload.phrase === phrase && match.payload.part === part);
      for (const first of ofPart(0)) {
        let end = first.end;
        for (let part = 1; part < parts && end !== -1; part++) {
          const next = ofPart(part).find((match) => match.start >= end && fitsGap(text.slice(end, match.start)));
          end = next ? next.end : -1;
        }
        if (end !== -1) found.push({ start: first.start, end, payload });
      }
    });
    return found;
  }
}

function fitsGap(between: string): boolean {
  return atomsOf(between).length <= MOST_GAP_WORDS && !/[.!?]/u.test(between);
}

/** Every match of `regex` (global) in the masked text of `units`. */
export function patternHits(analysis: Analysis, regex: RegExp, units: readonly Unit[] = brandUnits(analysis)): TextHit[] {
  const hits: TextHit[] = [];
  for (const unit of units) {
    regex.lastIndex = 0;
    for (const match of unit.masked.matchAll(regex)) {
      if (match[0].length > 0) hits.push(textHit(analysis, unit, match.index, match.index + match[0].length));
    }
  }
  return hits;
}

export function textHit(analysis: Analysis, unit: Unit, start: number, end: number): TextHit {
  const range = analysis.toSource(unit.index, start, end);
  return { unit: unit.index, start, end, text: unit.text.slice(start, end), sourceStart: range.start, sourceEnd: range.end, segment: range.segment };
}

/** A kit pattern as brandlint reads every user pattern: case-insensitive, Unicode, global. */
export function kitPattern(source: string): RegExp {
  return new RegExp(source, 'giu');
}

function longestFirst<T extends { start: number; end: number }>(matches: T[], textLength: number): T[] {
  return firstNonOverlapping(
    [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start),
    textLength,
  );
}

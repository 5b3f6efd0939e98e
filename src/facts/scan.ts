/**
 * What the fact finders share: candidates found by regular expressions in
 * a unit's masked text (URLs, hashtags and merge tags masked, so
 * "acme.com/spring20" holds no number), overlaps resolved, and the words
 * before a match, where cues such as "ends" or "save" stand.
 */
import { firstNonOverlapping, lastStartingAtOrBefore } from '../text/ranges.js';

/** A match of one pattern, narrowed to the part of it that is the fact. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  /** Lower wins when two candidates overlap. */
  priority: number;
}

/**
 * Candidates from several patterns over one text, overlapping ones resolved
 * in favour of the earlier pattern, then the longer match.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const length = candidates.reduce((furthest, candidate) => Math.max(furthest, candidate.end), 0);
  return firstNonOverlapping(ordered, length);
}

/** The words just before an offset, for cues such as "ends" or "save". */
export function textBefore(text: string, offset: number, length = 40): string {
  return text.slice(Math.max(0, offset - length), offset);
}

/** Words that make a sentence about an offer: a cue that is ambiguous alone ("from May 1", "use ES6") counts only in one. */
export const OFFER_CONTEXT =
  /\b(?:sales?|offers?|deals?|discount(?:ed|s)?|promo(?:tion)?s?|coupons?|codes?|save|savings|percent|price[ds]?|pricing|free|trials?|early[\s-]bird|checkout|check\s+out|pay|purchase|cart)\b|\d\s?%/i;

/** Words that name an offer itself, without the words ("free", "save", "pay") that also describe events and everyday copy. */
export const OFFER_WORDS =
  /\b(?:sales?|offers?|deals?|discount(?:ed|s)?|promo(?:tion)?s?|coupons?|codes?|percent|pric(?:e[ds]?|ing)|trials?|checkout)\b|\d\s?%|[$€£]\s?\d/i;

/** The sentence around a range of a text: from the end of the previous sentence to the end of this one. */
export function sentenceAround(text: string, start: number, end: number): string {
  const stops = sentenceStops(text);
  const before = lastStartingAtOrBefore(stops, start, (stop) => stop);
  const stopBefore = stops[before];
  const from = stopBefore !== undefined && stopBefore <= start ? stopBefore : 0;
  let after = before;
  while ((stops[after] ?? Infinity) < end) after++;
  return text.slice(from, stops[after] ?? text.length);
}

/** The text whose stops were found last: the fact finders ask about one text many times in a row. */
let lastStops: { text: string; stops: number[] } | undefined;

/** Where each sentence stop ('. ', '! ', '? ', a line break) starts in `text`, in order. */
function sentenceStops(text: string): number[] {
  if (lastStops?.text !== text) lastStops = { text, stops: [...text.matchAll(/[.!?] |\n/g)].map((match) => match.index) };
  return lastStops.stops;
}

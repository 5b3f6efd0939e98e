/**
 * Sentence ends retext-english misses. Its parser keeps a sentence going
 * after a full stop that follows a number, a short capitalised word or an
 * abbreviation it knows ("April 9. They", "Linkerd 1. At", "10 a.m. PT. It",
 * "Acme Co. Click"), and after "!" or "?" when the next word is an emoji
 * (masked as letters before parsing). These are ends when the next word
 * starts a sentence: a capital letter, after an optional emoji.
 *
 * Not ends: a full stop after a title or a Latin abbreviation that runs on
 * ("Dr. Smith", "vs. Acme", "e.g. Slack"), after an initial ("J. Smith",
 * "U.S. Army"), and after "a.m."/"p.m." when a time zone follows ("10 a.m.
 * PT"): the time zone's own full stop may end the sentence.
 *
 * Two more boundaries: a short run-in label at the start of a paragraph
 * ("Social Proof: If your …", "Restart your trial - If you …") stands apart
 * from the sentence it introduces; and in a social post, where nobody wraps
 * lines by hand, a line break ends a sentence unless the line plainly runs on.
 */
import type { OpaqueKind } from '../documents/types.js';

/** What the boundary finder needs to know about a paragraph-like unit. */
export interface BoundText {
  /** The unit text. */
  text: string;
  /** Whether the unit is a social post (line breaks end sentences). */
  post: boolean;
  /** The kind of opaque token covering an offset, if any. */
  opaqueAt(offset: number): OpaqueKind | undefined;
}

/** Words after which a full stop does not end a sentence (lower case, without the stop). */
const RUNS_ON = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'ca', 'viz']);
/** Words after which a full stop runs on when a number follows ("Fig. 3", "No. 5"). */
const RUNS_ON_BEFORE_NUMBER = new Set(['no', 'nos', 'fig', 'figs', 'vol', 'ch', 'sec', 'p', 'pp', 'ex']);

/** Whether a full stop after `word` (without the stop) runs on into `next`. */
function runsOn(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  return RUNS_ON.has(lower) || (RUNS_ON_BEFORE_NUMBER.has(lower) && /^\s*\d/u.test(next));
}

/** Time zones written after a clock time ("10 a.m. PT"). */
const TIME_ZONES = new Set(
  'PT PST PDT ET EST EDT CT CST CDT MT MST MDT AKST AKDT HST GMT UTC BST IST CET CEST EET EEST WET WEST AEST AEDT ACST AWST NZST NZDT JST KST SGT HKT'.split(
    ' ',
  ),
);

/** A line that ends on one of these runs on into the next line. */
const RUNS_ON_LINE = /(?:[,;(\-–—&+/]|\b(?:and|or|but|the|a|an|of|to|with|for|in|on|at|by|from|your|our|my))\s*$/i;

const LABEL_SEPARATOR = /^\s*(?::|[-–—](?=\s))\s*/;
const MAX_LABEL_WORDS = 4;
/** Longer than any run-in label of four words and its separator: the label is looked for within it. */
const MAX_LABEL_LENGTH = 160;

/**
 * Offsets inside [start, end) of `text` where a new sentence begins, in
 * order. `unitStart` tells whether `start` is the start of the unit (where a
 * run-in label may stand).
 *
 * Linear in the length of the range: a run of marks ("?!", "....") or of
 * white space leads to one next word, so each run is read once, and only a
 * few characters before it are looked at.
 */
export function extraSentenceStarts(bound: BoundText, start: number, end: number, unitStart: boolean): number[] {
  const starts = new Set<number>();
  const { text } = bound;
  let offset = start;
  while (offset < end) {
    const character = text[offset];
    if (isTerminal(character)) {
      // Closing quotes and brackets stay with the sentence they end; more marks ("?!", "...") too.
      const marksEnd = endOfRun(text, offset, end, CLOSING);
      if (anyMarkEnds(bound, offset, marksEnd)) {
        const next = sentenceAfterMarks(bound, marksEnd, end);
        if (next !== undefined) starts.add(next);
      }
      offset = marksEnd;
    } else if (character === '\n' && bound.post) {
      const spaceEnd = endOfRun(text, offset, end, SPACE);
      if (anyLineBreak(bound, offset, spaceEnd) && spaceEnd < end && !runsOnLine(text, start, offset)) starts.add(spaceEnd);
      offset = spaceEnd;
    } else offset++;
  }
  if (unitStart) {
    const label = runInLabelEnd(bound, start, end);
    if (label !== undefined) starts.add(label);
  }
  return [...starts].filter((offset) => offset > start && offset < end).sort((a, b) => a - b);
}

const CLOSING = /["'”’)\]»!?.…]/u;
const SPACE = /\s/u;

function isTerminal(character: string | undefined): boolean {
  return character === '.' || character === '!' || character === '?';
}

/** The end of the run of characters matching `pattern` from `from`. */
function endOfRun(text: string, from: number, end: number, pattern: RegExp): number {
  let cursor = from;
  while (cursor < end && pattern.test(text.charAt(cursor))) cursor++;
  return cursor;
}

/** Whether a terminal mark in [from, to) can end a sentence: not inside an opaque token, and a full stop judged by its words. */
function anyMarkEnds(bound: BoundText, from: number, to: number): boolean {
  for (let offset = from; offset < to; offset++) {
    const character = bound.text[offset];
    if (isTerminal(character) && !bound.opaqueAt(offset) && (character !== '.' || fullStopEnds(bound, offset))) return true;
  }
  return false;
}

/** Where the next sentence starts after a run of marks ending at `marksEnd`, when white space and a word that opens one follow. */
function sentenceAfterMarks(bound: BoundText, marksEnd: number, end: number): number | undefined {
  if (marksEnd >= end || !SPACE.test(bound.text.charAt(marksEnd))) return undefined;
  const next = firstTokenAfter(bound, marksEnd, end);
  if (next === undefined) return undefined;
  return opensSentence(bound, next, end) ? next : undefined;
}

/** Whether the white space in [from, to) holds a line break outside opaque tokens. */
function anyLineBreak(bound: BoundText, from: number, to: number): boolean {
  for (let offset = from; offset < to; offset++) if (bound.text[offset] === '\n' && !bound.opaqueAt(offset)) return true;
  return false;
}

/** The longest ending RUNS_ON_LINE looks for ("with", "from"), with the character before it. */
const LINE_END_WINDOW = 8;

/** Whether the line ending at the break at `offset` runs on into the next (judged by its last few characters). */
function runsOnLine(text: string, start: number, offset: number): boolean {
  let lineEnd = offset;
  while (lineEnd > start && SPACE.test(text.charAt(lineEnd - 1))) lineEnd--;
  return RUNS_ON_LINE.test(text.slice(Math.max(start, lineEnd - LINE_END_WINDOW), lineEnd));
}

/** The first character after white space (and emoji) from `from`, undefined at the end. */
function firstTokenAfter(bound: BoundText, from: number, end: number): number | undefined {
  let cursor = from;
  while (cursor < end && /\s/u.test(bound.text.charAt(cursor))) cursor++;
  return cursor < end ? cursor : undefined;
}

/** A sentence opens with a capital letter, an opening quote before one, or an emoji before one. */
function opensSentence(bound: BoundText, offset: number, end: number): boolean {
  const { text } = bound;
  let cursor = offset;
  while (cursor < end && (bound.opaqueAt(cursor) === 'emoji' || /\s/u.test(text.charAt(cursor)))) cursor++;
  if (cursor < end && /["“‘'(]/u.test(text.charAt(cursor))) cursor++;
  return cursor < end && /\p{Lu}/u.test(text.charAt(cursor)) && !bound.opaqueAt(cursor);
}

/** The longest abbreviation that runs on ("approx"), and a character more. */
const ABBREVIATION_WINDOW = 8;

/**
 * Whether the sentence ending at `end` of `text` stops on an abbreviation
 * that never ends one ("vs.", "Fig."), before the text from `next`. Only the
 * last word is read, so a long sentence costs no more than a short one.
 */
export function endsOnRunOnAbbreviation(text: string, start: number, end: number, next: number): boolean {
  let stop = end;
  while (stop > start && SPACE.test(text.charAt(stop - 1))) stop--;
  if (stop <= start || text[stop - 1] !== '.') return false;
  let wordStart = stop - 1;
  while (wordStart > start && stop - 1 - wordStart <= ABBREVIATION_WINDOW && /[\p{L}.]/u.test(text.charAt(wordStart - 1))) wordStart--;
  // The word starts at its first letter ("..vs." reads "vs").
  while (wordStart < stop - 1 && text[wordStart] === '.') wordStart++;
  const word = text.slice(wordStart, stop - 1);
  if (!/^\p{L}/u.test(word) || (wordStart > start && /[\p{L}.]/u.test(text.charAt(wordStart - 1)))) return false;
  return runsOn(word, text.slice(next, next + 4));
}

/** Whether the full stop at `offset` can end a sentence, judged by the word it follows and the word after it. */
function fullStopEnds(bound: BoundText, offset: number): boolean {
  const { text } = bound;
  const before = /([\p{L}\p{N}][\p{L}\p{N}.]*)$/u.exec(text.slice(Math.max(0, offset - 24), offset))?.[1] ?? '';
  if (before === '') return true;
  const word = before.toLowerCase();
  if (runsOn(before, text.slice(offset + 1, offset + 4))) return false;
  // An initial or a run of initials: "J. Smith", "U.S. Army".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(before)) return false;
  if (word === 'a.m' || word === 'p.m') {
    const following = /^\s+(\p{Lu}{2,5})\b/u.exec(text.slice(offset + 1, offset + 12))?.[1];
    return following === undefined || !TIME_ZONES.has(following);
  }
  return true;
}

/**
 * The start of the sentence after a run-in label at the start of a unit: at
 * most four words, the first capitalised, then a colon or a spaced dash and a
 * capitalised word ("Social Proof: If …").
 */
function runInLabelEnd(bound: BoundText, start: number, end: number): number | undefined {
  const { text } = bound;
  const rest = text.slice(start, Math.min(end, start + MAX_LABEL_LENGTH));
  // A colon closes the label even after a dash inside it ("May 25 - June 5: Announce …").
  const head = /^[^.!?:\n]*?(?=\s*:)/u.exec(rest)?.[0] ?? /^[^.!?:\n–—]*?(?=\s[-–—]\s)/u.exec(rest)?.[0];
  if (head === undefined || !/^\s*[\p{Lu}\p{N}]/u.test(head)) return undefined;
  const words = head
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return undefined;
  const separator = LABEL_SEPARATOR.exec(text.slice(start + head.length, end));
  if (!separator) return undefined;
  const next = start + head.length + separator[0].length;
  return next < end && opensSentence(bound, next, end) ? next : undefined;
}

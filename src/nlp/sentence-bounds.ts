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

/**
 * Offsets inside [start, end) of `text` where a new sentence begins, in
 * order. `unitStart` tells whether `start` is the start of the unit (where a
 * run-in label may stand).
 */
export function extraSentenceStarts(bound: BoundText, start: number, end: number, unitStart: boolean): number[] {
  const starts = new Set<number>();
  const { text } = bound;
  for (let offset = start; offset < end; offset++) {
    const character = text[offset];
    if (character === '.' || character === '!' || character === '?') {
      const next = nextSentenceStart(bound, offset, end);
      if (next !== undefined && (character !== '.' || fullStopEnds(bound, offset))) starts.add(next);
    } else if (character === '\n' && bound.post && !bound.opaqueAt(offset)) {
      const next = firstTokenAfter(bound, offset + 1, end);
      if (next !== undefined && !RUNS_ON_LINE.test(text.slice(start, offset))) starts.add(next);
    }
  }
  if (unitStart) {
    const label = runInLabelEnd(bound, start, end);
    if (label !== undefined) starts.add(label);
  }
  return [...starts].filter((offset) => offset > start && offset < end).sort((a, b) => a - b);
}

/** Where the next sentence starts after a terminal mark at `offset`, when the next word opens one. */
function nextSentenceStart(bound: BoundText, offset: number, end: number): number | undefined {
  const { text } = bound;
  if (bound.opaqueAt(offset)) return undefined;
  let cursor = offset + 1;
  // Closing quotes and brackets stay with the sentence they end; more marks ("?!", "...") too.
  while (cursor < end && /["'”’)\]»!?.…]/u.test(text[cursor])) cursor++;
  if (cursor >= end || !/\s/u.test(text[cursor])) return undefined;
  const next = firstTokenAfter(bound, cursor, end);
  if (next === undefined) return undefined;
  return opensSentence(bound, next, end) ? next : undefined;
}

/** The first character after white space (and emoji) from `from`, undefined at the end. */
function firstTokenAfter(bound: BoundText, from: number, end: number): number | undefined {
  let cursor = from;
  while (cursor < end && /\s/u.test(bound.text[cursor])) cursor++;
  return cursor < end ? cursor : undefined;
}

/** A sentence opens with a capital letter, an opening quote before one, or an emoji before one. */
function opensSentence(bound: BoundText, offset: number, end: number): boolean {
  const { text } = bound;
  let cursor = offset;
  while (cursor < end && (bound.opaqueAt(cursor) === 'emoji' || /\s/u.test(text[cursor]))) cursor++;
  if (cursor < end && /["“‘'(]/u.test(text[cursor])) cursor++;
  return cursor < end && /\p{Lu}/u.test(text[cursor]) && !bound.opaqueAt(cursor);
}

/** Whether a sentence retext ended stops on an abbreviation that never ends one ("vs.", "Fig."). */
export function endsOnRunOnAbbreviation(sentence: string, next: string): boolean {
  const last = /([\p{L}][\p{L}.]*)\.\s*$/u.exec(sentence)?.[1];
  return last !== undefined && runsOn(last, next);
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
  const rest = text.slice(start, end);
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

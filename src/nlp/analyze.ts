/**
 * Sentences and words of a document, from retext-english, with positions
 * mapped back to segments and to the source file.
 *
 * The unit of analysis is a run of segments that read as one paragraph (the
 * text and the links of one <p>), so a sentence that contains a link is one
 * sentence. Opaque spans (merge tags, URLs, handles, hashtags, emoji, code)
 * are masked with letters of the same length before parsing: offsets stay
 * aligned, a URL's dots never end a sentence, and the masked token is marked
 * opaque so no rule ever reads it as a word.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as SentenceNode, Word as WordNode, Paragraph } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Document, OpaqueKind, OpaqueSpan, Role, Segment } from '../documents/types.js';
import { lastStartingAtOrBefore, overlappingRange } from '../text/ranges.js';
import { endsOnRunOnAbbreviation, extraSentenceStarts, type BoundText } from './sentence-bounds.js';
import { itemAt } from '../text/items.js';

export interface Word {
  /** Position in Analysis.words. */
  index: number;
  /** The word as written (for opaque tokens: the original text, e.g. the URL). */
  text: string;
  lower: string;
  /** Set when the token is a merge tag, URL, handle, hashtag, emoji or code, never prose. */
  opaque?: OpaqueKind;
  unit: number;
  /** Offsets in the unit text. */
  start: number;
  end: number;
  /** Source range in the original file. */
  sourceStart: number;
  sourceEnd: number;
  segment: number;
  sentence: number;
}

export interface Sentence {
  text: string;
  unit: number;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** Index range into Analysis.words, half-open. */
  firstWord: number;
  endWord: number;
  /** The segment the sentence starts in. */
  segment: number;
}

/** A paragraph-like run of segments analysed as one text. */
export interface Unit {
  index: number;
  /** The unit text: the segments' texts joined (with a space where the source has a gap). */
  text: string;
  /** The same text with opaque spans masked. */
  masked: string;
  segments: { segment: Segment; offset: number }[];
  role: Role;
  block: number;
  /** Index range into Analysis.sentences, half-open (reading it splits the document into sentences). */
  readonly firstSentence: number;
  readonly endSentence: number;
}

export interface Analysis {
  units: Unit[];
  sentences: Sentence[];
  words: Word[];
  /** Source range of a unit range. */
  toSource(unit: number, start: number, end: number): { start: number; end: number; segment: number };
  /** The segment and its own offset at a unit offset. */
  segmentAt(unit: number, offset: number): { segment: Segment; offset: number };
  /** Prose words only (no opaque tokens). */
  proseWords(): Word[];
  /** The word that starts at a unit offset (where a retext checker's hit begins). */
  wordAt(unit: number, start: number): Word | undefined;
}

const parser = unified().use(retextEnglish);

/** Roles that flow into the paragraph around them when they share its block. */
const INLINE_ROLES = new Set<Role>(['body', 'link', 'button', 'list-item', 'table-cell', 'quote', 'heading', 'agent', 'customer', 'post']);

/**
 * The analysis of a document; a run analyses each document once, when a
 * rule first asks (see DocumentData). The units and their source mapping
 * are built at once; the sentences and words — retext's parse, the costly
 * part — only when something first reads them, so the lexicon scan, which
 * reads units alone, never pays for it.
 */
export function analyze(document: Document): Analysis {
  let split: { sentences: Sentence[]; words: Word[]; ranges: [number, number][] } | undefined;
  const sentenceSplit = () => (split ??= splitSentences(units, locate));
  const units = groupUnits(document, (index) => itemAt(sentenceSplit().ranges, index));

  function segmentAt(unitIndex: number, offset: number): { segment: Segment; offset: number } {
    const parts = itemAt(units, unitIndex).segments;
    const part = itemAt(parts, partAt(parts, offset));
    return { segment: part.segment, offset: Math.min(Math.max(0, offset - part.offset), part.segment.text.length) };
  }

  /** Like segmentAt, for an exclusive end offset: the segment holding the character before it. */
  function segmentAtEnd(unitIndex: number, end: number): { segment: Segment; offset: number } {
    const parts = itemAt(units, unitIndex).segments;
    const part = itemAt(parts, partAt(parts, Math.max(0, end - 1)));
    return { segment: part.segment, offset: Math.min(Math.max(0, end - part.offset), part.segment.text.length) };
  }

  function locate(unitIndex: number, start: number, end: number): { start: number; end: number; segment: number } {
    const from = segmentAt(unitIndex, start);
    const to = segmentAtEnd(unitIndex, end);
    const sourceStart = from.segment.map.toSourceStart(from.offset);
    const sourceEnd = to.segment.map.toSourceEnd(to.offset);
    return { start: sourceStart, end: Math.max(sourceStart, sourceEnd), segment: from.segment.index };
  }

  let byStart: Map<string, Word> | undefined;
  function wordAt(unit: number, start: number): Word | undefined {
    byStart ??= new Map(sentenceSplit().words.map((word) => [`${word.unit}:${word.start}`, word]));
    return byStart.get(`${unit}:${start}`);
  }

  return {
    units,
    get sentences() {
      return sentenceSplit().sentences;
    },
    get words() {
      return sentenceSplit().words;
    },
    toSource: locate,
    segmentAt,
    proseWords: () => sentenceSplit().words.filter((word) => !word.opaque),
    wordAt,
  };
}

type Locate = (unit: number, start: number, end: number) => { start: number; end: number; segment: number };

/** Every unit's sentences and words, in document order, and each unit's range of sentences. */
function splitSentences(units: readonly Unit[], locate: Locate): { sentences: Sentence[]; words: Word[]; ranges: [number, number][] } {
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  const ranges: [number, number][] = [];
  for (const unit of units) {
    const first = sentences.length;
    const tree = parser.parse(unit.masked) as Root;
    const opaque = opaqueSpansOf(unit);
    const bound = boundText(unit, opaque);
    const textStart = unit.text.length - unit.text.trimStart().length;
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      const pieces = (paragraph as Paragraph).children.flatMap((node) => (node.type === 'SentenceNode' ? splitSentence(bound, node, textStart) : []));
      for (const piece of joinRunOns(bound, pieces)) addSentence(unit, piece, opaque, sentences, words, locate);
    }
    ranges.push([first, sentences.length]);
  }
  return { sentences, words, ranges };
}

/** A sentence as retext parsed it, or a piece of one cut at a boundary retext missed. */
interface SentencePiece {
  start: number;
  end: number;
  children: SentenceNode['children'][number][];
}

function boundText(unit: Unit, opaque: readonly OpaqueSpan[]): BoundText {
  return {
    text: unit.text,
    post: unit.segments.some(({ segment }) => segment.role === 'post'),
    opaqueAt: (offset) => overlappingRange(opaque, offset, offset + 1)?.kind,
  };
}

/** Cuts a retext sentence at the boundaries it missed (see sentence-bounds.ts). */
function splitSentence(bound: BoundText, node: SentenceNode, textStart: number): SentencePiece[] {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  const cuts = extraSentenceStarts(bound, start, end, start <= textStart);
  if (cuts.length === 0) return [{ start, end, children: node.children }];
  const pieces: SentencePiece[] = [];
  // The children are in text order: each piece takes the run of them that starts inside it.
  let child = 0;
  const startOf = (index: number): number => itemAt(node.children, index).position?.start.offset ?? 0;
  [start, ...cuts].forEach((pieceStart, index) => {
    const cut = cuts[index];
    const pieceEnd = cut !== undefined ? trimEnd(bound.text, pieceStart, cut) : end;
    while (child < node.children.length && startOf(child) < pieceStart) child++;
    const first = child;
    while (child < node.children.length && startOf(child) < pieceEnd) child++;
    pieces.push({ start: pieceStart, end: pieceEnd, children: node.children.slice(first, child) });
  });
  return pieces;
}

/** Joins back sentences retext ended at an abbreviation that runs on ("Spreadsheets vs. Tallyflow", "See Fig. 3"). */
function joinRunOns(bound: BoundText, pieces: SentencePiece[]): SentencePiece[] {
  const joined: SentencePiece[] = [];
  for (const piece of pieces) {
    const previous = joined[joined.length - 1];
    if (previous && endsOnRunOnAbbreviation(bound.text, previous.start, previous.end, piece.start)) {
      // Appended in place: a long run of run-ons ("vs. vs. vs. …") is joined in linear time.
      previous.end = piece.end;
      for (const child of piece.children) previous.children.push(child);
    } else joined.push({ ...piece, children: [...piece.children] });
  }
  return joined;
}

/** The end of a piece of text without its trailing white space. */
function trimEnd(text: string, start: number, end: number): number {
  let cursor = end;
  while (cursor > start && /\s/u.test(text.charAt(cursor - 1))) cursor--;
  return cursor;
}

/** The part of a unit that holds `offset`: the last one starting at or before it. */
function partAt(parts: Unit['segments'], offset: number): number {
  return lastStartingAtOrBefore(parts, offset, (part) => part.offset);
}

function addSentence(unit: Unit, piece: SentencePiece, opaque: readonly OpaqueSpan[], sentences: Sentence[], words: Word[], locate: Locate): void {
  const { start, end } = piece;
  const sentenceIndex = sentences.length;
  const firstWord = words.length;
  for (const child of piece.children) {
    if (child.type !== 'WordNode') continue;
    const wordStart = child.position?.start.offset ?? 0;
    const wordEnd = child.position?.end.offset ?? 0;
    for (const piece of splitWord(unit, opaque, child as WordNode, wordStart, wordEnd)) {
      const range = locate(unit.index, piece.start, piece.end);
      words.push({
        index: words.length,
        text: unit.text.slice(piece.start, piece.end),
        lower: unit.text.slice(piece.start, piece.end).toLowerCase(),
        opaque: piece.opaque,
        unit: unit.index,
        start: piece.start,
        end: piece.end,
        sourceStart: range.start,
        sourceEnd: range.end,
        segment: range.segment,
        sentence: sentenceIndex,
      });
    }
  }
  const range = locate(unit.index, start, end);
  sentences.push({
    text: unit.text.slice(start, end),
    unit: unit.index,
    start,
    end,
    sourceStart: range.start,
    sourceEnd: range.end,
    firstWord,
    endWord: words.length,
    segment: range.segment,
  });
}

/**
 * A retext word node, trimmed of trailing sentence punctuation ("31." → "31")
 * and marked opaque when it lies in a masked span.
 */
function splitWord(
  unit: Unit,
  spans: readonly OpaqueSpan[],
  node: WordNode,
  start: number,
  end: number,
): { start: number; end: number; opaque?: OpaqueKind }[] {
  const opaque = overlappingRange(spans, start, end);
  if (opaque) return [{ start: opaque.start, end: opaque.end, opaque: opaque.kind }];
  if (isAbbreviation(toString(node))) return [{ start, end }];
  let trimmedEnd = end;
  while (trimmedEnd > start && /[.\-_'’]/.test(unit.text.charAt(trimmedEnd - 1))) trimmedEnd--;
  return trimmedEnd > start ? [{ start, end: trimmedEnd }] : [];
}

function isAbbreviation(word: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(word) || /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|etc|e\.g|i\.e)\.$/i.test(word);
}

/** The opaque spans of a unit's segments, in unit offsets and text order; a span inside another (as masking skips it) is left out. */
function opaqueSpansOf(unit: Unit): OpaqueSpan[] {
  const spans: OpaqueSpan[] = [];
  for (const { segment, offset } of unit.segments) {
    for (const span of segment.opaque) {
      const start = span.start + offset;
      if (start >= (spans.at(-1)?.end ?? 0)) spans.push({ kind: span.kind, start, end: span.end + offset });
    }
  }
  return spans;
}

/** The units of a document; `sentenceRange` gives a unit's range of sentences when first read. */
function groupUnits(document: Document, sentenceRange: (unit: number) => [number, number]): Unit[] {
  const units: Unit[] = [];
  let current: Unit | undefined;
  let previous: Segment | undefined;
  for (const segment of document.segments) {
    const joins =
      current !== undefined && previous !== undefined && previous.block === segment.block && INLINE_ROLES.has(previous.role) && INLINE_ROLES.has(segment.role);
    if (!joins || !current) {
      const index = units.length;
      current = {
        index,
        text: '',
        masked: '',
        segments: [],
        role: segment.role,
        block: segment.block,
        get firstSentence() {
          return sentenceRange(index)[0];
        },
        get endSentence() {
          return sentenceRange(index)[1];
        },
      };
      units.push(current);
    } else {
      const separator = needsSpace(document.source, previous!, segment) ? ' ' : '';
      current.text += separator;
      current.masked += separator;
      if (current.role === 'link' || current.role === 'button') current.role = segment.role;
    }
    current.segments.push({ segment, offset: current.text.length });
    current.text += segment.text;
    current.masked += mask(segment);
    previous = segment;
  }
  return units;
}

/** Tags that break a line or start a block: the words on either side never touch. */
const BREAKING_TAG = /<(?:br|\/?(?:p|div|td|th|tr|li|ul|ol|table|h[1-6]|blockquote|section|article|header|footer|center|hr))\b/i;

/**
 * Two segments of one paragraph need a space between them unless only
 * inline markup separates them in the source ("<b>Acme</b>Cloud" reads as
 * one word; "Acme<br>1 Main St" as two).
 */
function needsSpace(source: string, previous: Segment, next: Segment): boolean {
  const gapStart = previous.map.toSourceEnd(previous.text.length);
  const gapEnd = next.map.toSourceStart(0);
  if (gapEnd <= gapStart) return true;
  const gap = source.slice(gapStart, gapEnd);
  return BREAKING_TAG.test(gap) || gap.replace(/<[^>]*>/g, '').length > 0;
}

/** Replaces opaque spans with letters so the parser reads each as one word. */
function mask(segment: Segment): string {
  if (segment.opaque.length === 0) return segment.text;
  let masked = '';
  let cursor = 0;
  for (const span of segment.opaque) {
    if (span.start < cursor) continue;
    masked += segment.text.slice(cursor, span.start) + 'x'.repeat(span.end - span.start);
    cursor = span.end;
  }
  return masked + segment.text.slice(cursor);
}

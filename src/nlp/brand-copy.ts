/**
 * Which text is the brand's own copy, the text tone rules judge.
 *
 * Not brand copy: what the customer says in a call script and stage
 * directions (context, not spoken by the agent), and quoted speech — a
 * testimonial in quotation marks, a block quote, an embedded social post
 * (a block quote too) is someone else's voice — unless the kit sets
 * `tone.judgeQuotes`. Reading grade and spelling locale read quoted
 * speech too: the reader reads it, and house spelling covers what is printed.
 */
import { isBrandRole, type Document, type Segment } from '../documents/types.js';
import type { Analysis, Sentence, Unit, Word } from './analyze.js';
import { insideSpans, quotedSpans, type Span } from './quotes.js';
import { itemAt } from '../text/items.js';

export interface BrandCopy {
  analysis: Analysis;
  /** Units the brand speaks in (quoted speech inside them included). */
  units: Unit[];
  /** Sentences of those units, less those wholly inside exempt quotations. */
  sentences: Sentence[];
  /** Prose words of the brand's own voice: no opaque tokens, no exempt quotations. */
  words: Word[];
  /** Prose words of brand copy with quoted speech included, for rules about what is printed. */
  printedWords: Word[];
  /** True when a unit range is brand copy in the brand's own voice. */
  isOwnVoice(unit: number, start: number, end: number): boolean;
}

/** The brand copy of a document; a run reads it once per document (see DocumentData). */
export function brandCopyOf(document: Document, analysis: Analysis, approved: readonly Span[][], judgeQuotes: boolean): BrandCopy {
  const isQuoted = analysis.units.map((unit) => insideSpans(judgeQuotes ? [] : quotedSpans(unit.text)));
  const isApproved = approved.map(insideSpans);
  const isBrandSegment = (index: number): boolean => isBrandRole(itemAt(document.segments, index).role);
  const isOwnSegment = (index: number): boolean => isBrandSegment(index) && (judgeQuotes || itemAt(document.segments, index).role !== 'quote');
  // Quoted speech is someone else's voice; the kit's own approved wording is not the copywriter's to change.
  const isOwnVoice = (unit: number, start: number, end: number): boolean =>
    isOwnSegment(analysis.segmentAt(unit, start).segment.index) && !itemAt(isQuoted, unit)(start, end) && !itemAt(isApproved, unit)(start, end);
  return {
    analysis,
    units: analysis.units.filter((unit) => isBrandRole(unit.role)),
    sentences: analysis.sentences.filter((sentence) => isOwnVoice(sentence.unit, sentence.start, sentence.end)),
    words: analysis.words.filter((word) => !word.opaque && isOwnVoice(word.unit, word.start, word.end)),
    printedWords: analysis.words.filter((word) => !word.opaque && isBrandSegment(word.segment)),
    isOwnVoice,
  };
}

/**
 * Pieces of copy judged as a whole (document-level counts and grades): the
 * document, or each post of a social calendar, where every post stands alone.
 */
export function copyPieces(copy: BrandCopy): Unit[][] {
  const pieces = new Map<string, Unit[]>();
  for (const unit of copy.units) {
    const first = itemAt(unit.segments, 0).segment;
    const key = first.role === 'post' ? `post ${first.index}` : 'document';
    const piece = pieces.get(key) ?? [];
    piece.push(unit);
    pieces.set(key, piece);
  }
  return [...pieces.values()];
}

/** What a piece of copy is called in a message: a calendar's post, or the document. */
export function pieceName(piece: readonly Unit[]): 'post' | 'document' {
  return piece[0]?.role === 'post' ? 'post' : 'document';
}

/** Where a finding about a whole piece of copy points: its first segment, whole. */
export function pieceAnchor(piece: readonly Unit[]): { start: number; end: number; segment: number } {
  const segment: Segment = itemAt(itemAt(piece, 0).segments, 0).segment;
  return { ...segment.map.toSource(0, segment.text.length), segment: segment.index };
}

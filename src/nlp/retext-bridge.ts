/**
 * Runs retext checkers (passive voice, equality, profanities, simpler
 * wording) on the units of a document and maps their messages back to unit
 * and source ranges.
 *
 * The units' masked texts are parsed once per document and every checker
 * runs on that tree, once per document, whatever the number of rules
 * reading it. Masking keeps offsets aligned with the unit text and keeps
 * merge tags, URLs and code out of the checkers' sight.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextPassive from 'retext-passive';
import retextProfanities from 'retext-profanities';
import retextSimplify from 'retext-simplify';
import type { Paragraph, Root } from 'nlcst';
import { VFile } from 'vfile';
import { cuss } from 'cuss';
import type { Analysis } from './analyze.js';
import type { BrandCopy } from './brand-copy.js';
import { isLeftAlone, type KitWordsSource } from './kit-words.js';
import { firstEndingAfter } from '../text/ranges.js';
import { ends, itemAt } from '../text/items.js';

export interface RetextHit {
  unit: number;
  /** Unit offsets of the flagged text. */
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  segment: number;
  /** The flagged text as written in the unit. */
  text: string;
  /** What the checker suggests instead (may be empty). */
  expected: string[];
  /** The checker's id for the pattern it matched (retext-equality: "chairman-chairwoman"). */
  rule?: string;
  /** retext-profanities: 0 maybe profane, 1 likely, 2 surely. */
  profanitySeverity?: number;
}

const CHECKERS = {
  passive: unified().use(retextPassive),
  equality: unified().use(retextEquality),
  // Sureness 1 leaves out words that are profane only in some senses ("hell", "execute").
  profanities: unified().use(retextProfanities, { sureness: 1 }),
  simplify: unified().use(retextSimplify),
};

export type RetextCheck = keyof typeof CHECKERS;

/** Words as the checkers' phrase search compares them: lower case, no apostrophes or hyphens. */
function normalWord(word: string): string {
  return word.toLowerCase().replace(/['\u2019-]/g, '');
}

/**
 * First words of every phrase a checker looks for, where that list is long
 * and rarely met: a document with none of them needs no search at all
 * (most copy has no profanity, and the search costs a pass over ~1,800 words).
 */
const FIRST_WORDS: Partial<Record<RetextCheck, ReadonlySet<string>>> = {
  profanities: new Set(Object.keys(cuss).map((phrase) => normalWord(phrase.split(' ', 1)[0] ?? phrase))),
};

/** The checkers match plurals of listed words too ("bastards" for "bastard"). */
function mayStartPhrase(firstWords: ReadonlySet<string>, word: string): boolean {
  return firstWords.has(word) || firstWords.has(word.replace(/s$/, '')) || firstWords.has(word.replace(/es$/, ''));
}

const parser = unified().use(retextEnglish);

/**
 * All units' masked texts in one text, a blank line between units so no
 * sentence runs from one into the next. One tree per document: the checkers'
 * phrase search is set up once per run, not once per paragraph.
 */
interface DocumentText {
  text: string;
  tree: Root;
  /** Offset of each unit in `text`. */
  starts: number[];
}

const UNIT_SEPARATOR = '\n\n';

/**
 * The checkers' hits in one document: the document text is parsed once, on
 * the first check asked for, and each checker runs once, however many rules
 * read its hits. A run keeps one per document (see DocumentData).
 */
export class RetextChecks {
  private whole?: DocumentText;
  private readonly hits = new Map<RetextCheck, RetextHit[]>();

  constructor(private readonly analysis: Analysis) {}

  of(check: RetextCheck): RetextHit[] {
    let hits = this.hits.get(check);
    if (!hits) {
      hits = this.run(check);
      this.hits.set(check, hits);
    }
    return hits;
  }

  private run(check: RetextCheck): RetextHit[] {
    const { analysis } = this;
    const firstWords = FIRST_WORDS[check];
    if (firstWords && !analysis.words.some((word) => !word.opaque && mayStartPhrase(firstWords, normalWord(word.text)))) return [];
    this.whole ??= documentText(analysis);
    const whole = this.whole;
    const file = new VFile(whole.text);
    CHECKERS[check].runSync(whole.tree, file);
    const hits = file.messages.flatMap((message) => toHit(analysis, whole, message) ?? []).filter((hit) => !touchesOpaque(analysis, hit));
    return hits.sort((a, b) => a.sourceStart - b.sourceStart || a.sourceEnd - b.sourceEnd);
  }
}

function documentText(analysis: Analysis): DocumentText {
  const starts: number[] = [];
  let text = '';
  for (const unit of analysis.units) {
    if (unit.index > 0) text += UNIT_SEPARATOR;
    starts.push(text.length);
    text += unit.masked;
  }
  return { text, tree: asOneParagraph(parser.parse(text) as Root), starts };
}

/**
 * The same tree with every sentence in one paragraph. retext-equality sets up
 * its phrase index once per paragraph, thousands of phrases each time; one
 * paragraph sets it up once per document. Sentences stay apart, and phrases
 * never match across sentences, so no hit changes.
 */
function asOneParagraph(tree: Root): Root {
  const paragraphs = tree.children.filter((child): child is Paragraph => child.type === 'ParagraphNode');
  if (paragraphs.length <= 1) return tree;
  const children = paragraphs.flatMap((paragraph) => paragraph.children);
  const merged: Paragraph = {
    type: 'ParagraphNode',
    children,
    position: { start: ends(paragraphs).first.position!.start, end: ends(paragraphs).last.position!.end },
  };
  return { ...tree, children: [merged] };
}

/** The unit holding a document-text offset: the last one starting at or before it. */
function unitAt(whole: DocumentText, offset: number): number {
  let low = 0;
  let high = whole.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (itemAt(whole.starts, middle) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

interface CheckerMessage {
  place?: { start?: { offset?: number }; end?: { offset?: number } } | { offset?: number } | null;
  expected?: string[] | null;
  profanitySeverity?: number;
  ruleId?: string | null;
}

function toHit(analysis: Analysis, whole: DocumentText, message: CheckerMessage): RetextHit | undefined {
  const place = message.place;
  const from = place && 'start' in place ? place.start?.offset : undefined;
  const to = place && 'end' in place ? place.end?.offset : undefined;
  if (from === undefined || to === undefined || to <= from) return undefined;
  const unit = unitAt(whole, from);
  const unitText = itemAt(analysis.units, unit).text;
  const start = from - itemAt(whole.starts, unit);
  const end = Math.min(to - itemAt(whole.starts, unit), unitText.length);
  const source = analysis.toSource(unit, start, end);
  return {
    unit,
    start,
    end,
    sourceStart: source.start,
    sourceEnd: source.end,
    segment: source.segment,
    text: unitText.slice(start, end),
    expected: message.expected ?? [],
    ...(message.ruleId ? { rule: message.ruleId } : {}),
    ...(message.profanitySeverity !== undefined ? { profanitySeverity: message.profanitySeverity } : {}),
  };
}

/**
 * A checker sees an opaque token as its mask ("xxx" for `use` or an emoji),
 * which is no word of the copy: a hit touching one is the mask's, not the text's.
 */
function touchesOpaque(analysis: Analysis, hit: RetextHit): boolean {
  const { firstSentence, endSentence } = itemAt(analysis.units, hit.unit);
  if (firstSentence === endSentence) return false;
  const { words } = analysis;
  const end = itemAt(analysis.sentences, endSentence - 1).endWord;
  // The unit's words are in text order: from the first that ends after the hit starts, walk the few it covers.
  for (const word of words.slice(firstEndingAfter(words, hit.start, itemAt(analysis.sentences, firstSentence).firstWord, end), end)) {
    if (word.start >= hit.end) break;
    if (word.opaque) return true;
  }
  return false;
}

/** What `ownVoiceHits` reads: a rule's context fits. */
export interface OwnVoiceSource extends KitWordsSource {
  readonly brandCopy: BrandCopy;
  retextHits(check: RetextCheck): RetextHit[];
}

/** The checker's hits in the brand's own voice, less words the kit leaves alone. */
export function ownVoiceHits(source: OwnVoiceSource, check: RetextCheck): RetextHit[] {
  const copy = source.brandCopy;
  return source.retextHits(check).filter((hit) => copy.isOwnVoice(hit.unit, hit.start, hit.end) && !isLeftAlone(source, hit));
}

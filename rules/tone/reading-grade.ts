import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Analysis, Sentence, Unit, Word } from '../../src/nlp/analyze.js';
import { copyPieces, pieceAnchor, pieceName } from '../../src/nlp/brand-copy.js';
import { isKnownWord } from '../../src/lexicon/dictionary.js';

/** Below this many words a grade says more about chance than about the copy. */
const MIN_WORDS = 30;
/**
 * The share of a paragraph's words that must be English words for the
 * (English) formula to mean anything: placeholder Latin ("lorem ipsum",
 * "bacon ipsum") and other languages fall well below it, English copy with
 * names and jargon well above.
 */
const MIN_ENGLISH_SHARE = 2 / 3;

interface Grade {
  grade: number;
  words: number;
  sentences: number;
}

const readingGrade: Rule = {
  meta: {
    id: 'tone/reading-grade',
    description: "Copy reads at or below the kit's maximum reading grade (Flesch–Kincaid), per document and per paragraph.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Scores brand copy with the Flesch–Kincaid grade level (0.39 × words per sentence + 11.8 × syllables per word − 15.59, a US ' +
        'school grade) and compares it with `tone.readingGrade.paragraph` for each paragraph and `tone.readingGrade.document` for ' +
        `the whole document (for a social calendar: each post). Text with fewer than ${MIN_WORDS} words is not scored: too short for ` +
        'the formula to mean anything. Nor is a paragraph of which fewer than two words in three are English words (placeholder ' +
        'Latin such as "lorem ipsum", another language): the formula is made for English; a document is graded on its English ' +
        'paragraphs. Merge tags, URLs and code are not words. A paragraph is reported at its hardest sentence — ' +
        'the hardest one without a `tone/sentence-length` finding — and only when those sentences, read on their own, are still ' +
        'above the maximum: a paragraph that is hard only through sentences already reported as too long is not reported ' +
        'again. The document is reported at its first segment of brand copy. The message shows the computed grade.',
      kit: 'tone:\n  readingGrade: { paragraph: 8 }',
      bad:
        'Our comprehensive integration capabilities facilitate unprecedented organizational efficiency, enabling multidisciplinary ' +
        'teams to orchestrate sophisticated operational workflows and consolidate institutional knowledge across geographically ' +
        'distributed environments. Administrators configure granular permissions through centralized governance dashboards.',
      findings: [
        "1:1-1:267 This paragraph reads at grade 31.6 (Flesch–Kincaid); the kit's maximum for a paragraph is 8. Use shorter sentences and plainer words.",
        "1:1-1:356 This document reads at grade 31.6 (Flesch–Kincaid); the kit's maximum for a document is 9. Use shorter sentences and plainer words.",
      ],
      good: 'Connect the tools you use. Your team works in one place. Plans, files and notes stay together, wherever people sit.',
    },
  },
  check(context) {
    const { readingGrade: limits } = context.tone;
    if (!limits) return;
    const copy = context.brandCopy;
    const syllables = syllableCounter();
    if (limits.paragraph !== undefined) {
      for (const unit of copy.units) checkParagraph(context, unit, limits.paragraph, syllables);
    }
    if (limits.document !== undefined) {
      for (const piece of copyPieces(copy)) checkPiece(context, piece, limits.document, syllables);
    }
  },
};

/**
 * Longer than any English word: the syllable counter's patterns take time
 * that grows with the square of a word's length, so a longer "word" (a run
 * of letters pasted by mistake, a hash) is counted by its vowel groups.
 */
const MAX_WORD_LENGTH = 45;

/** Syllables of a word, counted once per spelling: copy repeats its words, and counting is the costly part of the grade. */
function syllableCounter(): (word: string) => number {
  const counts = new Map<string, number>();
  return (word) => {
    let count = counts.get(word);
    if (count === undefined) counts.set(word, (count = word.length > MAX_WORD_LENGTH ? vowelGroups(word) : syllable(word)));
    return count;
  };
}

function vowelGroups(word: string): number {
  return Math.max(1, word.match(/[aeiouy]+/giu)?.length ?? 0);
}

function checkParagraph(context: RuleContext, unit: Unit, max: number, syllables: (word: string) => number): void {
  const { analysis } = context;
  const score = gradeOf(analysis, [unit], syllables);
  if (!score || score.grade <= max || !readsAsEnglish(analysis, unit)) return;
  const sentences = analysis.sentences.slice(unit.firstSentence, unit.endSentence).filter((sentence) => proseWords(analysis, sentence).length > 0);
  const unmarked = withoutLengthFindings(context, sentences);
  if (!readsAbove(analysis, unmarked, max, syllables)) return;
  const hardest = hardestSentence(analysis, unmarked, syllables);
  if (!hardest) return;
  context.report({
    start: hardest.sourceStart,
    end: hardest.sourceEnd,
    segment: hardest.segment,
    message: `This paragraph reads at grade ${score.grade.toFixed(1)} (Flesch–Kincaid); the kit's maximum for a paragraph is ${max}. Use shorter sentences and plainer words.`,
    data: { ...score, max, formula: 'Flesch–Kincaid grade level' },
  });
}

/** The sentences that carry no `tone/sentence-length` finding. */
function withoutLengthFindings(context: RuleContext, sentences: readonly Sentence[]): Sentence[] {
  const maxWords = context.tone.sentenceLength;
  if (maxWords === undefined) return [...sentences];
  return sentences.filter((sentence) => proseWords(context.analysis, sentence).length <= maxWords);
}

/**
 * Whether the sentences without a sentence-length finding still read above
 * the maximum. The long sentences already ask the writer to shorten them; a
 * paragraph that is hard only through them would be the same note twice, set
 * on a sentence that reads easily ("Let's get started!").
 */
function readsAbove(analysis: Analysis, sentences: readonly Sentence[], max: number, syllablesOf: (word: string) => number): boolean {
  if (sentences.length === 0) return false;
  const words = sentences.flatMap((sentence) => proseWords(analysis, sentence));
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word.text), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }) > max;
}

/** Where a hard paragraph is marked: its hardest sentence, so the writer sees what to rework. */
function hardestSentence(analysis: Analysis, sentences: readonly Sentence[], syllablesOf: (word: string) => number): Sentence | undefined {
  let hardest: { sentence: Sentence; grade: number } | undefined;
  for (const sentence of sentences) {
    const prose = proseWords(analysis, sentence);
    const syllables = prose.reduce((sum, word) => sum + syllablesOf(word.text), 0);
    const grade = fleschKincaid({ sentence: 1, word: prose.length, syllable: syllables });
    if (!hardest || grade > hardest.grade) hardest = { sentence, grade };
  }
  return hardest?.sentence;
}

function proseWords(analysis: Analysis, sentence: Sentence): Word[] {
  return analysis.words.slice(sentence.firstWord, sentence.endWord).filter((word) => !word.opaque);
}

function checkPiece(context: RuleContext, piece: Unit[], max: number, syllables: (word: string) => number): void {
  const { analysis } = context;
  const whole = gradeOf(analysis, piece, syllables);
  if (!whole || whole.grade <= max) return;
  // Only the English paragraphs are graded: a template's placeholder Latin says nothing about its copy.
  const english = piece.filter((unit) => readsAsEnglish(analysis, unit));
  const score = english.length === piece.length ? whole : gradeOf(analysis, english, syllables);
  if (!score || score.grade <= max) return;
  const what = pieceName(piece);
  context.report({
    ...pieceAnchor(piece),
    message: `This ${what} reads at grade ${score.grade.toFixed(1)} (Flesch–Kincaid); the kit's maximum for a ${what} is ${max}. Use shorter sentences and plainer words.`,
    data: { ...score, max, formula: 'Flesch–Kincaid grade level' },
  });
}

/** Whether most of a paragraph's words are English words (in any case, a possessive or hyphenated compound counted by its parts). */
function readsAsEnglish(analysis: Analysis, unit: Unit): boolean {
  const words = analysis.sentences
    .slice(unit.firstSentence, unit.endSentence)
    .flatMap((sentence) => proseWords(analysis, sentence))
    .filter((word) => /\p{L}/u.test(word.text));
  if (words.length === 0) return true;
  const english = words.filter((word) => isEnglishWord(word.text)).length;
  return english / words.length >= MIN_ENGLISH_SHARE;
}

function isEnglishWord(text: string): boolean {
  const parts = text
    .replace(/’/g, "'")
    .replace(/'s$/i, '')
    .split('-')
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every(isKnownWord);
}

/** Flesch–Kincaid grade of the units' prose, rounded to one decimal; undefined when too short to score. */
function gradeOf(analysis: Analysis, units: readonly Unit[], syllablesOf: (word: string) => number): Grade | undefined {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const unit of units) {
    for (const sentence of analysis.sentences.slice(unit.firstSentence, unit.endSentence)) {
      const prose = proseWords(analysis, sentence);
      if (prose.length === 0) continue;
      sentences++;
      words += prose.length;
      syllables += prose.reduce((sum, word) => sum + syllablesOf(word.text), 0);
    }
  }
  if (words < MIN_WORDS) return undefined;
  const grade = Math.round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) * 10) / 10;
  return { grade, words, sentences };
}

export default readingGrade;

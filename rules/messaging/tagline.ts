import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { brandUnits, textHit } from '../../src/lexicon/phrase-scan.js';
import { distance } from 'fastest-levenshtein';
import { comparableWords } from '../../src/text/similarity.js';
import type { Unit, Word } from '../../src/nlp/analyze.js';
import { firstNonOverlapping, overlappingRange } from '../../src/text/ranges.js';
import { groupBy } from '../../src/text/group-by.js';
import { ends } from '../../src/text/items.js';

interface Window {
  first: number;
  length: number;
  score: number;
}

/** How many words a near-copy may have dropped or added. */
const LENGTH_SLACK = 2;

/** The code of a word that is not in the tagline. */
const OTHER_WORD = '\u0001';

const tagline: Rule = {
  meta: {
    id: 'messaging/tagline',
    description: 'The tagline is written exactly, never reworded, re-punctuated or re-cased.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Finds every run of words that comes close to `messaging.tagline` without being it, and suggests the exact tagline. ' +
        'Closeness is word-level: words are compared in any case with punctuation removed, and the similarity of a run of words ' +
        'to the tagline is 1 − (word edit distance ÷ the longer word count). Runs up to two words shorter or longer than the ' +
        'tagline are compared; from `threshold` (default 0.7) on, the run is taken for the tagline. It passes only when it reads ' +
        'exactly like the tagline — same words, case and punctuation (runs of white space and apostrophe styles aside). ' +
        'The finding covers the altered words and the sentence punctuation right after them. Customer lines and stage ' +
        'directions of call scripts are not checked. Without a tagline in the kit the rule does nothing.',
      kit: 'messaging:\n  tagline: "Build faster. Sleep better."',
      bad: 'Build faster, sleep better with Acme.',
      findings: ['1:1-1:27 Write the tagline exactly: "Build faster. Sleep better.".'],
      good: 'Build faster. Sleep better.',
    },
  },
  check(context) {
    const setting = context.kit.messaging.tagline;
    if (!setting) return;
    const taglineWords = comparableWords(setting.text);
    if (taglineWords.length === 0) return;
    const exact = exactPattern(setting.text);
    const wordsByUnit = groupBy(context.analysis.proseWords(), (word) => word.unit);
    for (const unit of brandUnits(context.analysis)) {
      const words = wordsByUnit.get(unit.index) ?? [];
      const windows = closeWindows(words, taglineWords, setting.threshold);
      if (windows.length === 0) continue;
      const occurrences = exactOccurrences(unit.text, exact);
      const isExact = (start: number, end: number): boolean => overlappingRange(occurrences, start, end) !== undefined;
      for (const window of windows) reportWindow(context, unit, words, window, isExact, setting.text);
    }
  },
};

/** The best-scoring runs of words at or above `threshold`, none overlapping another. */
function closeWindows(words: Word[], taglineWords: string[], threshold: number): Window[] {
  // Each word of the tagline becomes one character, and every other word one shared character: an edit distance only
  // ever compares a word of the run with a word of the tagline, so the run's other words need not differ from each
  // other. The unit is encoded once, and each run of words is a slice of it (as wordSimilarity scores it).
  const codes = new Map<string, string>();
  for (const word of taglineWords) if (!codes.has(word)) codes.set(word, String.fromCharCode(0x4e00 + codes.size));
  const encode = (key: string): string => codes.get(key) ?? OTHER_WORD;
  const tagline = taglineWords.map(encode).join('');
  const text = words.map((word) => encode(comparableWords(word.text).join(''))).join('');
  const candidates: Window[] = [];
  const shortest = Math.max(1, taglineWords.length - LENGTH_SLACK);
  for (let first = 0; first < words.length; first++) {
    for (let length = shortest; length <= taglineWords.length + LENGTH_SLACK && first + length <= words.length; length++) {
      const score = 1 - distance(text.slice(first, first + length), tagline) / Math.max(length, taglineWords.length);
      if (score >= threshold) candidates.push({ first, length, score });
    }
  }
  const closestLength = (window: Window): number => Math.abs(window.length - taglineWords.length);
  candidates.sort((a, b) => b.score - a.score || closestLength(a) - closestLength(b) || a.first - b.first);
  const ranges = candidates.map((window) => ({ window, start: window.first, end: window.first + window.length }));
  return firstNonOverlapping(ranges, words.length).map(({ window }) => window);
}

function reportWindow(context: RuleContext, unit: Unit, words: Word[], window: Window, isExact: (start: number, end: number) => boolean, text: string): void {
  const { first, last } = ends(words.slice(window.first, window.first + window.length));
  const start = first.start;
  const wordsEnd = last.end;
  const end = wordsEnd + (/^[.!?…]+/u.exec(unit.text.slice(wordsEnd))?.[0].length ?? 0);
  if (isExact(start, end)) return;
  const hit = textHit(context.analysis, unit, start, end);
  context.report({
    start: hit.sourceStart,
    end: hit.sourceEnd,
    segment: hit.segment,
    message: `Write the tagline exactly: "${text}".`,
    suggestion: text,
    data: { similarity: Math.round(window.score * 100) / 100 },
  });
}

/** The tagline as written, allowing any run of white space and either apostrophe. */
function exactPattern(text: string): RegExp {
  const escaped = text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]"), 'gu');
}

function exactOccurrences(text: string, pattern: RegExp): { start: number; end: number }[] {
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export default tagline;

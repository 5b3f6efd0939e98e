import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { brandUnits, textHit } from '../../src/messaging/phrase-scan.js';
import { comparableWords, wordSimilarity } from '../../src/messaging/similarity.js';
import type { Unit, Word } from '../../src/nlp/analyze.js';

interface Window {
  first: number;
  length: number;
  score: number;
}

/** How many words a near-copy may have dropped or added. */
const LENGTH_SLACK = 2;

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
      good: 'Build faster. Sleep better.',
    },
  },
  check(context) {
    const setting = context.kit.messaging.tagline;
    if (!setting) return;
    const taglineWords = comparableWords(setting.text);
    if (taglineWords.length === 0) return;
    const exact = exactPattern(setting.text);
    const wordsByUnit = proseWordsByUnit(context);
    for (const unit of brandUnits(context.analysis)) {
      const words = wordsByUnit.get(unit.index) ?? [];
      for (const window of closeWindows(words, taglineWords, setting.threshold)) reportWindow(context, unit, words, window, exact, setting.text);
    }
  },
};

function proseWordsByUnit(context: RuleContext): Map<number, Word[]> {
  const byUnit = new Map<number, Word[]>();
  for (const word of context.analysis.proseWords()) {
    const list = byUnit.get(word.unit) ?? [];
    list.push(word);
    byUnit.set(word.unit, list);
  }
  return byUnit;
}

/** The best-scoring runs of words at or above `threshold`, none overlapping another. */
function closeWindows(words: Word[], taglineWords: string[], threshold: number): Window[] {
  const keys = words.map((word) => comparableWords(word.text).join(''));
  const candidates: Window[] = [];
  const shortest = Math.max(1, taglineWords.length - LENGTH_SLACK);
  for (let first = 0; first < words.length; first++) {
    for (let length = shortest; length <= taglineWords.length + LENGTH_SLACK && first + length <= words.length; length++) {
      const score = wordSimilarity(keys.slice(first, first + length), taglineWords);
      if (score >= threshold) candidates.push({ first, length, score });
    }
  }
  const closestLength = (window: Window): number => Math.abs(window.length - taglineWords.length);
  candidates.sort((a, b) => b.score - a.score || closestLength(a) - closestLength(b) || a.first - b.first);
  const chosen: Window[] = [];
  for (const window of candidates) {
    const overlaps = chosen.some((other) => other.first < window.first + window.length && window.first < other.first + other.length);
    if (!overlaps) chosen.push(window);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

function reportWindow(context: RuleContext, unit: Unit, words: Word[], window: Window, exact: RegExp, text: string): void {
  const start = words[window.first].start;
  const wordsEnd = words[window.first + window.length - 1].end;
  const end = wordsEnd + (/^[.!?…]+/u.exec(unit.text.slice(wordsEnd))?.[0].length ?? 0);
  if (exactOccurrences(unit.text, exact).some((occurrence) => occurrence.start < end && start < occurrence.end)) return;
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

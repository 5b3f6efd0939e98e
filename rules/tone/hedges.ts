import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Analysis, Word } from '../../src/nlp/analyze.js';
import { followingWord, precedingWord } from '../../src/nlp/word-index.js';
import { adjacent, normalizeToken, WordPhrases } from '../../src/nlp/word-phrases.js';

/**
 * Words that only soften a claim. Short on purpose: the broad hedge and
 * weasel lists (the `hedges` and `weasels` packages) hold everyday words such
 * as "can", "will" and "about", which would bury real findings in marketing copy.
 */
const DEFAULT_HEDGES: readonly string[] = [
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'hopefully',
  'might',
  'may',
  'arguably',
  'apparently',
  'presumably',
  'supposedly',
  'seemingly',
  'somewhat',
  'sort of',
  'kind of',
  'more or less',
  'to some extent',
  'in a way',
  'i think',
  'we think',
  'i believe',
  'we believe',
  'i feel',
  'we feel',
  'it seems',
  'seems to',
  'tends to',
  'tend to',
];

const MONTH_NEIGHBOURS = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/i;
/** "May I …?", "may we …?": the subject after "may" makes it a request for permission. */
const ASKED_SUBJECTS = new Set(['i', 'we']);
/** Before "kind of" or "sort of" (within two words), these make it a noun: "a different kind of mesh". */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'what',
  'which',
  'any',
  'every',
  'each',
  'some',
  'no',
  'one',
  'another',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'my',
  'same',
  'other',
]);
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', "it's", "that's", "what's", 'seems', 'feels', 'looks']);
/** Right after "in a way", these make it a manner ("in a way that scales"), not a hedge ("in a way, it works"). */
const MANNER_LINKS = new Set(['that', "that's", 'which']);

const hedges: Rule = {
  meta: {
    id: 'tone/hedges',
    description: 'No hedging or weasel words that soften what the brand promises.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        `Reports the words and phrases of \`tone.hedges\`, or, when the kit lists none, a built-in list: ${DEFAULT_HEDGES.join(', ')}. ` +
        'An empty list turns the rule off. Matching ignores case. "May" the month ("May 31", "31 May", "in May") is not the hedge ' +
        '"may": a capitalised "May" counts as the hedge only at the start of a sentence and not before a day or a year. A request ' +
        'for permission ("May I ask …?", "may we") is not a hedge, nor is "kind of" or "sort of" as a noun ("a different kind of ' +
        'plan", "what sort of help") or "in a way" as a manner ("in a way that scales"). Customer ' +
        'lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged. Deleting a hedge can break the ' +
        'sentence, so the rule does not fix.',
      bad: 'This may help you save time. Our plan is perhaps the simplest.',
      good: 'This helps you save time. Our plan is the simplest. The sale ends May 31.',
    },
  },
  check(context) {
    const list = context.tone.hedges ?? DEFAULT_HEDGES;
    if (list.length === 0) return;
    const phrases = new WordPhrases<string>();
    for (const phrase of list) phrases.add(phrase, phrase);
    const { analysis } = context;
    const copy = context.brandCopy;
    for (const match of phrases.find(analysis, copy.words)) {
      const first = match.words[0];
      const last = match.words[match.words.length - 1];
      if (isNotAHedge(analysis, match.words)) continue;
      const text = analysis.units[first.unit].text.slice(first.start, last.end);
      context.report({
        start: first.sourceStart,
        end: last.sourceEnd,
        segment: first.segment,
        message: `"${text}" hedges; say it plainly or leave it out.`,
      });
    }
  },
};

/** Words of a hedge phrase that mean something else here: "May" the month, "may I", "a kind of", "in a way that". */
function isNotAHedge(analysis: Analysis, words: readonly Word[]): boolean {
  const phrase = words.map((word) => word.lower).join(' ');
  if (phrase === 'may') return isMonthMay(analysis, words[0]) || asksPermission(analysis, words[0]);
  if (phrase === 'kind of' || phrase === 'sort of') return followsDeterminer(analysis, words[0]);
  if (phrase === 'in a way') return introducesManner(analysis, words[words.length - 1]);
  return false;
}

function asksPermission(analysis: Analysis, may: Word): boolean {
  return ASKED_SUBJECTS.has(adjacentWordAfter(analysis, may) ?? '');
}

function introducesManner(analysis: Analysis, way: Word): boolean {
  return MANNER_LINKS.has(adjacentWordAfter(analysis, way) ?? '');
}

/** A determiner right before, or before one adjective: "the kind of", "a different kind of" (not "that is kind of"). */
function followsDeterminer(analysis: Analysis, kind: Word): boolean {
  const before = precedingWord(analysis, kind);
  if (!before || before.sentence !== kind.sentence) return false;
  if (DETERMINERS.has(before.lower)) return true;
  const twoBefore = precedingWord(analysis, before);
  return !LINKING_VERBS.has(normalizeToken(before.text)) && twoBefore?.sentence === kind.sentence && DETERMINERS.has(twoBefore.lower);
}

/** The next word, normalised, when only white space separates them. */
function adjacentWordAfter(analysis: Analysis, word: Word): string | undefined {
  const next = followingWord(analysis, word);
  return next && adjacent(analysis, word, next) ? normalizeToken(next.text) : undefined;
}

/** "May" the month: capitalised mid-sentence, or next to a day number or year. */
function isMonthMay(analysis: Analysis, word: Word): boolean {
  if (word.text !== 'May') return false;
  if (word.index > analysis.sentences[word.sentence].firstWord) return true;
  const next = followingWord(analysis, word);
  return next !== undefined && next.sentence === word.sentence && MONTH_NEIGHBOURS.test(next.text);
}

export default hedges;

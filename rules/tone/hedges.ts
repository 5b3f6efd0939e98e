import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import type { Analysis, Word } from '../../src/nlp/analyze.js';
import { followingWord, precedingWord } from '../../src/nlp/word-index.js';
import { adjacent, normalizeToken, textOfWords, WordPhrases } from '../../src/nlp/word-phrases.js';
import { ends, itemAt } from '../../src/text/items.js';

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
  'could',
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
  'we think',
  'we believe',
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
/**
 * Modal verbs hedge only where they soften a promise or an instruction: before a verb of benefit or wish ("may help",
 * "might want to", "could save"), before "be" and an evaluation ("might be helpful", "may be the best") or next to
 * another hedge ("might possibly"). Elsewhere they state a real possibility ("a payment might fail", "may change in
 * future releases"), which a copy editor keeps.
 */
const MODALS = new Set(['may', 'might', 'could']);
const SOFTENED_VERBS = new Set([
  'help',
  'improve',
  'boost',
  'increase',
  'reduce',
  'lower',
  'save',
  'speed',
  'simplify',
  'ease',
  'enhance',
  'benefit',
  'make',
  'give',
  'find',
  'want',
  'wish',
  'like',
  'love',
  'enjoy',
  'know',
  'see',
  'work',
  'solve',
  'fix',
  'prevent',
  'protect',
]);
/** After "may be"/"might be": the evaluations a hedge softens ("might be helpful", "could be the best"). */
const SOFTENED_COMPLEMENTS = new Set([
  'able',
  'helpful',
  'useful',
  'worth',
  'worthwhile',
  'beneficial',
  'valuable',
  'ideal',
  'perfect',
  'right',
  'just',
  'better',
  'best',
  'easier',
  'easiest',
  'faster',
  'fastest',
  'simpler',
  'simplest',
  'cheaper',
  'safer',
  'smarter',
]);
/** Words that may stand between a modal and its verb without changing what it softens ("may also help"). */
const MODAL_ADVERBS = new Set(['also', 'even', 'just', 'really', 'actually', 'still', 'greatly', 'significantly']);
/** After "or", these offer another option ("or maybe even share your own"), they soften nothing. */
const ALTERNATIVE_ADVERBS = new Set(['maybe', 'perhaps', 'possibly']);
/** "we believe", "we think", "we feel": a hedge on a claim, unless it states a value ("we believe in", "…should be free"). */
const OPINION_PHRASES = new Set(['we think', 'we believe', 'we feel']);
/** In the clause a belief introduces, these make it a value or a conviction, not a hedged fact. */
const NORMATIVE_WORDS = new Set(['should', 'must', 'ought', 'deserve', 'deserves']);
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
        'plan", "what sort of help") or "in a way" as a manner ("in a way that scales"). The modals "may", "might" and "could" ' +
        'hedge only where they soften a promise or an instruction: before a verb of benefit or wish ("may help", "might want ' +
        'to", "could save you"), before "be" and an evaluation ("might be helpful", "may be able to", "could be the best") or ' +
        'next to another hedge; elsewhere they state a real possibility ("a payment might fail", "may change in future ' +
        'releases") and are left alone. Hedges that follow one another ("might possibly") are one finding. "Maybe", "perhaps" ' +
        'and "possibly" after "or" offer another option ("or maybe even share your own"). "We believe", "we think" and "we feel" ' +
        'are not hedges where they state a value ("we believe in open source", "we believe software should be free"). The ' +
        'built-in list leaves out "I think", "I believe" and "I feel": in brand copy the first person singular is a named ' +
        "person's own opinion (a founder's letter, an interview); add them to `tone.hedges` to report them. Customer " +
        'lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged. Deleting a hedge can break the ' +
        'sentence, so the rule does not fix.',
      bad: 'This may help you save time. Our plan is perhaps the simplest.',
      findings: ['1:6-1:9 "may" hedges; say it plainly or leave it out.', '1:42-1:49 "perhaps" hedges; say it plainly or leave it out.'],
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
    const hedgeWords = phrases.find(analysis, copy.words).filter((match) => !isNotAHedge(analysis, match.words));
    const startsAHedge = new Set(hedgeWords.map((match) => ends(match.words).first.index));
    const kept = hedgeWords.filter((match) => !isModal(match.words) || softensAPromise(analysis, ends(match.words).first, startsAHedge));
    for (const stack of stacks(analysis, kept)) {
      const { first, last } = ends(stack);
      const text = textOfWords(analysis, stack);
      context.report({
        start: first.sourceStart,
        end: last.sourceEnd,
        segment: first.segment,
        message: `"${text}" hedges; say it plainly or leave it out.`,
      });
    }
  },
};

function isModal(words: readonly Word[]): boolean {
  const [only, ...others] = words;
  return only !== undefined && others.length === 0 && MODALS.has(only.lower);
}

/** A modal before a verb of benefit or wish, before "be" and an evaluation, or right before another hedge. */
function softensAPromise(analysis: Analysis, modal: Word, startsAHedge: ReadonlySet<number>): boolean {
  let next = adjacentAfter(analysis, modal);
  while (next && MODAL_ADVERBS.has(next.lower)) next = adjacentAfter(analysis, next);
  if (!next) return false;
  if (startsAHedge.has(next.index) || SOFTENED_VERBS.has(next.lower)) return true;
  if (next.lower !== 'be') return false;
  let complement = adjacentAfter(analysis, next);
  if (complement?.lower === 'the') complement = adjacentAfter(analysis, complement);
  return complement !== undefined && SOFTENED_COMPLEMENTS.has(complement.lower);
}

/** Hedges that follow one another with only white space between ("might possibly") are one finding. */
function stacks(analysis: Analysis, matches: readonly { words: Word[] }[]): Word[][] {
  const result: Word[][] = [];
  for (const { words } of matches) {
    const previous = result.at(-1);
    if (previous && adjacent(analysis, ends(previous).last, ends(words).first)) previous.push(...words);
    else result.push([...words]);
  }
  return result;
}

/** Words of a hedge phrase that mean something else here: "May" the month, "may I", "a kind of", "in a way that". */
function isNotAHedge(analysis: Analysis, words: readonly Word[]): boolean {
  const phrase = words.map((word) => word.lower).join(' ');
  const { first, last } = ends(words);
  if (phrase === 'may') return isMonthMay(analysis, first) || asksPermission(analysis, first);
  if (phrase === 'kind of' || phrase === 'sort of') return followsDeterminer(analysis, first);
  if (phrase === 'in a way') return introducesManner(analysis, last);
  if (ALTERNATIVE_ADVERBS.has(phrase)) return adjacentWordBefore(analysis, first) === 'or';
  if (OPINION_PHRASES.has(phrase)) return statesAConviction(analysis, last);
  return false;
}

/** "we believe in open source", "we believe that good software should not cost anything": a value, not a hedged claim. */
function statesAConviction(analysis: Analysis, verb: Word): boolean {
  if (adjacentWordAfter(analysis, verb) === 'in') return true;
  const sentence = itemAt(analysis.sentences, verb.sentence);
  return analysis.words.slice(verb.index + 1, sentence.endWord).some((word) => NORMATIVE_WORDS.has(word.lower));
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

/** The next word when only white space separates them. */
function adjacentAfter(analysis: Analysis, word: Word): Word | undefined {
  const next = followingWord(analysis, word);
  return next && adjacent(analysis, word, next) ? next : undefined;
}

/** The next word, normalised, when only white space separates them. */
function adjacentWordAfter(analysis: Analysis, word: Word): string | undefined {
  const next = adjacentAfter(analysis, word);
  return next ? normalizeToken(next.text) : undefined;
}

/** The previous word, normalised, when only white space separates them. */
function adjacentWordBefore(analysis: Analysis, word: Word): string | undefined {
  const before = precedingWord(analysis, word);
  return before && adjacent(analysis, before, word) ? normalizeToken(before.text) : undefined;
}

/** "May" the month: capitalised mid-sentence, or next to a day number or year. */
function isMonthMay(analysis: Analysis, word: Word): boolean {
  if (word.text !== 'May') return false;
  if (word.index > itemAt(analysis.sentences, word.sentence).firstWord) return true;
  const next = followingWord(analysis, word);
  return next !== undefined && next.sentence === word.sentence && MONTH_NEIGHBOURS.test(next.text);
}

export default hedges;

import type { Analysis } from '../../src/nlp/analyze.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { matchCase } from '../../src/lexicon/inflect.js';
import { isCurated, PRONOUN_PATTERNS } from '../../src/nlp/inclusive-list.js';
import { isProperNoun, startsWithProperNoun } from '../../src/nlp/proper-nouns.js';
import { ownVoiceHits, type RetextHit } from '../../src/nlp/retext-bridge.js';
import { listOfAlternatives } from '../../src/nlp/wording.js';
import { itemAt } from '../../src/text/items.js';

const inclusive: Rule = {
  meta: {
    id: 'tone/inclusive',
    description: 'Inclusive language: no gendered, ableist or otherwise inconsiderate wording.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Finds wording a careful copy editor would change for inclusion, with retext-equality, and names the alternatives it ' +
        'offers; the best word depends on the sentence, so the rule suggests and never fixes. With `tone.inclusive: true` (the ' +
        'default) it reports a curated list: gendered job titles and generic "man" ("chairman", "salesmen", "manpower", ' +
        '"mankind"), ableist slurs and slang ("lame", "crazy", "insane", "retarded", "wheelchair-bound"), racial, ethnic and ' +
        'identity terms ("blacklist", "gyp", "eskimo", "transgendered"), "commit suicide" — and a gendered pronoun only where it ' +
        'stands for a person named in general earlier in the sentence ("Every user can update his profile"), never for a named ' +
        'person ("When he joined, Aleksi …"). `tone.inclusive: full` reports every retext-equality pattern instead, words that are ' +
        'ordinary English in most copy included ("my mom", "hosts", "stewards of the project", "a special case", "primitive ' +
        'types"); there a pronoun after a name in the same paragraph is left alone. Hints against condescending words ("just", ' +
        '"easy", "of course") offer no alternative and are never reported. Names (a capitalised word inside a sentence: "Guy ' +
        'Bedford"), words in `lexicon.allow` and protected names are left alone; customer lines, stage directions and quoted ' +
        'speech (unless `tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  inclusive: true',
      bad: 'Ask your chairman to sign up. Every user can update his own profile.',
      findings: [
        '1:10-1:18 "chairman" may be insensitive. Consider "chair", "head" or "chairperson".',
        '1:53-1:56 "his" may be insensitive. Consider "their", "theirs" or "them".',
      ],
      good: 'Ask your chair to sign up. Every user can update their own profile.',
    },
  },
  check(context) {
    const setting = context.tone.inclusive;
    if (setting !== true && setting !== 'full') return;
    const { analysis } = context;
    for (const hit of ownVoiceHits(context, 'equality')) {
      if (isCondescensionHint(hit) || startsWithProperNoun(analysis, hit)) continue;
      if (setting === 'full' ? refersToNamedPerson(analysis, hit) : !isCuratedHit(analysis, hit)) continue;
      const alternatives = hit.expected.map((alternative) => matchCase(alternative, hit.text));
      const instead = alternatives.length > 0 ? ` Consider ${listOfAlternatives(alternatives)}.` : '';
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `"${hit.text}" may be insensitive.${instead}`,
        ...(alternatives.length > 0 ? { suggestion: alternatives[0] } : {}),
      });
    }
  },
};

/** On the curated list; a gendered pronoun only where it stands for a generic person. */
function isCuratedHit(analysis: Analysis, hit: RetextHit): boolean {
  if (!isCurated(hit.rule, hit.text)) return false;
  return !PRONOUN_PATTERNS.has(hit.rule ?? '') || hasGenericAntecedent(analysis, hit);
}

/** People named in general: the nouns a generic "he" or "she" stands for ("every user … his profile"). */
const PERSON_NOUNS =
  /^(?:user|customer|client|developer|person|employee|member|visitor|reader|buyer|shopper|subscriber|student|teacher|doctor|nurse|engineer|manager|admin|administrator|owner|author|writer|applicant|candidate|patient|player|driver|worker|colleague|guest|founder|freelancer|contractor|seller|caller|agent|rep|representative|partner|parent|child|kid|viewer|listener|attendee|participant|volunteer|teammate|recipient|sender|buyer|consumer|homeowner|tenant|traveler|traveller|investor|trader|lawyer|accountant|designer|programmer|researcher|scientist|expert|leader|boss|friend)$/i;
const DETERMINERS = new Set(['every', 'each', 'any', 'a', 'an', 'the', 'your', 'our', 'no', 'one', 'this', 'that']);
const INDEFINITE_PRONOUNS = new Set(['someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody', 'nobody', 'whoever', 'each']);

/**
 * A gendered pronoun is generic when, earlier in its sentence, a person is
 * named in general — "every user", "a customer", "someone" — and no name
 * stands between them: "Every user can update his profile" (generic) but
 * "When he joined, Aleksi says" or "Parker … she leads" (a person).
 */
function hasGenericAntecedent(analysis: Analysis, hit: RetextHit): boolean {
  const pronoun = analysis.wordAt(hit.unit, hit.start);
  if (!pronoun) return false;
  const sentence = itemAt(analysis.sentences, pronoun.sentence);
  const before = analysis.words.slice(sentence.firstWord, pronoun.index).filter((word) => !word.opaque);
  for (const [index, word] of [...before.entries()].reverse()) {
    if (isProperNoun(analysis, word)) return false;
    if (INDEFINITE_PRONOUNS.has(word.lower)) return true;
    if (PERSON_NOUNS.test(word.lower) && before.slice(Math.max(0, index - 3), index).some((previous) => DETERMINERS.has(previous.lower))) return true;
  }
  return false;
}

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);

/**
 * A gendered pronoun after a person's name in the same paragraph ("Parker
 * joined in 2016. She leads…") refers to that person and is right as
 * written; only a pronoun with no named referent ("every user … his
 * profile") is reported. A name is a capitalised word inside a sentence.
 */
function refersToNamedPerson(analysis: Analysis, hit: RetextHit): boolean {
  if (!PRONOUNS.has(hit.text.toLowerCase())) return false;
  return analysis.words.some((word, index) => {
    if (word.unit !== hit.unit || word.end > hit.start || word.opaque || !/^\p{Lu}\p{Ll}/u.test(word.text)) return false;
    const previous = analysis.words[index - 1];
    return previous !== undefined && previous.sentence === word.sentence && !PRONOUNS.has(word.lower);
  });
}

/** retext-equality's patterns with no considerate alternative are its condescension hints. */
function isCondescensionHint(hit: RetextHit): boolean {
  return hit.expected.length === 0;
}

export default inclusive;

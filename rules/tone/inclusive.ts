import type { Analysis } from '../../src/nlp/analyze.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { matchCase } from '../../src/lexicon/inflect.js';
import { startsWithProperNoun } from '../../src/nlp/proper-nouns.js';
import { ownVoiceHits, type RetextHit } from '../../src/nlp/retext-bridge.js';
import { listOfAlternatives } from '../../src/nlp/wording.js';

const inclusive: Rule = {
  meta: {
    id: 'tone/inclusive',
    description: 'Inclusive language: no gendered, ableist or otherwise inconsiderate wording.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Finds possibly insensitive wording with retext-equality when `tone.inclusive` is true, and names the alternatives it ' +
        "offers. The best word depends on the sentence, so the rule suggests and never fixes. retext-equality's hints against " +
        'condescending words ("just", "easy", "simple", "of course") are about how tutorials talk, not about inclusion, and offer ' +
        "no alternative, so they are not reported. A gendered pronoun that follows a person's name in the same paragraph refers " +
        'to that person and is left alone. Names (a capitalised word inside a sentence: "Guy Bedford"), words in ' +
        '`lexicon.allow` and protected names are left alone; customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  inclusive: true',
      bad: 'Ask your chairman to sign up. Every user can update his own profile.',
      good: 'Ask your chair to sign up. Every user can update their own profile.',
    },
  },
  check(context) {
    if (context.tone.inclusive !== true) return;
    for (const hit of ownVoiceHits(context, 'equality')) {
      if (isCondescensionHint(hit) || refersToNamedPerson(context.analysis, hit) || startsWithProperNoun(context.analysis, hit)) continue;
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

import { cuss } from 'cuss';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { isGluedIntoIdentifier } from '../../src/text/identifiers.js';
import { startsWithProperNoun } from '../../src/nlp/proper-nouns.js';
import { ownVoiceHits } from '../../src/nlp/retext-bridge.js';

const profanity: Rule = {
  meta: {
    id: 'tone/profanity',
    description: 'No profanity in brand copy.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Finds profane and vulgar words with retext-profanities (the cuss word list) when `tone.profanity` is true. Words that ' +
        'are profane only in some senses ("hell", "execute") are left alone, to keep false alarms out, and so are names: a ' +
        'capitalised word inside a sentence ("Brian White", "Lance Ball"). Only words the list holds as written count: the ' +
        'checker also matches the singular of a listed plural, and "ball" or "white" are not profane; the plural of a listed ' +
        'word counts. Short words in capitals (acronyms and tool names such as GYP) and words joined into an identifier ' +
        '("node-gyp") are left alone. Words in `lexicon.allow` are never reported; customer lines, stage directions and quoted speech (unless ' +
        '`tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  profanity: true',
      bad: 'This damn update fixes the crap that slowed you down.',
      good: 'This update fixes what slowed you down.',
    },
  },
  check(context) {
    if (context.tone.profanity !== true) return;
    for (const hit of ownVoiceHits(context, 'profanities')) {
      if (!isListedAsWritten(hit.text) || startsWithProperNoun(context.analysis, hit) || isAcronym(hit.text)) continue;
      if (isGluedIntoIdentifier(context.analysis.units[hit.unit].text, hit.start, hit.end, IDENTIFIER_GLUE)) continue;
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `"${hit.text}" is profane; leave it out or say it plainly.`,
        data: { profanitySeverity: hit.profanitySeverity },
      });
    }
  },
};

/**
 * retext-profanities also matches the singular of a listed plural, which turns "balls" into "ball" and "whites" into
 * "white": only a listed word, or the plural of one ("bastards"), counts.
 */
function isListedAsWritten(text: string): boolean {
  const word = text.toLowerCase().replace(/’/g, "'");
  if (ORDINARY_WORDS.has(word)) return false;
  if (Object.hasOwn(cuss, word)) return true;
  // Plurals only of real words: "eros" is not the plural of the listed fragment "ero".
  const singulars = [word.replace(/e?s$/, ''), word.replace(/s$/, '')].filter((singular) => singular !== word && singular.length >= 4);
  return singulars.some((singular) => Object.hasOwn(cuss, singular));
}

/** Listed words whose everyday sense is not profane at all: "looser" is the comparative of "loose". */
const ORDINARY_WORDS = new Set(['looser']);

/** A short word in capitals is an acronym or a tool's name ("GYP"), not an insult. */
function isAcronym(text: string): boolean {
  return text.length <= 4 && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A word joined to a neighbour by - _ / or . is part of a name or identifier ("node-gyp"). */
const IDENTIFIER_GLUE = /[-_/.]/;

export default profanity;

import { cuss } from 'cuss';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { isGluedIntoIdentifier } from '../../src/text/identifiers.js';
import type { BrandCopy } from '../../src/nlp/brand-copy.js';
import { isLeftAlone } from '../../src/nlp/kit-words.js';
import { isCuratedProfanity } from '../../src/nlp/profanity-list.js';
import { startsWithProperNoun } from '../../src/nlp/proper-nouns.js';
import { ownVoiceHits } from '../../src/nlp/retext-bridge.js';
import { itemAt } from '../../src/text/items.js';

const profanity: Rule = {
  meta: {
    id: 'tone/profanity',
    description: 'No profanity in brand copy.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'With `tone.profanity: true` (the default), reports the words of a curated list: vulgar words and slurs that are ' +
        'profane in every sense ("fuck", "shit", "bullshit", "asshole" …), so a colour ("Black t-shirt"), a code of conduct ' +
        '("sexual orientation"), Latin placeholder text ("cum") or a tool ("node-gyp") is never one. `tone.profanity: full` ' +
        'checks the whole cuss list with retext-profanities instead, less words profane only in some senses ("hell", "execute"), ' +
        'names (a capitalised word inside a sentence: "Brian White", "Lance Ball"), singulars the checker derives from a listed ' +
        'plural ("ball", "white"), short words in capitals (acronyms and tool names such as GYP) and words joined into an ' +
        'identifier ("node-gyp"). Words in `lexicon.allow` and protected names are never reported; customer lines, stage ' +
        'directions and quoted speech (unless `tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  profanity: true',
      bad: 'This damn update fixes the crap that slowed you down.',
      findings: ['1:6-1:10 "damn" is profane; leave it out or say it plainly.', '1:28-1:32 "crap" is profane; leave it out or say it plainly.'],
      good: 'This update fixes what slowed you down.',
    },
  },
  check(context) {
    const setting = context.tone.profanity;
    if (setting !== true && setting !== 'full') return;
    const hits = setting === 'full' ? fullListHits(context) : curatedHits(context, context.brandCopy);
    for (const hit of hits) {
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `"${hit.text}" is profane; leave it out or say it plainly.`,
        ...(hit.profanitySeverity !== undefined ? { data: { profanitySeverity: hit.profanitySeverity } } : {}),
      });
    }
  },
};

interface ProfaneWord {
  text: string;
  sourceStart: number;
  sourceEnd: number;
  segment: number;
  profanitySeverity?: number;
}

/** Words of the brand's own voice on the curated list. */
function curatedHits(context: RuleContext, copy: BrandCopy): ProfaneWord[] {
  return copy.words.filter((word) => isCuratedProfanity(word.text) && !isLeftAlone(context, word));
}

/** The cuss list through retext-profanities, less names, acronyms, identifiers and words profane only in some senses. */
function fullListHits(context: RuleContext): ProfaneWord[] {
  return ownVoiceHits(context, 'profanities').filter(
    (hit) =>
      isListedAsWritten(hit.text) &&
      !startsWithProperNoun(context.analysis, hit) &&
      !isAcronym(hit.text) &&
      !isGluedIntoIdentifier(itemAt(context.analysis.units, hit.unit).text, hit.start, hit.end, IDENTIFIER_GLUE),
  );
}

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

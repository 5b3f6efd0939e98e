import { cuss } from 'cuss';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { brandCopy } from '../../src/nlp/brand-copy.js';
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
        'word counts. Words in `lexicon.allow` are never reported; customer lines, stage directions and quoted speech (unless ' +
        '`tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  profanity: true',
      bad: 'This damn update fixes the crap that slowed you down.',
      good: 'This update fixes what slowed you down.',
    },
  },
  check(context) {
    if (context.tone.profanity !== true) return;
    const copy = brandCopy(context);
    for (const hit of ownVoiceHits(copy, context.kit, 'profanities')) {
      if (!isListedAsWritten(hit.text) || startsWithProperNoun(context.analysis, hit)) continue;
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
  return Object.hasOwn(cuss, word) || Object.hasOwn(cuss, word.replace(/e?s$/, '')) || Object.hasOwn(cuss, word.replace(/s$/, ''));
}

export default profanity;

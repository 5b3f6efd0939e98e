import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { isCommonWord } from '../../src/lexicon/dictionary.js';
import type { Word } from '../../src/nlp/analyze.js';
import { isLeftAlone } from '../../src/nlp/kit-words.js';
import { adjacentOrPunctuated, textOfWords } from '../../src/nlp/word-phrases.js';
import { ends } from '../../src/text/items.js';

/** Two-letter capitals are mostly acronyms (AI, EU, OK, TV); shouting takes longer words. */
const MIN_LETTERS = 3;
const ROMAN_NUMERAL = /^M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

const allCaps: Rule = {
  meta: {
    id: 'tone/all-caps',
    description: 'No ALL-CAPS words: capitals read as shouting.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        `When \`tone.allCaps\` is true, reports English words of ${MIN_LETTERS} or more letters written all in capitals; a run of ` +
        'such words ("BUY NOW") is one finding. Capitals that spell no common English word are an acronym, an initialism or a ' +
        'code, not shouting, and are left alone (HTTP, CNCF, LTS, SEMVER-MAJOR), as are code identifiers (NODE_OPTIONS). Also ' +
        'left alone: acronyms in `lexicon.allow` (the built-in kit lists the common ones: FAQ, CEO, USA, API …; list there the ' +
        'acronyms that are also words, such as REST), mentions of protected names, roman numerals, words with digits (4K, MP3) ' +
        'and words of one or two letters. Text links (navigation and footer links, which templates often set in capitals) are ' +
        'left alone too: on real emails most of them were styling, not shouting, so the rule narrows to buttons, headings and copy. ' +
        'Customer lines, stage directions and quoted speech (unless `tone.judgeQuotes`) are not judged. Only a human can tell ' +
        'which case the words want, so the rule does not fix.',
      kit: 'lexicon:\n  allow: [SKU]\ntone:\n  allCaps: true',
      bad: 'LAST CHANCE to save on every plan.',
      findings: ['1:1-1:12 "LAST CHANCE" is in capitals, which reads as shouting; write it in normal case.'],
      good: 'Last chance to save on every plan. Check the SKU and the FAQ.',
    },
  },
  check(context) {
    if (context.tone.allCaps !== true) return;
    const copy = context.brandCopy;
    const shouting = copy.words.filter((word) => isShouting(context, word));
    for (const run of runsOf(context, shouting)) {
      const { first, last } = ends(run);
      const text = textOfWords(context.analysis, run);
      context.report({
        start: first.sourceStart,
        end: last.sourceEnd,
        segment: first.segment,
        message: `"${text}" is in capitals, which reads as shouting; write it in normal case.`,
      });
    }
  },
};

function isShouting(context: RuleContext, word: Word): boolean {
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < MIN_LETTERS || /[\p{N}_]/u.test(word.text)) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  // Navigation and footer links set in capitals are styled, not shouted (a button still shouts).
  if (context.document.segments[word.segment]?.role === 'link') return false;
  return spellsWords(word.text) && !ROMAN_NUMERAL.test(letters) && !isLeftAlone(context, word);
}

/** Every part of the word ("MUST-HAVE", "LET'S") is an English word: capitals on anything else name or code something. */
function spellsWords(text: string): boolean {
  return text.split(/[-/]/).every((part) => {
    const letters = part.replace(/[^\p{L}'’]/gu, '');
    const [stem = ''] = letters.split(/['’]/);
    return stem.length >= 2 && (isCommonWord(letters.replace(/['’]/g, '')) || isCommonWord(stem));
  });
}

/** Consecutive shouting words of one sentence, with only spaces or punctuation between them. */
function runsOf(context: RuleContext, words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  for (const word of words) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (previous && previous.sentence === word.sentence && adjacentOrPunctuated(context.analysis, previous, word)) run.push(word);
    else runs.push([word]);
  }
  return runs;
}

export default allCaps;

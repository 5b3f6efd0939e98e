import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { matchCase } from '../../src/lexicon/inflect.js';
import { type BrandCopy } from '../../src/nlp/brand-copy.js';
import { isLeftAlone } from '../../src/nlp/kit-words.js';
import { ownVoiceHits } from '../../src/nlp/retext-bridge.js';
import { textOfWords, WordPhrases } from '../../src/nlp/word-phrases.js';
import { listOfAlternatives } from '../../src/nlp/wording.js';
import { ends } from '../../src/text/items.js';

interface Range {
  start: number;
  end: number;
}

const jargon: Rule = {
  meta: {
    id: 'tone/jargon',
    description: "Plain words instead of jargon: the kit's list, and on request the plain-language list of retext-simplify.",
    severity: 'warn',
    channels: CHANNELS,
    fixable: true,
    options: {
      type: 'object',
      properties: {
        plainLanguage: {
          type: 'boolean',
          description: 'Also suggest plainer words for the wordy phrases retext-simplify knows ("utilize", "in order to"). Default false.',
        },
      },
      additionalProperties: false,
    },
    docs: {
      details:
        'Each entry of `tone.jargon` maps a word or phrase to the simpler one to write ({ leverage: use }); list each inflection you ' +
        'want caught. These are fixed by --fix, keeping the case of the flagged text. With the rule option `plainLanguage: true`, the ' +
        'wordy phrases of retext-simplify are reported too (a long, general list: "shall", "purchase", "in order to" …), with their ' +
        'alternatives as suggestions only, since the right one depends on the sentence. Text a lexicon rule already reports (a ' +
        'preferred term, a banned phrase) is left to it. Words in `lexicon.allow` are left alone; customer lines, stage directions ' +
        'and quoted speech (unless `tone.judgeQuotes`) are not judged.',
      kit: 'tone:\n  jargon: { leverage: use, circle back: follow up }',
      bad: 'Leverage our reports, then we will circle back. We utilize encryption.',
      findings: ['1:1-1:9 Write "Use" instead of the jargon "Leverage".', '1:36-1:47 Write "follow up" instead of the jargon "circle back".'],
      good: 'Use our reports, then we will follow up. We use encryption.',
    },
  },
  check(context) {
    const kitJargon = context.tone.jargon;
    if (!kitJargon) return;
    const copy = context.brandCopy;
    const reported = reportKitJargon(context, copy, kitJargon);
    if (context.options.plainLanguage === true) reportWordyPhrases(context, [...reported, ...lexiconRanges(context)]);
  },
};

function reportKitJargon(context: RuleContext, copy: BrandCopy, entries: Record<string, string>): Range[] {
  const phrases = new WordPhrases<string>();
  for (const [phrase, simpler] of Object.entries(entries)) phrases.add(phrase, simpler);
  const reported: Range[] = [];
  for (const match of phrases.find(copy.analysis, copy.words)) {
    const { first, last } = ends(match.words);
    const text = textOfWords(copy.analysis, match.words);
    if (isLeftAlone(context, { unit: first.unit, start: first.start, end: last.end, text })) continue;
    const simpler = matchCase(match.payload, text);
    const range = { start: first.sourceStart, end: last.sourceEnd };
    const fix = context.fixSource(range.start, range.end, simpler);
    context.report({
      ...range,
      segment: first.segment,
      message: `Write "${simpler}" instead of the jargon "${text}".`,
      suggestion: simpler,
      ...(fix ? { fix } : {}),
    });
    reported.push(range);
  }
  return reported;
}

function reportWordyPhrases(context: RuleContext, alreadyReported: readonly Range[]): void {
  for (const hit of ownVoiceHits(context, 'simplify')) {
    if (alreadyReported.some((range) => range.start < hit.sourceEnd && hit.sourceStart < range.end)) continue;
    const alternatives = hit.expected.map((alternative) => matchCase(alternative, hit.text));
    context.report({
      start: hit.sourceStart,
      end: hit.sourceEnd,
      segment: hit.segment,
      message: alternatives.length > 0 ? `"${hit.text}" is wordy; write ${listOfAlternatives(alternatives)}.` : `"${hit.text}" is wordy; leave it out.`,
      ...(alternatives.length > 0 ? { suggestion: alternatives[0] } : {}),
    });
  }
}

/** Text the lexicon rules report (preferred terms, banned phrases): one finding per word is enough. */
function lexiconRanges(context: RuleContext): Range[] {
  return context.lexiconHits
    .filter((hit) => hit.entry.kind === 'term' || hit.entry.kind === 'banned')
    .map((hit) => ({ start: hit.sourceStart, end: hit.sourceEnd }));
}

export default jargon;

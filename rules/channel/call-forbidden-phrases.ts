import type { BrandKit } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/types.js';
import { PhraseSet } from '../../src/lexicon/phrase-scan.js';

function forbiddenPhrases(kit: BrandKit): PhraseSet<string> {
  const phrases = new PhraseSet<string>();
  for (const phrase of kit.channels.call.forbidden) phrases.add(phrase, phrase);
  return phrases;
}

const callForbiddenPhrases: Rule = {
  meta: {
    id: 'channel/call-forbidden-phrases',
    description: 'Agents never say the phrases the kit forbids.',
    severity: 'error',
    channels: ['call'],
    fixable: false,
    docs: {
      details:
        'Each of `channels.call.forbidden` is matched in what the agent says — as whole words, in any case, with inflections ' +
        "— and reported where it stands. Customer lines and stage directions are not the agent's words and are not checked.",
      kit: 'channels:\n  call:\n    forbidden: [to be honest, calm down]',
      bad: 'AGENT: To be honest, this is our best plan.\nCUSTOMER: Really?',
      findings: ['1:8-1:20 Agents do not say "To be honest"; leave it out.'],
      good: 'AGENT: This plan fits teams of your size.\nCUSTOMER: Really?',
      channel: 'call',
    },
  },
  check(context) {
    if (context.kit.channels.call.forbidden.length === 0) return;
    const agentUnits = context.analysis.units.filter((unit) => unit.role === 'agent');
    for (const hit of context.derive(forbiddenPhrases).scan(context.analysis, agentUnits)) {
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `Agents do not say "${hit.text}"; leave it out.`,
      });
    }
  },
};

export default callForbiddenPhrases;

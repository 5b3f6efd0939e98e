import type { BrandKit } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/types.js';
import { firstOfRoles } from '../../src/channels/anchors.js';
import { openingTurns } from '../../src/channels/call/turns.js';
import { PhraseSet } from '../../src/lexicon/phrase-scan.js';

const DEFAULT_OPENING_TURNS = 2;

function disclosurePhrases(kit: BrandKit): PhraseSet<string> {
  const phrases = new PhraseSet<string>();
  for (const phrase of kit.channels.call.recordingDisclosure) phrases.add(phrase, phrase, false);
  return phrases;
}

const callRecordingDisclosure: Rule = {
  meta: {
    id: 'channel/call-recording-disclosure',
    description: 'The agent discloses that the call is recorded, within the opening.',
    severity: 'error',
    channels: ['call'],
    fixable: false,
    options: {
      type: 'object',
      properties: {
        openingTurns: { type: 'integer', minimum: 1, description: 'Agent turns that make the opening of a script without headings. Default: 2.' },
      },
      additionalProperties: false,
    },
    docs: {
      details:
        'In two-party-consent jurisdictions the customer must hear that the call is recorded before anything else. One of ' +
        '`channels.call.recordingDisclosure` (in any case, with any spacing) must be said by the agent within the opening: the ' +
        "agent turns of the script's first section (up to its second heading), or, in a script without headings, its first two " +
        'agent turns (option `openingTurns`). Otherwise the first agent turn is reported, or line 1, column 1 when the script ' +
        'has none.',
      kit: 'channels:\n  call:\n    recordingDisclosure: [this call may be recorded]',
      bad: 'AGENT: Hi Dana, this is Sam from Acme.\nCUSTOMER: Hi.\nAGENT: Do you have a minute?',
      findings: ['1:8-1:39 Say that the call is recorded within the opening, e.g. "this call may be recorded".'],
      good: 'AGENT: Hi Dana, this is Sam from Acme. This call may be recorded for quality.\nCUSTOMER: Hi.',
      channel: 'call',
    },
  },
  check(context) {
    if (context.kit.channels.call.recordingDisclosure.length === 0) return;
    const count = typeof context.options.openingTurns === 'number' ? context.options.openingTurns : DEFAULT_OPENING_TURNS;
    const opening = new Set(openingTurns(context.document, count).map((turn) => turn.index));
    const units = context.analysis.units.filter((unit) => unit.segments.some(({ segment }) => opening.has(segment.index)));
    if (
      context
        .derive(disclosurePhrases)
        .scan(context.analysis, units)
        .some((hit) => opening.has(hit.segment))
    )
      return;
    context.report({
      ...firstOfRoles(context.document, ['agent']),
      message: `Say that the call is recorded within the opening, e.g. "${context.kit.channels.call.recordingDisclosure[0]}".`,
    });
  },
};

export default callRecordingDisclosure;

import type { BrandKit } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/types.js';
import { atomsOf } from '../../src/lexicon/atoms.js';
import { firstOfRoles } from '../../src/channels/anchors.js';
import { agentTurns } from '../../src/channels/call/turns.js';

/** A blank the script leaves for the agent to fill: `{agent_name}`, `{{agent}}`, `<name>`, `[your name]`, `(name)`; a `___` line is punctuation, which GAP takes. */
const BLANK = String.raw`\{\{?[^{}\n]*\}\}?|<[^<>\n]*>|\[[^[\]\n]*\]|\([^()\n]*\)`;
/** A name filled in: up to four words (a name, a company). */
const FILLED = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’.&-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’.&-]*){0,3}`;
/** What a placeholder stands for: a blank, a name, or nothing (a blank the parser left out as a stage direction or tag). */
const PLACEHOLDER = `(?:${BLANK}|${FILLED})?`;
/** Between words: punctuation and white space, written any way. */
const GAP = String.raw`[^\p{L}\p{N}]*`;

/** Contractions spelt out, so "you're speaking" in the kit matches "you are speaking" in the script and back. */
const EXPANSIONS: readonly [RegExp, string][] = [
  [/\bcan['’]t\b/giu, 'cannot'],
  [/\bwon['’]t\b/giu, 'will not'],
  [/n['’]t\b/giu, ' not'],
  [/['’]re\b/giu, ' are'],
  [/['’]ll\b/giu, ' will'],
  [/['’]ve\b/giu, ' have'],
  [/\bI['’]m\b/giu, 'I am'],
];

function expandContractions(text: string): string {
  return EXPANSIONS.reduce((expanded, [contraction, words]) => expanded.replace(contraction, words), text);
}

/** The kit's opening as a pattern: its words in order, any punctuation, placeholders such as {agent} filled with anything short. */
function openingPattern(kit: BrandKit): RegExp | undefined {
  const opening = kit.channels.call.opening;
  if (!opening) return undefined;
  const parts = expandContractions(opening)
    .split(/(\{\w+\})/)
    .flatMap((part) => {
      if (/^\{\w+\}$/.test(part)) return [PLACEHOLDER];
      return atomsOf(part).map((atom) => `\\b${atom.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    });
  return new RegExp(parts.join(GAP), 'iu');
}

const callOpening: Rule = {
  meta: {
    id: 'channel/call-opening',
    description: "The agent's first turn says the required opening.",
    severity: 'warn',
    channels: ['call'],
    fixable: false,
    docs: {
      details:
        '`channels.call.opening` is the opening every call starts with; `{agent}`, `{company}`, `{customer}` and any other ' +
        '`{placeholder}` stand for a short name (up to four words), a merge tag, or a blank the agent fills in (`{agent_name}`, ' +
        '`{{agent}}`, `<name>`, `[your name]`, `___`). Its words must ' +
        'appear in order in the first agent turn, in any case and with any punctuation; a contraction matches its long form ' +
        '("you\'re" and "you are"). Otherwise the first agent turn is ' +
        'reported, or line 1, column 1 when the script has no agent turn.',
      kit: 'channels:\n  call:\n    opening: "Hi {customer}, this is {agent} from {company}."',
      bad: 'AGENT: Hey there! Got a minute to talk about Acme?\nCUSTOMER: Sure.',
      findings: ['1:8-1:51 Open the call with the required opening: "Hi {customer}, this is {agent} from {company}.".'],
      good: 'AGENT: Hi Dana, this is Sam from Acme. Got a minute?\nCUSTOMER: Sure.',
      channel: 'call',
    },
  },
  check(context) {
    const pattern = context.derive(openingPattern);
    if (!pattern) return;
    const [first] = agentTurns(context.document);
    if (first && pattern.test(expandContractions(first.text))) return;
    context.report({
      ...firstOfRoles(context.document, ['agent']),
      message: `Open the call with the required opening: "${context.kit.channels.call.opening}".`,
    });
  },
};

export default callOpening;

import type { Rule } from '../../src/engine/types.js';
import { agentTurns } from '../../src/channels/call/turns.js';
import { groupBy } from '../../src/text/group-by.js';

const callTurnLength: Rule = {
  meta: {
    id: 'channel/call-turn-length',
    description: 'Agent turns stay short enough for a conversation.',
    severity: 'warn',
    channels: ['call'],
    fixable: false,
    docs: {
      details:
        'Counts the spoken words of each agent turn — stage directions such as `[pause]` or `(wait for answer)` are not ' +
        'spoken and do not count, nor do merge tags — and reports a turn longer than `channels.call.maxTurnWords` from the ' +
        'first word past the limit to the end of the turn.',
      kit: 'channels:\n  call:\n    maxTurnWords: 12',
      bad: 'AGENT: Acme Deploy ships your app to every region in minutes, with rollbacks built in, and it costs less than what you pay today.\nCUSTOMER: I see.',
      findings: ['1:78-1:129 This agent turn has 23 spoken words; keep it within 12 and let the customer answer (the marked part is past the limit).'],
      good: 'AGENT: Acme Deploy ships your app in minutes. [pause] Would that help your team?\nCUSTOMER: It might.',
      channel: 'call',
    },
  },
  check(context) {
    const max = context.kit.channels.call.maxTurnWords;
    if (max === undefined) return;
    const wordsByTurn = groupBy(context.analysis.proseWords(), (word) => word.segment);
    for (const turn of agentTurns(context.document)) {
      const spoken = wordsByTurn.get(turn.index) ?? [];
      const firstPast = spoken[max];
      const last = spoken.at(-1);
      if (!firstPast || !last) continue;
      context.report({
        start: firstPast.sourceStart,
        end: last.sourceEnd,
        segment: turn.index,
        message: `This agent turn has ${spoken.length} spoken words; keep it within ${max} and let the customer answer (the marked part is past the limit).`,
        data: { words: spoken.length, max },
      });
    }
  },
};

export default callTurnLength;

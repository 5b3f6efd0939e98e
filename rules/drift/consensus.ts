import { CHANNELS } from '../../src/documents/types.js';
import type { CampaignRuleContext, Rule } from '../../src/engine/types.js';
import type { Cell, Row } from '../../src/drift/evaluate.js';
import { factSays, LISTED_PLACES, locationData, locations, TRUTH_KEYS, valueToState } from '../../src/drift/messages.js';
import { displayValue, KIND_LABELS } from '../../src/drift/values.js';
import type { Fact } from '../../src/facts/types.js';

const consensus: Rule = {
  meta: {
    id: 'drift/consensus',
    description:
      "Without a declared source of truth, a campaign's deliverables state the same offer, code, dates, trial, price, landing page and phone number.",
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'For each kind of fact the campaign does not declare in its truth, brandlint compares what its deliverables say. The ' +
        'value most deliverables state is the consensus; every fact that says otherwise is reported at its text, with the ' +
        'places that state the consensus and the other places that state the outlier. When the deliverables are split evenly ' +
        'there is no consensus: every fact on each side is reported as a conflict, with both sides listed — declare the value ' +
        'in the kit (`campaigns.<id>.truth`) to settle it. Values stated by the very same deliverables (the tiers of a ' +
        'price table, an early-bird and a standard deadline) are no split: each is part of the consensus. A deliverable that ' +
        'states several prices is fine as long as one of them is the consensus (a plan table). A web address read out in a ' +
        'call script carries no UTM parameters: it agrees with the written links to its page and takes no side when they ' +
        'differ in UTM parameters alone. The examples show three files ' +
        'of one campaign.',
      kit: 'campaigns:\n  spring-sale:\n    files: ["spring/**"]',
      bad: '==> spring/email.html <==\n<p>Use code SPRING20 before May 31.</p>\n\n==> spring/landing.md <==\nUse code SPRING20 before 5/31.\n\n==> spring/post.txt <==\nUse code SPRING20 before June 1.',
      findings: [
        'spring/post.txt:1:26-1:32 Says "June 1", but the rest of the campaign gives the end date as May 31 (spring/email.html:1:29, spring/landing.md:1:26).',
      ],
      good: '==> spring/email.html <==\n<p>Use code SPRING20 before May 31.</p>\n\n==> spring/landing.md <==\nUse code SPRING20 before 5/31.\n\n==> spring/post.txt <==\nUse code SPRING20 before May 31.',
    },
  },
  checkCampaign(context) {
    for (const row of context.rows) {
      if (row.basis === 'truth' || row.kind === 'cta') continue;
      const groupOf = new Map(row.groups.flatMap((group) => group.facts.map((stated) => [stated.fact, group] as const)));
      for (const cell of row.cells) for (const fact of cell.offending) reportFact(context, row, cell, fact, groupOf.get(fact)!);
    }
  },
};

function reportFact(context: CampaignRuleContext, row: Row, cell: Cell, fact: Fact, own: Row['groups'][number]): void {
  const label = KIND_LABELS[row.kind];
  const others = row.groups.filter((group) => group !== own);
  // The places listed are a few of the others; the count covers them all.
  const elsewhere = own.facts.slice(0, LISTED_PLACES + 1).filter((stated) => stated.fact !== fact);
  // The groups come most stated first; the deliverable's own is one of them.
  const [leader = own] = row.groups;
  const consensusValue = displayValue(row.kind, valueToState(fact, leader.value));
  const also = own.facts.length > 1 ? ` It also says ${displayValue(row.kind, own.value)} at ${locations(elsewhere, own.facts.length - 1)}.` : '';
  const message =
    row.basis === 'conflict'
      ? `${factSays(fact)}, but the campaign is split on its ${label}: ${row.groups
          .filter((group) => group.deliverables > 0)
          .map((group) => `${displayValue(row.kind, group.value)} at ${locations(group.facts)}`)
          .join('; ')}. ` + `Declare it in the kit (campaigns.${context.campaign.id}.truth.${TRUTH_KEYS[row.kind]}) or make the deliverables agree.`
      : `${factSays(fact)}, but the rest of the campaign gives the ${label} as ${consensusValue} (${locations(leader.facts)}).${also}`;
  context.report(cell.deliverable.document, {
    start: fact.start,
    end: fact.end,
    segment: fact.segment,
    message,
    ...(row.basis === 'consensus' ? { suggestion: consensusValue } : {}),
    data: {
      kind: row.kind,
      found: fact.value,
      ...(row.basis === 'consensus' ? { consensus: leader.value } : { conflict: true }),
      sides: [own, ...others].map((group) => ({
        value: group.value,
        at: locationData(group.facts),
        ...(group.facts.length > LISTED_PLACES ? { more: group.facts.length - LISTED_PLACES } : {}),
      })),
    },
  });
}

export default consensus;

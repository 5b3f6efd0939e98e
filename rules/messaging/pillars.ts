import type { Pillar } from '../../src/config/types.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import type { Deliverable } from '../../src/messaging/deliverables.js';
import { listWords } from '../../src/config/wording.js';
import { pillarRequirement, type PillarRequirement } from '../../src/drift/expectations.js';
import { isTransactionalEmail } from '../../src/channels/email/transactional.js';

const pillars: Rule = {
  meta: {
    id: 'messaging/pillars',
    description: 'Each deliverable carries the key messages (pillars) its channel or campaign requires.',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'A pillar is carried where its statement or one of its phrases appears (phrases match with inflections: "ship" also ' +
        'finds "ships", "shipped", "shipping"). A deliverable of a campaign carries what the campaign expects of its channel ' +
        "(`campaigns.<id>.expect.<channel>.pillars`: each of them, or `minPillars` of them), else each pillar the campaign's " +
        '`truth.pillars` names; any other deliverable must carry at least `messaging.pillarsRequired.<channel>` different pillars. The ' +
        'finding is about the whole deliverable: it points at the email subject, else the page title, else the first heading, ' +
        'else the first text (line 1, column 1 when there is none), and lists the missing pillars with their statements. In a ' +
        "content calendar every post is a deliverable, and the finding points at the post's cell. `--format json` lists the " +
        'pillars found in each document and where. Transactional emails (receipts, password resets, registration ' +
        'confirmations; recognised as channel/email-unsubscribe recognises them) are not held to pillars.',
      kit: 'messaging:\n  pillars:\n    - { id: speed, statement: "Ship in minutes, not weeks.", phrases: [ship faster, deploy in minutes] }\n    - { id: trust, statement: "Your data stays yours.", phrases: [your data stays yours, encrypted] }\n  pillarsRequired: { web: 2 }',
      bad: '# Acme Deploy\n\nShip faster with one command.',
      findings: ['1:3-1:14 This page carries 1 of the 2 pillars it needs (speed); add one of: trust ("Your data stays yours.").'],
      good: '# Acme Deploy\n\nShip faster with one command. Everything is encrypted at rest.',
    },
  },
  check(context) {
    const all = context.kit.messaging.pillars;
    // A receipt or a registration confirmation tells the reader what happened; it is not a deliverable to carry key messages.
    if (all.length === 0 || (context.document.channel === 'email' && isTransactionalEmail(context.document))) return;
    for (const deliverable of context.deliverables) {
      const carried = new Set(context.pillars.filter((hit) => deliverable.segments.has(hit.segment)).map((hit) => hit.pillar));
      checkDeliverable(context, deliverable, carried, all);
    }
  },
};

function checkDeliverable(context: RuleContext, deliverable: Deliverable, carried: Set<string>, all: readonly Pillar[]): void {
  const channel = context.document.channel;
  const ids = all.map((pillar) => pillar.id);
  const byCampaign = deliverable.campaigns.flatMap((campaign) => {
    const requirement = pillarRequirement(campaign, channel, ids);
    return requirement ? [{ campaign: `"${campaign.name ?? campaign.id}"`, requirement }] : [];
  });
  if (byCampaign.length > 0) {
    for (const { campaign, requirement } of byCampaign) checkCampaignRequirement(context, deliverable, carried, all, campaign, requirement);
    return;
  }
  const required = context.kit.messaging.pillarsRequired[channel] ?? 0;
  if (carried.size >= required) return;
  const missing = all.filter((pillar) => !carried.has(pillar.id));
  const have = carried.size > 0 ? ` (${listWords([...carried])})` : '';
  report(
    context,
    deliverable,
    missing,
    `${deliverable.label} carries ${carried.size} of the ${required} pillars it needs${have}; add ${addCount(required - carried.size)} of: ${describe(missing)}.`,
  );
}

function checkCampaignRequirement(
  context: RuleContext,
  deliverable: Deliverable,
  carried: Set<string>,
  all: readonly Pillar[],
  campaign: string,
  requirement: PillarRequirement,
): void {
  if ('all' in requirement) {
    const missing = all.filter((pillar) => requirement.all.includes(pillar.id) && !carried.has(pillar.id));
    if (missing.length === 0) return;
    report(
      context,
      deliverable,
      missing,
      `${deliverable.label} does not carry ${pillarWord(missing.length)} its campaign ${campaign} names: ${describe(missing)}.`,
    );
    return;
  }
  const candidates = all.filter((pillar) => requirement.of.includes(pillar.id));
  const have = candidates.filter((pillar) => carried.has(pillar.id)).map((pillar) => pillar.id);
  if (have.length >= requirement.min) return;
  const missing = candidates.filter((pillar) => !carried.has(pillar.id));
  const haveText = have.length > 0 ? ` (${listWords(have)})` : '';
  report(
    context,
    deliverable,
    missing,
    `${deliverable.label} carries ${have.length} of the ${requirement.min} pillars its campaign ${campaign} expects${haveText}; add ${addCount(requirement.min - have.length)} of: ${describe(missing)}.`,
  );
}

function addCount(count: number): string {
  return count === 1 ? 'one' : String(count);
}

function report(context: RuleContext, deliverable: Deliverable, missing: Pillar[], message: string): void {
  context.report({ ...deliverable.anchor, message, data: { missingPillars: missing.map((pillar) => pillar.id) } });
}

function pillarWord(count: number): string {
  return count === 1 ? 'the pillar' : 'the pillars';
}

function describe(missing: Pillar[]): string {
  return missing.map((pillar) => `${pillar.id} ("${pillar.statement}")`).join(', ');
}

export default pillars;

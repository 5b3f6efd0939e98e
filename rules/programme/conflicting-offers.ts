import { CHANNELS } from '../../src/documents/types.js';
import type { ProgrammeRuleContext, Rule } from '../../src/engine/types.js';
import { listWords } from '../../src/config/wording.js';
import { title } from '../../src/programme/conflicts.js';
import type { ConflictSide, OfferConflict, OfferTerm } from '../../src/programme/types.js';
import { periodText, placesText } from '../../src/programme/wording.js';

/** What the other campaign does, per term: "offers 30% off", "gives the code PARTNER30". */
const OFFERS: Record<OfferTerm, (display: string) => string> = {
  discount: (display) => `offers ${display}`,
  code: (display) => `gives the code ${display}`,
  price: (display) => `charges ${display}`,
  trial: (display) => `offers ${display}`,
};

const conflictingOffers: Rule = {
  meta: {
    id: 'programme/conflicting-offers',
    description: 'Campaigns that reach the same customers at the same time make the same offer: one discount, one code, one price, one trial.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Customers see every campaign of a brand at once. Two campaigns whose windows overlap and that speak to the same ' +
        'audience segment — or, when their segments differ, to the same product — must not offer different discounts, promo ' +
        'codes, prices or trial lengths. A campaign’s window is `campaigns.<id>.window`, else its truth’s start and end, else ' +
        'it is inferred from its deliverables (calendar dates, front matter dates, .eml Date headers, the offer dates they ' +
        'state); its audiences are `campaigns.<id>.audiences`, else the segments its deliverables name (a calendar’s audience ' +
        'column, front matter `audience:`); its products are `truth.products`. A campaign that names no segment reaches ' +
        'everyone. Each conflicting place is reported, on both sides, with the places of the other side that customers read ' +
        'during the overlap (a dated deliverable sent within it, or an undated one such as a landing page). A conflict found ' +
        'on inferred facts — a window read from dates in the deliverables, a campaign without a named audience — is a warning, ' +
        'never an error, and says what was inferred. The examples show two campaigns of one programme.',
      kit:
        'lexicon:\n  segments: [trial users]\ncampaigns:\n' +
        '  spring-sale:\n    files: ["spring/**"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n' +
        '  partner-week:\n    files: ["partner/**"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }',
      bad: '==> spring/landing.md <==\nGet 20% off any plan this spring.\n\n==> partner/post.txt <==\nPartner week: 30% off any plan.',
      findings: [
        'partner/post.txt:1:15-1:22 Says "30% off" for partner-week, but spring-sale offers 20% off to trial users while both run (April 20 – 26, 2026): spring/landing.md:1:5. Make one offer, or keep the campaigns apart.',
        'spring/landing.md:1:5-1:12 Says "20% off" for spring-sale, but partner-week offers 30% off to trial users while both run (April 20 – 26, 2026): partner/post.txt:1:15. Make one offer, or keep the campaigns apart.',
      ],
      good: '==> spring/landing.md <==\nGet 20% off any plan this spring.\n\n==> partner/post.txt <==\nPartner week: 20% off any plan.',
    },
  },
  checkProgramme(context) {
    for (const conflict of context.conflicts) {
      const [one, other] = conflict.sides;
      reportSide(context, conflict, one, other);
      reportSide(context, conflict, other, one);
    }
  },
};

function reportSide(context: ProgrammeRuleContext, conflict: OfferConflict, side: ConflictSide, other: ConflictSide): void {
  const otherTitle = campaignTitle(context, other.campaign);
  const whom =
    conflict.audiences.length > 0
      ? `to ${listWords(conflict.audiences)}`
      : conflict.products.length > 0
        ? `on ${listWords(conflict.products)}`
        : 'to the same customers';
  const inferred = conflict.evidence === 'inferred' ? ` Inferred: ${conflict.reasons.join('; ')}.` : '';
  for (const place of side.at) {
    context.report(place, {
      message:
        `Says "${place.text}" for ${campaignTitle(context, side.campaign)}, but ${otherTitle} ${OFFERS[conflict.kind](other.display)} ${whom} ` +
        `while both run (${periodText(conflict.overlap.start, conflict.overlap.end)}): ${placesText(other.at)}. Make one offer, or keep the campaigns apart.${inferred}`,
      ...(conflict.evidence === 'inferred' ? { severity: 'warn' as const } : {}),
      data: {
        kind: conflict.kind,
        campaign: side.campaign,
        value: side.value,
        other: { campaign: other.campaign, value: other.value, at: other.at.map(({ path, line, column, text }) => ({ path, line, column, text })) },
        overlap: conflict.overlap,
        audiences: conflict.audiences,
        products: conflict.products,
        evidence: conflict.evidence,
        reasons: conflict.reasons,
      },
    });
  }
}

function campaignTitle(context: ProgrammeRuleContext, id: string): string {
  const campaign = context.campaigns.find((candidate) => candidate.id === id);
  return campaign ? title(campaign) : id;
}

export default conflictingOffers;

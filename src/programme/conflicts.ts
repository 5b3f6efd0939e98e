/**
 * Conflicting offers across campaigns. Two campaigns conflict on an offer
 * term (discount, promo code, price, trial) when their windows overlap,
 * they reach the same customers — a segment both name, or, when their
 * segments differ, a product both declare; a campaign that names no segment
 * reaches everyone — and each states its own value of the term in a
 * deliverable live in the overlap (sent within it, or undated, such as a
 * landing page) and meant for those customers.
 *
 * The evidence is `declared` when the kit declares both windows and both
 * campaigns name what they share; anything inferred (a window from the
 * deliverables' dates, a campaign that names no segment) makes it
 * `inferred`, and the reasons say what was inferred.
 */
import { valuesAgree } from '../drift/values.js';
import { OFFER_TERMS, type CampaignProfile, type OfferConflict, type ProgrammeDeliverable, type ProgrammeOffer } from './types.js';

export function offerConflicts(campaigns: readonly CampaignProfile[]): OfferConflict[] {
  const conflicts: OfferConflict[] = [];
  campaigns.forEach((first, index) => {
    for (const second of campaigns.slice(index + 1)) conflicts.push(...conflictsBetween(first, second));
  });
  return conflicts;
}

function conflictsBetween(a: CampaignProfile, b: CampaignProfile): OfferConflict[] {
  if (!a.window || !b.window) return [];
  const overlap = { start: later(a.window.start, b.window.start), end: earlier(a.window.end, b.window.end) };
  if (overlap.start > overlap.end) return [];
  const everyone = a.audiences.length === 0 || b.audiences.length === 0;
  const audiences = everyone ? [] : shared(a.audiences, b.audiences);
  const products = everyone || audiences.length > 0 ? [] : shared(a.products, b.products);
  if (!everyone && audiences.length === 0 && products.length === 0) return [];
  const reasons = [
    ...[a, b]
      .filter((campaign) => campaign.window!.basis !== 'kit')
      .map((campaign) => `the window of ${title(campaign)} is inferred from its deliverables' dates`),
    ...[a, b].filter((campaign) => campaign.audiences.length === 0).map((campaign) => `${title(campaign)} names no audience, so it reaches everyone`),
  ];
  const conflicts: OfferConflict[] = [];
  for (const kind of OFFER_TERMS) {
    const offerA = a.offers.find((offer) => offer.kind === kind);
    const offerB = b.offers.find((offer) => offer.kind === kind);
    if (!offerA || !offerB || valuesAgree(kind, offerA.value, offerB.value)) continue;
    const reaches = { overlap, sharesProduct: products.length > 0 };
    const sideA = liveSide(a, offerA, b, reaches);
    const sideB = liveSide(b, offerB, a, reaches);
    if (sideA.at.length === 0 || sideB.at.length === 0) continue;
    conflicts.push({ kind, overlap, audiences, products, evidence: reasons.length === 0 ? 'declared' : 'inferred', reasons, sides: [sideA, sideB] });
  }
  return conflicts;
}

interface Reach {
  overlap: { start: string; end: string };
  /** The campaigns meet through a product, whatever segments their deliverables name. */
  sharesProduct: boolean;
}

/** One campaign's offer, at the places live in the overlap and meant for the other campaign's customers. */
function liveSide(campaign: CampaignProfile, offer: ProgrammeOffer, other: CampaignProfile, reach: Reach): OfferConflict['sides'][number] {
  const deliverables = new Map(campaign.deliverables.map((deliverable) => [deliverable.name, deliverable]));
  const at = offer.at.filter((place) => {
    const deliverable = deliverables.get(place.deliverable);
    return deliverable !== undefined && isLive(deliverable, reach.overlap) && (reach.sharesProduct || meetsAudiences(deliverable, other));
  });
  return { campaign: campaign.id, value: offer.value, display: offer.display, at };
}

function isLive(deliverable: ProgrammeDeliverable, overlap: { start: string; end: string }): boolean {
  return deliverable.date === null || (overlap.start <= deliverable.date && deliverable.date <= overlap.end);
}

/** A deliverable meant for segments of its own reaches the other campaign's customers only through one of them. */
function meetsAudiences(deliverable: ProgrammeDeliverable, other: CampaignProfile): boolean {
  return deliverable.audiences.length === 0 || other.audiences.length === 0 || shared(deliverable.audiences, other.audiences).length > 0;
}

/** The names of `a` that `b` holds too, in any case. */
export function shared(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b.map((name) => name.toLowerCase()));
  return a.filter((name) => inB.has(name.toLowerCase()));
}

/** "spring-sale (Spring Sale 2026)", or the id alone. */
export function title(campaign: Pick<CampaignProfile, 'id' | 'name'>): string {
  return campaign.name ? `${campaign.id} (${campaign.name})` : campaign.id;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Wording shared by the drift rules: where facts stand, and which kit key
 * declares a kind.
 */
import { linkPage } from '../facts/links.js';
import type { Fact, FactKind } from '../facts/types.js';
import { positionIn, whereIs, type CampaignDeliverable } from './deliverables.js';
import type { StatedFact } from './evaluate.js';

/** The truth key of each single-valued kind, for "declare it in the kit" advice. */
export const TRUTH_KEYS: Partial<Record<FactKind, string>> = {
  discount: 'discount',
  price: 'price',
  code: 'code',
  start: 'start',
  deadline: 'end',
  trial: 'trialDays',
  link: 'landingUrl',
  phone: 'phone',
  hashtag: 'hashtag',
  cta: 'cta',
};

/** How a message quotes a fact: what the copy says, or where a link goes. */
export function factSays(fact: Fact): string {
  if (fact.spoken) return `Reads out ${fact.value}`;
  if (fact.kind === 'link' || /^tel:/i.test(fact.text)) return `Links to ${fact.kind === 'link' ? fact.value : fact.text}`;
  return `Says "${fact.text}"`;
}

/** The expected value a fact should state: a spoken link can state the page alone. */
export function valueToState(fact: Fact, expected: string): string {
  return fact.spoken ? linkPage(expected) : expected;
}

/**
 * How many places a message lists: a calendar of thousands of posts that
 * agree would otherwise put thousands of places into every finding against
 * them (and the run's output would grow with the square of the campaign).
 */
export const LISTED_PLACES = 10;

/** "landing.md:9:9, social.csv:2:20", the first LISTED_PLACES of them, then "and N more" (of `total`, by default all the facts). */
export function locations(facts: readonly StatedFact[], total = facts.length): string {
  return listPlaces(
    facts.slice(0, LISTED_PLACES).map(({ deliverable, fact }) => ({ deliverable, offset: fact.start })),
    total,
  );
}

/** Places in a message: "landing.md:9:9, social.csv:2:20", the first LISTED_PLACES of them, then "and N more" (of `total`). */
export function listPlaces(places: readonly { deliverable: CampaignDeliverable; offset: number }[], total = places.length): string {
  const listed = places.slice(0, LISTED_PLACES).map(({ deliverable, offset }) => whereIs(deliverable, offset));
  const more = total - listed.length;
  return listed.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** Locations as data for machine formats: the first LISTED_PLACES of them (a finding's `more` counts the rest). */
export function locationData(facts: readonly StatedFact[]): { path: string; line: number; column: number; text: string }[] {
  return facts.slice(0, LISTED_PLACES).map(({ deliverable, fact }) => {
    const { line, column } = positionIn(deliverable, fact.start);
    return { path: deliverable.document.path, line, column, text: fact.text };
  });
}

/**
 * Wording shared by the drift rules: where facts stand, and which kit key
 * declares a kind.
 */
import { linkPage } from '../facts/links.js';
import type { Fact, FactKind } from '../facts/types.js';
import { positionIn, whereIs } from './deliverables.js';
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

/** "landing.md:9:9, social.csv:2:20" */
export function locations(facts: readonly StatedFact[]): string {
  return facts.map(({ deliverable, fact }) => whereIs(deliverable, fact.start)).join(', ');
}

/** Locations as data for machine formats. */
export function locationData(facts: readonly StatedFact[]): { path: string; line: number; column: number; text: string }[] {
  return facts.map(({ deliverable, fact }) => {
    const { line, column } = positionIn(deliverable, fact.start);
    return { path: deliverable.document.path, line, column, text: fact.text };
  });
}

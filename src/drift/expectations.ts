/**
 * What a campaign expects of each channel (`campaigns.<id>.expect`): which
 * truth facts its deliverables must state, whether they carry the call to
 * action, and which pillars. A channel the kit says nothing about is
 * expected to state what the truth declares (and what most deliverables
 * state), as before.
 */
import type { CampaignConfig, ExpectableFact } from '../config/types.js';
import type { Channel } from '../documents/types.js';
import type { FactKind } from '../facts/types.js';

/** The fact kind each expectable truth key is stated as. */
const KIND_OF: Readonly<Record<ExpectableFact, FactKind>> = {
  discount: 'discount',
  code: 'code',
  start: 'start',
  end: 'deadline',
  trialDays: 'trial',
  price: 'price',
  landingUrl: 'link',
  phone: 'phone',
  hashtag: 'hashtag',
  products: 'product',
};

/**
 * Whether the campaign's `channel` deliverables must state a row (`name`:
 * the pillar of a pillar row); undefined when the kit leaves it to the
 * default.
 */
export function expectedOfChannel(config: CampaignConfig | undefined, channel: Channel, kind: FactKind, name?: string): boolean | undefined {
  const expectation = config?.expect[channel];
  if (!expectation) return undefined;
  switch (kind) {
    case 'cta':
      return expectation.cta;
    case 'pillar':
      // "Two of these" expects no one pillar in particular.
      if (expectation.minPillars !== undefined) return false;
      return expectation.pillars === undefined ? undefined : name !== undefined && expectation.pillars.includes(name);
    default:
      return expectation.facts === undefined ? undefined : expectation.facts.some((key) => KIND_OF[key] === kind);
  }
}

/** Pillars some channel must carry, every one of them (not "n of them"): rows of the matrix even when no deliverable carries them. */
export function pillarsExpected(config: CampaignConfig | undefined): string[] {
  if (!config) return [];
  return Object.values(config.expect).flatMap((expectation) => (expectation && expectation.minPillars === undefined ? (expectation.pillars ?? []) : []));
}

/** What a deliverable of `channel` must carry of the campaign's pillars, if the campaign says. */
export type PillarRequirement = { all: string[] } | { of: string[]; min: number };

export function pillarRequirement(config: CampaignConfig, channel: Channel, allPillars: readonly string[]): PillarRequirement | undefined {
  const expectation = config.expect[channel];
  if (expectation?.minPillars !== undefined) return { of: expectation.pillars ?? [...allPillars], min: expectation.minPillars };
  if (expectation?.pillars !== undefined) return { all: expectation.pillars };
  const named = config.truth.pillars ?? [];
  return named.length > 0 ? { all: named } : undefined;
}

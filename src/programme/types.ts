/**
 * The whole programme: every campaign as the checks across campaigns see
 * it. Plain data, ready for JSON: a campaign's profile is made once, when
 * its documents are read, and travels on through the cache and through a
 * shard's report to `brandlint merge`, where the programme is checked
 * again with every campaign present.
 */
import type { Channel, Role } from '../documents/types.js';
import type { Finding } from '../engine/types.js';

/** A place in a deliverable, complete enough to make a finding without the document. */
export interface ProgrammePlace extends Pick<Finding, 'path' | 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end' | 'channel' | 'text'> {
  role: Role | null;
  /** Programme rules that inline directives switch off here. */
  off?: string[];
}

/** Where a date in the programme comes from. */
export type DateBasis = 'kit' | 'deliverables';

export interface ProgrammeDeliverable {
  /** As in the drift matrix: the path, with the line of the post for a calendar post. */
  name: string;
  channel: Channel;
  /** Where findings about the deliverable as a whole point (a post, an email's subject …). */
  at: ProgrammePlace;
  /** The day it is sent or published (YYYY-MM-DD): its calendar row's date, else its metadata's (front matter, Date header). */
  date: string | null;
  /** The segments it names itself (calendar column, front matter `audience:`), as the kit's vocabulary names them. */
  audiences: string[];
}

/** When a campaign reaches customers: days as YYYY-MM-DD, both included. */
export interface ProgrammeWindow {
  start: string;
  end: string;
  /** `kit` when the kit declares both days (window, else truth start and end); else inferred from the deliverables' dates. */
  basis: DateBasis;
}

/** The offer terms compared across campaigns. */
export const OFFER_TERMS = ['discount', 'code', 'price', 'trial'] as const;
export type OfferTerm = (typeof OFFER_TERMS)[number];

/** A place where a deliverable states an offer term. */
export interface OfferPlace extends ProgrammePlace {
  /** The deliverable's name (see ProgrammeDeliverable). */
  deliverable: string;
}

export interface ProgrammeOffer {
  kind: OfferTerm;
  /** The canonical value, as facts hold it: "20%", "SPRING20", "USD 49/month", "14 days". */
  value: string;
  /** As people read it: "20% off". */
  display: string;
  /** `kit` when the campaign's truth declares it, else what most of its deliverables state. */
  basis: DateBasis;
  /** Where deliverables state it. */
  at: OfferPlace[];
}

export interface CampaignProfile {
  id: string;
  name: string | null;
  declared: boolean;
  window: ProgrammeWindow | null;
  /** The segments the campaign speaks to, as the kit's vocabulary names them. */
  audiences: string[];
  /** `kit` (campaigns.<id>.audiences), `deliverables` (named by its deliverables), or null when none is named. */
  audienceBasis: DateBasis | null;
  /** The products the kit declares for it (truth.products). */
  products: string[];
  offers: ProgrammeOffer[];
  deliverables: ProgrammeDeliverable[];
}

/** One side of a conflict: what one campaign offers, and where customers read it. */
export interface ConflictSide {
  campaign: string;
  value: string;
  display: string;
  at: OfferPlace[];
}

/** Two campaigns that reach the same customers at the same time with different offer terms. */
export interface OfferConflict {
  kind: OfferTerm;
  /** The days both campaigns run. */
  overlap: { start: string; end: string };
  /** Segments both speak to; empty when one names none (then it speaks to everyone). */
  audiences: string[];
  /** Products both declare, when they share no segment. */
  products: string[];
  /** `declared` when the kit declares both windows and what the campaigns share; else `inferred`, with the reasons. */
  evidence: 'declared' | 'inferred';
  reasons: string[];
  sides: [ConflictSide, ConflictSide];
}

export type PressurePeriod = 'day' | 'week';

/** More messages to one segment in a day or week than the kit allows. */
export interface ContactPressure {
  segment: string;
  period: PressurePeriod;
  /** The day, or the first day of the week (YYYY-MM-DD). */
  start: string;
  count: number;
  limit: number;
  /** Messages by channel, e.g. { email: 3, social: 4 }. */
  channels: Partial<Record<Channel, number>>;
  /** The messages, in date order. */
  touches: Touch[];
}

export interface Touch {
  campaign: string;
  deliverable: string;
  date: string;
  channel: Channel;
  at: ProgrammePlace;
}

export interface ProgrammeReport {
  /** False for a shard's report: conflicts and contact pressure need every campaign and come from `brandlint merge`. */
  complete: boolean;
  campaigns: CampaignProfile[];
  conflicts: OfferConflict[];
  pressure: ContactPressure[];
}

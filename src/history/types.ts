/**
 * The programme over time, as `brandlint history` reports it: at each
 * commit that changed content, the one-message scores and the findings by
 * family, per campaign and for the whole programme; and the campaigns'
 * messaging that changed after they launched. Plain data, ready for JSON.
 */
import type { RuleFamily } from '../engine/types.js';

/** Without --since, the walk covers the latest this many commits that changed content (--max-commits). */
export const DEFAULT_MAX_COMMITS = 50;

export interface Counts {
  errors: number;
  warnings: number;
}

/** Findings by rule family (every family, so columns line up). */
export type FamilyCounts = Record<RuleFamily, Counts>;

/** What a campaign tells customers at one commit: per term, the value most of its deliverables state (null: none states it). */
export type Messaging = Record<MessagingTerm, string | null>;

export const MESSAGING_TERMS = ['tagline', 'discount', 'code', 'price', 'trial', 'deadline', 'cta'] as const;
export type MessagingTerm = (typeof MESSAGING_TERMS)[number];

export interface CampaignAtCommit {
  id: string;
  name: string | null;
  score: number;
  findings: FamilyCounts;
  messaging: Messaging;
}

export interface HistoryPoint {
  commit: string;
  short: string;
  /** The committer date, ISO 8601. */
  date: string;
  subject: string;
  /** True for the `--since` commit itself: the state the walk starts from. */
  start: boolean;
  files: number;
  programme: {
    /** The one-message score of all campaigns together; null without campaigns. */
    score: number | null;
    findings: FamilyCounts;
    conflicts: number;
    pressure: number;
  };
  campaigns: CampaignAtCommit[];
}

/** A campaign's messaging that changed after it launched: drift over time. */
export interface MessagingChange {
  campaign: string;
  term: MessagingTerm;
  from: string | null;
  to: string | null;
  commit: string;
  short: string;
  date: string;
  subject: string;
  /** The first day of the campaign's window (at the last commit), and where it comes from. */
  launch: string;
  launchBasis: 'kit' | 'deliverables';
}

export interface HistoryReport {
  /** The `--since` ref, or null for the whole history. */
  since: string | null;
  /** The --max-commits bound: at most this many commits that changed content, the latest. */
  maxCommits: number;
  /** Commits that changed content but fall before the bound. */
  omitted: number;
  points: HistoryPoint[];
  changes: MessagingChange[];
}

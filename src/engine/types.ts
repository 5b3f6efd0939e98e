/**
 * Rules, findings and the context a rule runs in.
 */
import type { BrandKit, CampaignConfig, Severity } from '../config/types.js';
import type { Channel, Document, Role } from '../documents/types.js';
import type { CampaignDeliverable } from '../drift/deliverables.js';
import type { Row } from '../drift/evaluate.js';
import type { CampaignProfile, ContactPressure, OfferConflict, ProgrammePlace } from '../programme/types.js';
import type { DocumentView } from './document-data.js';

export const RULE_FAMILIES = ['lexicon', 'tone', 'messaging', 'channel', 'drift', 'programme'] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

export interface RuleDocs {
  /** A paragraph on what the rule checks and why it matters to the brand. */
  details: string;
  /** Copy that the rule reports, with the kit settings it needs (YAML) when it needs any. */
  bad: string;
  /**
   * Every finding of the bad example, in report order, as
   * `line:column-endLine:endColumn message` (remark-lint's notation); the
   * example of a campaign or programme rule puts the file first
   * (`path:line:column-…`). The docs show them and a test holds them exactly.
   */
  findings: readonly string[];
  good: string;
  /** The kit excerpt the examples assume (YAML). */
  kit?: string;
  /** The channel of the examples (default web). */
  channel?: Channel;
}

export interface RuleMeta {
  /** `family/name`, e.g. `lexicon/terms`. */
  id: string;
  description: string;
  severity: Exclude<Severity, 'off'>;
  /** Channels the rule applies to. */
  channels: readonly Channel[];
  fixable: boolean;
  /** JSON Schema of the rule's options (the object after the severity in `rules:`). */
  options?: Record<string, unknown>;
  docs: RuleDocs;
}

export interface Fix {
  /** Source range to replace. */
  start: number;
  end: number;
  /** The replacement as written into the file (escaped for the place it lands). */
  text: string;
  /** Why the replacement cannot be written safely where the text stands; such a fix is never applied. */
  refused?: string;
}

/** What a rule reports; positions are source offsets (see RuleContext helpers). */
export interface Report {
  start: number;
  end: number;
  message: string;
  /** The segment the finding stands in (gives the role). */
  segment?: number;
  suggestion?: string;
  fix?: Fix;
  /** Overrides the rule's severity for this finding (e.g. a banned phrase with its own severity). */
  severity?: Exclude<Severity, 'off'>;
  /** Structured extras for machine formats (a word diff, counts …). */
  data?: Record<string, unknown>;
}

/**
 * What a rule checking one document is given: the document's shared data
 * (see DocumentView: lines, front matter, campaigns, link targets, and the
 * analyses, each computed once per document when a rule first reads it), its
 * own options, and the way to report.
 */
export interface RuleContext extends DocumentView {
  /** The rule's options from the kit (`rules: { id: [severity, options] }`), {} when none. */
  readonly options: Record<string, unknown>;
  report(report: Report): void;
  /**
   * A fix replacing a source range when every character of it belongs to
   * verbatim segment text, with `text` escaped for how the file writes it
   * there (or refused, saying why).
   */
  fixSource(start: number, end: number, text: string): Fix | undefined;
}

/** The documents of one campaign, for rules that compare deliverables (the drift family). */
export interface CampaignGroup {
  id: string;
  /** The kit's campaign entry, when the campaign is declared there (absent for folder or front-matter campaigns). */
  config?: CampaignConfig;
  documents: Document[];
}

export interface CampaignRuleContext {
  readonly campaign: CampaignGroup;
  readonly kit: BrandKit;
  /** The folder document paths are relative to. */
  readonly cwd: string;
  readonly options: Record<string, unknown>;
  /** The campaign's deliverables with their facts (a calendar's posts one by one). */
  readonly deliverables: CampaignDeliverable[];
  /** The campaign's one-message evaluation: a row per fact kind, product, pillar and the CTA, a cell per deliverable. */
  readonly rows: Row[];
  /** The shared data of one of the campaign's documents. */
  dataOf(document: Document): DocumentView;
  /** Kit-derived data built once per run (see CompiledKit.derive). */
  derive<T>(build: (kit: BrandKit) => T): T;
  /** Reports a finding in one of the campaign's documents (source offsets of that document). */
  report(document: Document, report: Report): void;
}

/** What a rule checking the whole programme reports: a finding at a place, which the place itself locates. */
export type PlaceReport = Pick<Report, 'message' | 'suggestion' | 'severity' | 'data'>;

/**
 * Every campaign of the run, as profiles (plain data: they may come from
 * the cache, or from the reports of several shards at `brandlint merge`),
 * for rules that compare campaigns (the programme family).
 */
export interface ProgrammeRuleContext {
  readonly campaigns: readonly CampaignProfile[];
  /** Conflicting offers across the campaigns, computed once for every rule and the report. */
  readonly conflicts: readonly OfferConflict[];
  /** Segments that receive more messages than the kit allows. */
  readonly pressure: readonly ContactPressure[];
  readonly kit: BrandKit;
  readonly options: Record<string, unknown>;
  report(place: ProgrammePlace, report: PlaceReport): void;
}

/**
 * A rule checks one document (`check`), the documents of a campaign
 * together (`checkCampaign`), after every document has been read, or every
 * campaign together (`checkProgramme`), after every campaign is formed.
 */
export interface Rule {
  meta: RuleMeta;
  check?(context: RuleContext): void;
  checkCampaign?(context: CampaignRuleContext): void;
  checkProgramme?(context: ProgrammeRuleContext): void;
}

/**
 * A rule as brandlint knows it without importing its module (rules/catalog.ts,
 * generated from the modules): its metadata, and which checks the module has.
 */
export interface RuleEntry {
  meta: RuleMeta;
  /** The module has `check`. */
  checksDocuments: boolean;
  /** The module has `checkCampaign`. */
  checksCampaigns: boolean;
  /** The module has `checkProgramme`. */
  checksProgramme: boolean;
}

export type OutputSeverity = 'error' | 'warning';

/** A kit severity ('warn') as reports write it ('warning'). */
export function outputSeverity(severity: Exclude<Severity, 'off'>): OutputSeverity {
  return severity === 'error' ? 'error' : 'warning';
}

export interface Finding {
  ruleId: string;
  severity: OutputSeverity;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Source offsets (UTF-16 units into the decoded file). */
  start: number;
  end: number;
  channel: Channel;
  role?: Role;
  /** The flagged text as a reader sees it (entities decoded, markup left out); '' for document-level findings. */
  text: string;
  suggestion?: string;
  fix?: Fix;
  /** Why the suggestion is not offered as a fix: it cannot be written safely there. */
  fixRefused?: string;
  data?: Record<string, unknown>;
  /** True for a file that could not be read at all. */
  fatal?: boolean;
}

/**
 * A campaign's profile: what the checks across campaigns need to know of
 * it, taken from its evaluation when its documents are read — its window,
 * its audiences and products, its offer terms with the places that state
 * them, and its deliverables with their dates and audiences.
 *
 * The window is the kit's (`window`, else `truth.start`/`truth.end`);
 * whatever the kit leaves open is inferred from the deliverables — their
 * send dates (a calendar's date column, front matter, .eml Date headers)
 * and the offer dates they state — and the window then says so.
 */
import type { BrandKit } from '../config/types.js';
import { canonicalSegment } from '../config/segments.js';
import type { Document } from '../documents/types.js';
import type { CampaignDeliverable } from '../drift/deliverables.js';
import { factAgrees, type Row } from '../drift/evaluate.js';
import { campaignYear } from '../drift/truth.js';
import type { EvaluatedCampaign } from '../drift/report.js';
import { displayValue } from '../drift/values.js';
import { rulesOffAt } from '../engine/directives.js';
import type { DocumentData } from '../engine/document-data.js';
import { dayOf } from '../facts/dates.js';
import type { Fact } from '../facts/types.js';
import { audiencesWritten, dateWritten } from './audiences.js';
import {
  OFFER_TERMS,
  type CampaignProfile,
  type OfferTerm,
  type ProgrammeDeliverable,
  type ProgrammeOffer,
  type ProgrammePlace,
  type ProgrammeWindow,
} from './types.js';

export interface ProfileOptions {
  /** The programme rules of the run: inline directives may switch them off at a place. */
  ruleIds: readonly string[];
  /** The run's shared data of a document: its lines, and the text a reader sees in a range. */
  dataOf(document: Document): Pick<DocumentData, 'lines' | 'sourceIndex' | 'directives'>;
}

export function campaignProfile(campaign: EvaluatedCampaign, kit: BrandKit, options: ProfileOptions): CampaignProfile {
  const { group } = campaign;
  const config = group.config;
  const year = campaignYear(config);
  const placeOf = placer(options);
  const deliverables = campaign.deliverables.map((deliverable) => profileDeliverable(deliverable, kit, year, placeOf));
  const declaredAudiences = (config?.audiences ?? []).map((name) => canonicalSegment(kit.lexicon.segments, name) ?? name);
  const statedAudiences = unique(deliverables.flatMap((deliverable) => deliverable.audiences));
  const audiences = declaredAudiences.length > 0 ? unique(declaredAudiences) : statedAudiences;
  return {
    id: group.id,
    name: config?.name ?? null,
    declared: config !== undefined,
    window: campaignWindow(campaign, deliverables),
    audiences,
    audienceBasis: declaredAudiences.length > 0 ? 'kit' : statedAudiences.length > 0 ? 'deliverables' : null,
    products: config?.truth.products ?? [],
    offers: campaign.rows.flatMap((row) => offerOf(row, placeOf)),
    deliverables,
  };
}

type Placer = (deliverable: CampaignDeliverable, range: { start: number; end: number; segment?: number }) => ProgrammePlace;

function placer(options: ProfileOptions): Placer {
  return (deliverable, range) => {
    const { document } = deliverable;
    const { lines, sourceIndex, directives } = options.dataOf(document);
    const from = lines.position(range.start);
    const to = lines.position(range.end);
    const off = rulesOffAt(directives, { start: range.start, line: from.line }, options.ruleIds);
    return {
      path: document.path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      start: range.start,
      end: range.end,
      channel: document.channel,
      role: range.segment !== undefined ? (document.segments[range.segment]?.role ?? null) : null,
      text: sourceIndex.visibleText(range.start, range.end),
      ...(off.length > 0 ? { off } : {}),
    };
  };
}

function profileDeliverable(deliverable: CampaignDeliverable, kit: BrandKit, year: number | undefined, placeOf: Placer): ProgrammeDeliverable {
  const { document } = deliverable;
  // A calendar's post carries its own row; a whole document carries its metadata.
  const [only, ...others] = [...deliverable.segments].map((index) => document.segments[index]);
  const post = only?.role === 'post' && only.data && others.length === 0 ? only : undefined;
  const audiences = audiencesWritten(document, post).map(({ name }) => canonicalSegment(kit.lexicon.segments, name) ?? name);
  return {
    name: deliverable.name,
    channel: deliverable.channel,
    at: placeOf(deliverable, deliverable.anchor),
    date: dayOf(dateWritten(document, post), year) ?? null,
    audiences: unique(audiences),
  };
}

/** The kit's window, its open ends inferred from the deliverables' send dates and the offer dates they state. */
function campaignWindow(campaign: EvaluatedCampaign, deliverables: readonly ProgrammeDeliverable[]): ProgrammeWindow | null {
  const config = campaign.group.config;
  const declaredStart = (config?.window?.start ?? config?.truth.start)?.slice(0, 10);
  const declaredEnd = (config?.window?.end ?? config?.truth.end)?.slice(0, 10);
  const stated = campaign.rows
    .filter((row) => row.kind === 'start' || row.kind === 'deadline')
    .flatMap((row) => row.cells.flatMap((cell) => cell.facts.map((fact) => fact.value)))
    .filter((value) => /^\d{4}-\d{2}-\d{2}$/.test(value));
  const days = [...deliverables.flatMap((deliverable) => deliverable.date ?? []), ...stated].sort();
  const start = declaredStart ?? days[0] ?? declaredEnd;
  const end = declaredEnd ?? days[days.length - 1] ?? declaredStart;
  if (start === undefined || end === undefined) return null;
  const basis = declaredStart !== undefined && declaredEnd !== undefined ? 'kit' : 'deliverables';
  return end < start ? { start, end: start, basis } : { start, end, basis };
}

/** The campaign's value of an offer term — its truth, else what most deliverables state — and where deliverables state it. */
function offerOf(row: Row, placeOf: Placer): ProgrammeOffer[] {
  const expected = row.expected;
  if (!isOfferTerm(row.kind) || !expected) return [];
  const at = row.cells.flatMap((cell) =>
    cell.facts
      .filter((fact) => factAgrees(fact, expected))
      .map((fact) => ({ ...placeOf(cell.deliverable, factRange(fact)), deliverable: cell.deliverable.name })),
  );
  return [
    { kind: row.kind, value: expected.value, display: displayValue(row.kind, expected.value), basis: row.basis === 'truth' ? 'kit' : 'deliverables', at },
  ];
}

function factRange(fact: Fact): { start: number; end: number; segment: number } {
  return { start: fact.start, end: fact.end, segment: fact.segment };
}

function isOfferTerm(kind: string): kind is OfferTerm {
  return (OFFER_TERMS as readonly string[]).includes(kind);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

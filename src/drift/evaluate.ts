/**
 * The one-message evaluation of a campaign: one row per fact kind, product
 * and pillar, one cell per deliverable, each cell marked against what the
 * campaign says — its declared source of truth, else the consensus of its
 * deliverables. The drift rules report from it; the matrix shows it.
 */
import { distance } from 'fastest-levenshtein';
import type { BrandKit, CampaignConfig } from '../config/types.js';
import type { Channel } from '../documents/types.js';
import type { CampaignGroup } from '../engine/types.js';
import { linkPage } from '../facts/links.js';
import type { Fact, FactKind } from '../facts/types.js';
import type { CampaignDeliverable } from './deliverables.js';
import { expectedOfChannel, pillarsExpected } from './expectations.js';
import { truthValues, type TruthValue } from './truth.js';
import { KIND_LABELS, SINGLE_VALUED, valuesAgree } from './values.js';

export type CellStatus = 'agree' | 'outlier' | 'conflict' | 'missing' | 'none';

/** Where a row's expected value comes from: the kit, most deliverables, or nowhere (an even split). */
export type RowBasis = 'truth' | 'consensus' | 'conflict';

export interface StatedFact {
  deliverable: CampaignDeliverable;
  fact: Fact;
}

/** Facts of one row that state the same value, and how many deliverables state it (see clusterValues for spoken links). */
export interface ValueGroup {
  value: string;
  facts: StatedFact[];
  deliverables: number;
}

export interface Cell {
  deliverable: CampaignDeliverable;
  status: CellStatus;
  /** Whether the campaign expects the deliverable to state the row. */
  expected: boolean;
  /** What the deliverable states for the row. */
  facts: Fact[];
  /** The stated facts that disagree with the expected value (in a conflict, all that take a side). */
  offending: Fact[];
}

export interface Row {
  /** "discount", "product:Acme Cloud", "pillar:speed". */
  key: string;
  kind: FactKind;
  label: string;
  basis: RowBasis;
  /** The value every deliverable should state (none in a conflict). */
  expected?: TruthValue;
  /** Stated values, the most widely stated first. */
  groups: ValueGroup[];
  weight: number;
  cells: Cell[];
}

const OFFER_KINDS = new Set<FactKind>(['discount', 'price', 'code', 'start', 'deadline', 'trial']);
/** Kinds where one deliverable may state several values as long as one is the expected one (a plan table, a second button). */
const SEVERAL_ALLOWED = new Set<FactKind>(['price', 'cta']);

/** The rows of a campaign's evaluation; a run evaluates each campaign once (see CampaignData). */
export function evaluateCampaign(group: CampaignGroup, deliverables: CampaignDeliverable[], kit: BrandKit): Row[] {
  const truths = truthValues(group.config);
  const rows: Row[] = [];
  const config = group.config;
  for (const kind of [...SINGLE_VALUED, 'hashtag', 'cta'] as const) {
    const row = valueRow(
      kind,
      deliverables,
      truths.find((truth) => truth.kind === kind),
      config,
    );
    if (row) rows.push(row);
  }
  rows.push(
    ...presenceRows(
      'product',
      deliverables,
      truths,
      kit.lexicon.names.map((name) => name.name),
      config,
    ),
  );
  const pillarTruths = [...truths, ...pillarsExpected(config).map((value): TruthValue => ({ kind: 'pillar', value }))];
  rows.push(
    ...presenceRows(
      'pillar',
      deliverables,
      pillarTruths.filter((truth, index) => pillarTruths.findIndex((other) => other.kind === truth.kind && other.value === truth.value) === index),
      kit.messaging.pillars.map((pillar) => pillar.id),
      config,
    ),
  );
  return rows;
}

/** A kind the campaign states once: its facts compared with the truth, else with one another. */
function valueRow(kind: FactKind, deliverables: CampaignDeliverable[], truth: TruthValue | undefined, config: CampaignConfig | undefined): Row | undefined {
  if (kind === 'hashtag' && !truth) return undefined;
  const relevant = (fact: Fact): boolean => fact.kind === kind && (kind !== 'hashtag' || !truth || isNearHashtag(fact.value, truth.value));
  const stated = deliverables.flatMap((deliverable) => deliverable.facts.filter(relevant).map((fact) => ({ deliverable, fact })));
  if (!truth && stated.length === 0) return undefined;
  const groups = clusterValues(kind, stated);
  // The value most deliverables state, first (none when only the truth speaks).
  const [leader] = groups;
  const top = leader ? groups.filter((group) => group.deliverables === leader.deliverables) : [];
  const tied = !truth && leader !== undefined && top.some((group) => !sameDeliverables(group, leader));
  const basis: RowBasis = truth ? 'truth' : tied ? 'conflict' : 'consensus';
  const expected = truth ?? (tied || !leader ? undefined : { kind, value: leader.value });
  const consensusValues = basis === 'consensus' ? top.map((group) => group.value) : [];
  // In an even split only a spoken link agrees: with the page every side shares (the sides differ in UTM parameters alone).
  const agrees = (fact: Fact): boolean =>
    expected === undefined
      ? top.every((group) => fact.spoken === true && agreesWithValue(fact, group.value))
      : factAgrees(fact, expected) || consensusValues.some((value) => agreesWithValue(fact, value));
  const stating = new Set(stated.map(({ deliverable }) => deliverable)).size;
  const cells = deliverables.map((deliverable): Cell => {
    const facts = deliverable.facts.filter(relevant);
    const isExpected =
      expectedOfChannel(config, deliverable.channel, kind) ??
      (carries(kind, deliverable.channel) && (truth !== undefined || stating * 2 >= deliverables.length));
    const anyAgrees = facts.some(agrees);
    const offending = basis !== 'conflict' && SEVERAL_ALLOWED.has(kind) && anyAgrees ? [] : facts.filter((fact) => !agrees(fact));
    const status: CellStatus = offending.length > 0 ? (basis === 'conflict' ? 'conflict' : 'outlier') : anyAgrees ? 'agree' : isExpected ? 'missing' : 'none';
    return { deliverable, status, expected: isExpected, facts, offending };
  });
  return { key: kind, kind, label: kind, basis, ...(expected ? { expected } : {}), groups, weight: OFFER_KINDS.has(kind) ? 2 : 1, cells };
}

/**
 * A link agrees when the parts the truth declares agree (a spoken link: its
 * host and path, as it carries no UTM parameters); other values as
 * valuesAgree says.
 */
export function factAgrees(fact: Fact, expected: TruthValue): boolean {
  if (!expected.parts || !fact.parts) return agreesWithValue(fact, expected.value);
  const compared = Object.entries(expected.parts).filter(([key]) => !fact.spoken || key === 'host' || key === 'path');
  return compared.every(([key, value]) => (key === 'path' && value === '') || fact.parts?.[key] === value);
}

function agreesWithValue(fact: Fact, value: string): boolean {
  return fact.spoken ? linkPage(fact.value) === linkPage(value) : valuesAgree(fact.kind, fact.value, value);
}

/**
 * Whether two values are stated by the very same deliverables. Values that
 * always come together (the tiers of a price table, an early-bird and a
 * standard deadline) are no even split: each is part of the consensus.
 */
function sameDeliverables(a: ValueGroup, b: ValueGroup): boolean {
  const of = (group: ValueGroup): Set<CampaignDeliverable> => new Set(group.facts.map(({ deliverable }) => deliverable));
  const inA = of(a);
  const inB = of(b);
  return inA.size === inB.size && [...inA].every((deliverable) => inB.has(deliverable));
}

/** A hashtag one or two edits from the campaign's is a misspelling of it; any other is just another hashtag. */
function isNearHashtag(value: string, truth: string): boolean {
  return value.toLowerCase() === truth.toLowerCase() || (truth.length >= 6 && distance(value.toLowerCase(), truth.toLowerCase()) <= 2);
}

/**
 * Stated facts grouped by agreeing value, the groups stated by the most
 * deliverables first (first stated first on a tie). Spoken links group by
 * page apart from written ones; a page some written link states is decided
 * by the written links, so its spoken group counts no deliverable.
 */
function clusterValues(kind: FactKind, stated: StatedFact[]): ValueGroup[] {
  const written = groupFacts(
    stated.filter(({ fact }) => !fact.spoken),
    (a, b) => valuesAgree(kind, a, b),
  );
  const spoken = groupFacts(
    stated.filter(({ fact }) => fact.spoken),
    (a, b) => linkPage(a) === linkPage(b),
  );
  for (const group of spoken) if (written.some((other) => linkPage(other.value) === linkPage(group.value))) group.deliverables = 0;
  return [...written, ...spoken]
    .map((group, order) => ({ group, order }))
    .sort((a, b) => b.group.deliverables - a.group.deliverables || a.order - b.order)
    .map(({ group }) => group);
}

function groupFacts(stated: StatedFact[], agree: (a: string, b: string) => boolean): ValueGroup[] {
  const groups: ValueGroup[] = [];
  // A value joins the first group it agrees with; groups only ever come after, so a value met before joins the same one.
  const groupOfValue = new Map<string, ValueGroup>();
  for (const item of stated) {
    const { value } = item.fact;
    let group = groupOfValue.get(value) ?? groups.find((candidate) => agree(candidate.value, value));
    if (group) group.facts.push(item);
    else groups.push((group = { value, facts: [item], deliverables: 0 }));
    groupOfValue.set(value, group);
  }
  for (const group of groups) group.deliverables = new Set(group.facts.map(({ deliverable }) => deliverable)).size;
  return groups;
}

/**
 * Products and pillars: one row per name, marking who states it. The rows
 * are the truth's list, else every name some deliverable states (in kit
 * order); a name is expected where the truth lists it or half the
 * deliverables state it.
 */
function presenceRows(
  kind: 'product' | 'pillar',
  deliverables: CampaignDeliverable[],
  truths: TruthValue[],
  kitOrder: string[],
  config: CampaignConfig | undefined,
): Row[] {
  const declared = truths.filter((truth) => truth.kind === kind).map((truth) => truth.value);
  const stated = new Set(deliverables.flatMap((deliverable) => deliverable.facts.filter((fact) => fact.kind === kind).map((fact) => fact.value)));
  const names = declared.length > 0 ? declared : kitOrder.filter((name) => stated.has(name));
  return names.map((name) => {
    const holds = (deliverable: CampaignDeliverable): Fact[] => deliverable.facts.filter((fact) => fact.kind === kind && valuesAgree(kind, fact.value, name));
    const stating = deliverables.filter((deliverable) => holds(deliverable).length > 0).length;
    const basis: RowBasis = declared.length > 0 ? 'truth' : 'consensus';
    const cells = deliverables.map((deliverable): Cell => {
      const facts = holds(deliverable);
      const expected = expectedOfChannel(config, deliverable.channel, kind, name) ?? (basis === 'truth' || stating * 2 >= deliverables.length);
      return { deliverable, status: facts.length > 0 ? 'agree' : expected ? 'missing' : 'none', expected, facts, offending: [] };
    });
    const groups =
      stating > 0
        ? [{ value: name, facts: deliverables.flatMap((deliverable) => holds(deliverable).map((fact) => ({ deliverable, fact }))), deliverables: stating }]
        : [];
    return { key: `${kind}:${name}`, kind, label: `${KIND_LABELS[kind]} ${name}`, basis, expected: { kind, value: name }, groups, weight: 1, cells };
  });
}

/** A call script has no link to follow; only social posts carry the campaign hashtag. */
function carries(kind: FactKind, channel: Channel): boolean {
  if (kind === 'link') return channel !== 'call';
  if (kind === 'hashtag') return channel === 'social';
  return true;
}

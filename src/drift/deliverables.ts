/**
 * The deliverables of a campaign with their facts. A deliverable is a
 * document, or one post of a content calendar (see messaging/deliverables);
 * a post whose campaign column names another campaign is not one of this
 * campaign's.
 */
import type { BrandKit } from '../config/types.js';
import { LineIndex } from '../documents/positions.js';
import type { Channel, Document } from '../documents/types.js';
import type { CampaignGroup } from '../engine/types.js';
import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/types.js';
import { deliverablesOf } from '../messaging/deliverables.js';
import type { SourceRange } from '../messaging/joined-text.js';
import { analyze } from '../nlp/analyze.js';
import { campaignYear } from './truth.js';

export interface CampaignDeliverable {
  /** The document's path, with the line of the post for a calendar post: "social.csv:3". */
  name: string;
  document: Document;
  channel: Channel;
  /** Where findings about the deliverable as a whole point. */
  anchor: SourceRange;
  /** "This email", "This post" … */
  label: string;
  /** The document's segments that belong to the deliverable. */
  segments: Set<number>;
  facts: Fact[];
}

const cache = new WeakMap<CampaignGroup, WeakMap<BrandKit, CampaignDeliverable[]>>();

export function campaignDeliverables(group: CampaignGroup, kit: BrandKit): CampaignDeliverable[] {
  let byKit = cache.get(group);
  if (!byKit) cache.set(group, (byKit = new WeakMap()));
  let deliverables = byKit.get(kit);
  if (!deliverables) byKit.set(kit, (deliverables = collect(group, kit)));
  return deliverables;
}

function collect(group: CampaignGroup, kit: BrandKit): CampaignDeliverable[] {
  const year = campaignYear(group.config);
  return group.documents.flatMap((document) => {
    const facts = extractFacts(document, analyze(document), kit, year);
    const parts = deliverablesOf(document, kit);
    const isCalendar = parts.length > 1;
    return parts
      .filter((part) => !isCalendar || postBelongs(document, [...part.segments][0], group))
      .map((part) => ({
        name: isCalendar ? `${document.path}:${lineOf(document, part.anchor.start)}` : document.path,
        document,
        channel: document.channel,
        anchor: part.anchor,
        label: part.label,
        segments: part.segments,
        facts: isCalendar ? facts.filter((fact) => part.segments.has(fact.segment)) : facts,
      }));
  });
}

/** A post belongs to the campaign its campaign column names, or, with none, to its file's campaigns. */
function postBelongs(document: Document, segment: number, group: CampaignGroup): boolean {
  const named =
    document.segments[segment].data?.campaign
      ?.split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean) ?? [];
  if (named.length === 0) return true;
  return [group.id, group.config?.name].some((name) => name !== undefined && named.includes(name.toLowerCase()));
}

const lineIndexes = new WeakMap<Document, LineIndex>();

export function positionIn(document: Document, offset: number): { line: number; column: number } {
  let lines = lineIndexes.get(document);
  if (!lines) lineIndexes.set(document, (lines = new LineIndex(document.source)));
  return lines.position(offset);
}

function lineOf(document: Document, offset: number): number {
  return positionIn(document, offset).line;
}

/** "landing.md:9:9": where a fact stands, for messages that point at other files. */
export function whereIs(document: Document, offset: number): string {
  const { line, column } = positionIn(document, offset);
  return `${document.path}:${line}:${column}`;
}

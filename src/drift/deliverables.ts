/**
 * The deliverables of a campaign with their facts. A deliverable is a
 * document, or one post of a content calendar (see messaging/deliverables);
 * a post whose campaign column names another campaign is not one of this
 * campaign's.
 */
import type { LineIndex, Position } from '../documents/positions.js';
import type { Channel, Document } from '../documents/types.js';
import type { CampaignGroup } from '../engine/types.js';
import type { Fact } from '../facts/types.js';
import type { Deliverable } from '../messaging/deliverables.js';
import type { SourceRange } from '../text/joined-text.js';
import { campaignYear, isCampaignFact } from './truth.js';
import { groupBy } from '../text/group-by.js';

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
  /** The document's line index, for locations in messages and reports. */
  lines: LineIndex;
}

/** A member document's shared data in a run (see DocumentData). */
export interface MemberData {
  readonly document: Document;
  readonly lines: LineIndex;
  readonly deliverables: readonly Deliverable[];
  facts(campaignYear?: number): Fact[];
}

/** The campaign's deliverables, in document order; a run collects them once per campaign (see CampaignData). */
export function collectDeliverables(group: CampaignGroup, dataOf: (document: Document) => MemberData): CampaignDeliverable[] {
  const year = campaignYear(group.config);
  return group.documents.flatMap((document) => {
    const data = dataOf(document);
    const truth = group.config?.truth;
    const facts = truth ? data.facts(year).filter((fact) => isCampaignFact(fact, truth)) : data.facts(year);
    const parts = data.deliverables;
    const isCalendar = parts.length > 1;
    const factsBySegment = isCalendar ? groupBy(facts, (fact) => fact.segment) : new Map<number, Fact[]>();
    return parts
      .filter((part) => {
        const [firstSegment] = part.segments;
        return !isCalendar || (firstSegment !== undefined && postBelongs(document, firstSegment, group));
      })
      .map((part) => ({
        name: isCalendar ? `${document.path}:${data.lines.position(part.anchor.start).line}` : document.path,
        document,
        channel: document.channel,
        anchor: part.anchor,
        label: part.label,
        segments: part.segments,
        facts: isCalendar ? [...part.segments].flatMap((segment) => factsBySegment.get(segment) ?? []) : facts,
        lines: data.lines,
      }));
  });
}

/** A post belongs to the campaign its campaign column names, or, with none, to its file's campaigns. */
function postBelongs(document: Document, segment: number, group: CampaignGroup): boolean {
  const named =
    document.segments[segment]?.data?.campaign
      ?.split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean) ?? [];
  if (named.length === 0) return true;
  return [group.id, group.config?.name].some((name) => name !== undefined && named.includes(name.toLowerCase()));
}

export function positionIn(deliverable: CampaignDeliverable, offset: number): Position {
  return deliverable.lines.position(offset);
}

/** "landing.md:9:9": where a fact stands, for messages that point at other files. */
export function whereIs(deliverable: CampaignDeliverable, offset: number): string {
  const { line, column } = positionIn(deliverable, offset);
  return `${deliverable.document.path}:${line}:${column}`;
}

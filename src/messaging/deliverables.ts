/**
 * What one deliverable is: a whole document, except in a content calendar,
 * where every post is published on its own and is held to the playbook on
 * its own. Each deliverable knows its campaigns and where a finding about it
 * as a whole stands.
 */
import type { CampaignConfig } from '../config/types.js';
import type { Channel, Document, Segment } from '../documents/types.js';
import { firstOfRoles } from '../channels/anchors.js';
import type { SourceRange } from '../text/joined-text.js';
import { wholePost } from '../channels/social/posts.js';

export interface Deliverable {
  /** Indexes of the segments that belong to it. */
  segments: Set<number>;
  campaigns: CampaignConfig[];
  /** Where findings about the deliverable as a whole point. */
  anchor: SourceRange;
  /** "This email", "This post" … for messages. */
  label: string;
}

const LABELS: Record<Channel, string> = { email: 'This email', web: 'This page', social: 'This post', call: 'This call script' };

/** Roles that head a document, in order of preference, for findings about the whole of it. */
const HEADING_ROLES = ['subject', 'title', 'heading', 'post', 'agent', 'body'] as const;

/** What deliverables are told from: a document's shared data in a run (see DocumentData). */
export interface DeliverableSource {
  readonly document: Document;
  /** The document's campaigns. */
  readonly campaigns: readonly CampaignConfig[];
  campaignsOfSegment(segment: Segment): CampaignConfig[];
}

export function deliverablesOf(source: DeliverableSource): Deliverable[] {
  const { document } = source;
  const posts = document.segments.filter((segment) => segment.role === 'post');
  if (posts.length > 1) {
    return posts.map((post) => ({
      segments: new Set([post.index]),
      campaigns: source.campaignsOfSegment(post),
      anchor: wholePost(post),
      label: LABELS.social,
    }));
  }
  return [
    {
      segments: new Set(document.segments.map((segment) => segment.index)),
      campaigns: [...source.campaigns],
      anchor: firstOfRoles(document, HEADING_ROLES),
      label: LABELS[document.channel],
    },
  ];
}

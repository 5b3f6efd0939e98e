/** Social posts and what rules read from them: platforms, hashtags, sponsorship. */
import type { Document, Segment } from '../../documents/types.js';
import { segmentRange, type SourceRange } from '../../text/joined-text.js';

export function postsOf(document: Document): Segment[] {
  return document.segments.filter((segment) => segment.role === 'post');
}

/** Every platform a post is published on (a calendar row may name several). */
export function platformsOfPost(post: Segment): string[] {
  const listed = post.data?.platforms
    ?.split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (listed && listed.length > 0) return listed;
  return post.platform ? [post.platform] : [];
}

export interface Hashtag {
  /** As written, with the #. */
  text: string;
  /** Segment offsets. */
  start: number;
  end: number;
}

export function hashtagsOf(post: Segment): Hashtag[] {
  return post.opaque
    .filter((span) => span.kind === 'hashtag')
    .map((span) => ({ text: post.text.slice(span.start, span.end), start: span.start, end: span.end }));
}

/** Hashtags are the same tag in any case: #SpringSale is #springsale. */
export function sameHashtag(a: string, b: string): boolean {
  const fold = (tag: string): string => tag.replace(/^#/, '').toLowerCase();
  return fold(a) === fold(b);
}

/** A post is sponsored when its calendar row or its front matter says so (the parsers put either in `data`). */
export function isSponsored(post: Segment): boolean {
  return post.data?.sponsored === 'true';
}

/** The whole post, without the line break that ends its file. */
export function wholePost(post: Segment): SourceRange {
  return segmentRange(post, 0, post.text.trimEnd().length);
}

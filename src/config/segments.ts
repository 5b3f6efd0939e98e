/**
 * The one vocabulary of segments (`lexicon.segments`): what a name given to
 * an audience is in it — one of its segments, a name it replaces, or
 * nothing it knows. Names compare in any case.
 */
import type { PreferredTerm } from './types.js';
import { closestMatch } from './wording.js';

export type SegmentName =
  | { kind: 'segment'; use: string }
  /** A name the vocabulary replaces ("SMB" for "small business"). */
  | { kind: 'replaced'; use: string }
  /** Not in the vocabulary; `closest` is a segment it may be a typo of. */
  | { kind: 'unknown'; closest?: string };

export function segmentName(segments: readonly PreferredTerm[], name: string): SegmentName {
  const wanted = fold(name);
  const segment = segments.find((entry) => fold(entry.use) === wanted);
  if (segment) return { kind: 'segment', use: segment.use };
  const replacing = segments.find((entry) => entry.insteadOf.some((other) => fold(other) === wanted));
  if (replacing) return { kind: 'replaced', use: replacing.use };
  const closest = closestMatch(
    name,
    segments.map((entry) => entry.use),
  );
  return closest === undefined ? { kind: 'unknown' } : { kind: 'unknown', closest };
}

/** The segment a name stands for, when the vocabulary has it (as a segment or a name it replaces). */
export function canonicalSegment(segments: readonly PreferredTerm[], name: string): string | undefined {
  const found = segmentName(segments, name);
  return found.kind === 'unknown' ? undefined : found.use;
}

function fold(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

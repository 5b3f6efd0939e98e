/**
 * Audiences and send dates a deliverable gives itself: a content calendar's
 * audience and date columns, per post; elsewhere the document's metadata —
 * front matter (`audience:`, `segments:`, `date:`, `send_date:` …) or an
 * .eml's Date header. Keys go by the names calendar columns go by.
 */
import { readFrontMatter } from '../documents/front-matter.js';
import { fieldOf } from '../documents/parsers/social-fields.js';
import type { Document, Segment } from '../documents/types.js';

/** An audience name as written, with its source range when the file gives one. */
export interface WrittenAudience {
  name: string;
  start?: number;
  end?: number;
}

/** Names in one value: "trial users, small business" is two. */
const SEPARATORS = /[,;|]/;

/** The audiences a calendar post names in its row, else those the document names in its metadata. */
export function audiencesWritten(document: Document, post?: Segment): WrittenAudience[] {
  const cell = post?.data?.audience;
  if (cell !== undefined) return namesInRange(document.source, cell, post?.dataRanges?.audience);
  return metadataAudiences(document);
}

/** The send or publish date as written: the calendar post's date cell, else the document's metadata date. */
export function dateWritten(document: Document, post?: Segment): unknown {
  if (post?.data?.date !== undefined) return post.data.date;
  const key = Object.keys(document.meta).find((name) => fieldOf(name) === 'date');
  return key === undefined ? undefined : document.meta[key];
}

function metadataAudiences(document: Document): WrittenAudience[] {
  const key = Object.keys(document.meta).find((name) => fieldOf(name) === 'audience');
  if (key === undefined) return [];
  const value = document.meta[key];
  const frontMatter = readFrontMatter(document.source);
  if (typeof value === 'string') return namesInRange(document.source, value, frontMatter?.ranges[key] && unquoted(frontMatter.ranges[key]));
  if (!Array.isArray(value)) return [];
  const items = frontMatter?.itemRanges[key] ?? [];
  return value.flatMap((item, index) => {
    if (typeof item !== 'string') return [];
    const itemRange = items.length === value.length ? items[index] : undefined;
    const range = itemRange && unquoted(itemRange);
    return namesInRange(document.source, item, range);
  });
}

/** The range of a YAML scalar's text inside its quotes. */
function unquoted(range: { start: number; end: number; raw: string }): { start: number; end: number } {
  const quoted = /^(["']).*\1$/s.test(range.raw);
  return quoted ? { start: range.start + 1, end: range.end - 1 } : range;
}

/**
 * The names of a value, each at its place inside `range` when the range
 * holds the value's text; without a range (or when quoting changed the
 * text) the names carry no place.
 */
function namesInRange(source: string, value: string, range: { start: number; end: number } | undefined): WrittenAudience[] {
  const written = range ? source.slice(range.start, range.end) : undefined;
  const located = written !== undefined && written.trim() === value.trim();
  const names: WrittenAudience[] = [];
  let offset = 0;
  for (const part of value.split(SEPARATORS)) {
    const name = part.trim();
    const at = offset + part.indexOf(name);
    offset += part.length + 1;
    if (name === '') continue;
    if (!located) {
      names.push({ name });
      continue;
    }
    const start = range!.start + written.indexOf(value.trim()) + at - (value.length - value.trimStart().length);
    names.push({ name, start, end: start + name.length });
  }
  return names;
}

/**
 * The document model every parser produces and every rule reads.
 *
 * Offsets are UTF-16 code units into the decoded source text (BOM removed),
 * ranges are half-open. 1-based lines and columns exist only in findings.
 */
import type { OffsetMap } from './source-map.js';

export const CHANNELS = ['email', 'web', 'social', 'call'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What a piece of text is to the reader. Rules select segments by role
 * (a subject-line rule reads `subject`, a CTA rule reads `button`, …).
 */
export type Role =
  | 'subject' // email subject line
  | 'preheader' // hidden preview text at the top of an email body
  | 'title' // page title (web <title> or front matter title)
  | 'description' // meta / front matter description
  | 'heading'
  | 'body' // paragraphs and other running text
  | 'list-item'
  | 'table-cell'
  | 'quote' // blockquote
  | 'link' // link text
  | 'button' // a link or button styled as a call to action
  | 'alt' // image alt text
  | 'post' // one social post
  | 'agent' // what the agent says in a call script
  | 'customer' // what the other party says in a call script (context only)
  | 'direction'; // stage direction in a call script: not spoken

/** The other party of a call and stage directions: context, never the brand's own words. */
const NOT_BRAND_ROLES: ReadonlySet<Role> = new Set<Role>(['customer', 'direction']);

export function isBrandRole(role: Role): boolean {
  return !NOT_BRAND_ROLES.has(role);
}

/** Roles of the brand's own copy, in reading order; the other party of a call and stage directions follow in ROLES. */
export const BRAND_ROLES = [
  'subject',
  'preheader',
  'title',
  'description',
  'heading',
  'body',
  'list-item',
  'table-cell',
  'quote',
  'link',
  'button',
  'alt',
  'post',
  'agent',
] as const satisfies readonly Role[];

export type BrandRole = (typeof BRAND_ROLES)[number];

export const ROLES: readonly Role[] = [...BRAND_ROLES, 'customer', 'direction'];

/** Kinds of text inside a segment that are never words of the copy. */
export type OpaqueKind = 'merge-tag' | 'url' | 'email' | 'handle' | 'hashtag' | 'code' | 'emoji';

export interface OpaqueSpan {
  kind: OpaqueKind;
  /** Segment offsets, half-open. */
  start: number;
  end: number;
}

export interface Segment {
  /** Index of the segment in its document. */
  index: number;
  role: Role;
  /** The text a reader sees: markup removed, entities decoded, invisible padding dropped. */
  text: string;
  /** Maps every offset of `text` back to the decoded source. */
  map: OffsetMap;
  /**
   * Segments that share a block number form one paragraph-like unit
   * (e.g. the text runs and links of one <p>). Readability per paragraph uses it.
   */
  block: number;
  /** Merge tags, URLs, handles, hashtags, inline code, emoji inside `text`. */
  opaque: OpaqueSpan[];
  /** Link target for `link` and `button` segments. */
  href?: string;
  /** Heading level 1–6 for `heading` segments. */
  level?: number;
  /** Social platform of a `post` segment (x, linkedin, instagram, threads, bluesky, facebook, mastodon, …). */
  platform?: string;
  /** Speaker label as written, for call-script lines. */
  speaker?: string;
  /** The heading of the section the segment stands in (call scripts, web pages). */
  section?: string;
  /** Free per-parser facts: calendar row fields (date, campaign, sponsored), …. */
  data?: Record<string, string>;
  /** Source ranges of the values in `data` where the file holds them (calendar cells), by the same keys. */
  dataRanges?: Record<string, { start: number; end: number }>;
}

export interface Link {
  href: string;
  /** Index of the segment holding its visible text, when it has one. */
  segment?: number;
  /** Source range of the whole element (e.g. the <a> tag). */
  start: number;
  end: number;
}

export interface Image {
  src: string;
  /** `undefined` when the element has no alt attribute at all; '' for alt="". */
  alt: string | undefined;
  /** Width/height attributes as written, used to tell spacer images. */
  width?: string;
  height?: string;
  start: number;
  end: number;
}

/** An inline control comment: brandlint-disable / enable / disable-next-line. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source range of the comment itself. */
  start: number;
  end: number;
  /** 1-based source line the comment stands on. */
  line: number;
}

/** How the bytes of the file were decoded; kept so that --fix writes the same bytes back. */
export interface SourceEncoding {
  encoding: 'utf8' | 'utf16le' | 'utf16be';
  bom: boolean;
  /** The dominant line ending in the file. */
  eol: '\n' | '\r\n' | '\r';
}

export interface Document {
  /** Path as given on the command line or found while walking, relative to the working directory. */
  path: string;
  channel: Channel;
  /** Decoded source text (BOM removed). All offsets point into it. */
  source: string;
  encoding: SourceEncoding;
  segments: Segment[];
  links: Link[];
  images: Image[];
  directives: Directive[];
  /** Front matter of Markdown files, headers of .eml files, and similar metadata. */
  meta: Record<string, unknown>;
  /** Problems met while reading (malformed markup the parser recovered from). */
  warnings: ParseWarning[];
}

export interface ParseWarning {
  message: string;
  start: number;
  end: number;
}

/** Thrown by a parser for a file it cannot read at all (binary, invalid encoding …). */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly offset = 0,
    /** 1-based line of `offset`, where the finding points. */
    readonly line = 1,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

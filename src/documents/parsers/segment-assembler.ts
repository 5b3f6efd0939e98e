/**
 * Turns a walk over marked-up text into segments. The walkers for HTML,
 * Markdown and Word documents all say the same few things — "a block ends
 * here", "this is a heading", "a link starts" — and the assembler decides
 * what becomes a segment, with which role and block number.
 */
import { SegmentList, type SegmentExtras } from '../parser.js';
import { SegmentTextBuilder } from '../source-map.js';
import { ends, itemAt } from '../../text/items.js';
import type { Image, Link, Role, Segment } from '../types.js';

type LinkRole = Extract<Role, 'link' | 'button'>;

/**
 * Template logic that renders no text of its own: Handlebars blocks,
 * partials and comments, Liquid and Jinja tags, Hugo shortcodes, AMPscript
 * blocks. A run of text made of nothing else is not copy.
 */
const TEMPLATE_LOGIC = /\{\{~?\s*(?:[#/^!>]|else\b)[\s\S]*?\}\}|\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}|%%\[[\s\S]*?\]%%/g;

/** Text made only of the punctuation that sets links apart in a row (`Privacy | Terms`, `Preferences · Unsubscribe`). */
const LINK_SEPARATOR = /^[\s|•·∙⋅/\\–—-]+$/u;
const LINK_ROLES: ReadonlySet<Role> = new Set<Role>(['link', 'button', 'alt']);

interface RoleFrame {
  role: Role;
  extras: SegmentExtras;
}

interface LinkFrame {
  link: Link;
  role: LinkRole;
  /** An image alt text inside the link, its text when the link has no words. */
  altSegment?: number;
}

export interface AssembledSegments {
  segments: Segment[];
  links: Link[];
  images: Image[];
}

export class SegmentAssembler {
  private readonly list = new SegmentList();
  readonly links: Link[] = [];
  readonly images: Image[] = [];
  private run = new SegmentTextBuilder();
  private linkText = new SegmentTextBuilder();
  private readonly roles: RoleFrame[] = [{ role: 'body', extras: {} }];
  /** Open links, outermost first; only the outermost one collects text (a link nested in a link has none of its own). */
  private readonly openLinks: LinkFrame[] = [];
  /** Block number of the paragraph being read; undefined until it has text. */
  private block: number | undefined;
  /** Text of the latest heading, the section later segments stand in. */
  private section: string | undefined;

  /** The segments so far, in reading order. */
  get segments(): readonly Segment[] {
    return this.list.segments;
  }

  /** Where text goes now: the open link's text, else the running paragraph. */
  get text(): SegmentTextBuilder {
    return this.inLink ? this.linkText : this.run;
  }

  private get inLink(): boolean {
    return this.openLinks.length > 0;
  }

  /** A paragraph-like block ends: what follows starts a new segment and block. */
  endBlock(): void {
    this.lineBreak();
    this.block = undefined;
  }

  /** A line break inside a block: a new segment in the same block. */
  lineBreak(): void {
    if (this.inLink) this.flushLinkText();
    else this.flushRun();
  }

  /** Reads a block whose text has `role` (a heading, a list item, a cell …). */
  withRole(role: Role, extras: SegmentExtras, read: () => void): void {
    this.endBlock();
    this.roles.push({ role, extras });
    read();
    this.endBlock();
    this.roles.pop();
  }

  /** Reads inline code: it stays in the text as an opaque span, so the words on both sides of it stay apart. */
  withOpaqueCode(read: () => void): void {
    const builder = this.text;
    const start = builder.textLength;
    read();
    if (this.text === builder) builder.markOpaque('code', start, builder.textLength);
  }

  openLink(href: string, role: LinkRole, start: number): void {
    const link: Link = { href, start, end: start };
    this.links.push(link);
    if (!this.inLink) this.flushRun(true);
    this.openLinks.push({ link, role });
  }

  closeLink(end: number): void {
    const frame = this.openLinks.at(-1);
    if (!frame) return;
    frame.link.end = Math.max(frame.link.start, end);
    if (this.openLinks.length === 1) this.flushLinkText();
    this.openLinks.pop();
    frame.link.segment ??= frame.altSegment;
  }

  /**
   * Records an image. A non-empty alt text becomes an `alt` segment where
   * the image stands: like a link, it splits the running text around it.
   */
  addImage(image: Image, alt?: SegmentTextBuilder): void {
    this.images.push(image);
    if (!alt || !hasText(alt)) return;
    if (!this.inLink) this.flushRun();
    const segment = this.addToBlock(alt, 'alt', {});
    const frame = this.openLinks[0];
    if (segment && frame) frame.altSegment ??= segment.index;
  }

  /** A segment that is a block by itself (a title, a subject line, a form button). */
  addOwnBlock(builder: SegmentTextBuilder, role: Role, extras: SegmentExtras = {}): Segment | undefined {
    if (!hasText(builder)) return undefined;
    return this.list.add(builder, role, this.withSection(role, extras), this.list.nextBlock());
  }

  finish(): AssembledSegments {
    this.endBlock();
    return { segments: this.list.segments, links: this.links, images: this.images };
  }

  /** Ends the running text; `beforeLink` when a link follows it in the same block. */
  private flushRun(beforeLink = false): void {
    const builder = this.run;
    this.run = new SegmentTextBuilder();
    if (this.isLinkSeparator(builder, beforeLink)) return;
    const { role, extras } = ends(this.roles).last;
    const segment = this.addToBlock(builder, role, extras);
    if (segment?.role === 'heading') this.section = segment.text;
  }

  /** A separator between links, or trailing after one, is layout, not copy. */
  private isLinkSeparator(builder: SegmentTextBuilder, beforeLink: boolean): boolean {
    if (builder.textLength === 0 || !LINK_SEPARATOR.test(builder.finish().text)) return false;
    const previous = this.list.segments.at(-1);
    return beforeLink || (previous !== undefined && previous.block === this.block && LINK_ROLES.has(previous.role));
  }

  private flushLinkText(): void {
    const builder = this.linkText;
    this.linkText = new SegmentTextBuilder();
    const frame = itemAt(this.openLinks, 0);
    const segment = this.addToBlock(builder, frame.role, { href: frame.link.href });
    if (segment) frame.link.segment ??= segment.index;
  }

  private addToBlock(builder: SegmentTextBuilder, role: Role, extras: SegmentExtras): Segment | undefined {
    if (!isCopy(builder)) return undefined;
    this.block ??= this.list.nextBlock();
    return this.list.add(builder, role, this.withSection(role, extras), this.block);
  }

  private withSection(role: Role, extras: SegmentExtras): SegmentExtras {
    return role === 'heading' || this.section === undefined ? extras : { ...extras, section: this.section };
  }
}

function hasText(builder: SegmentTextBuilder): boolean {
  return builder.textLength > 0 && builder.finish().text.length > 0;
}

function isCopy(builder: SegmentTextBuilder): boolean {
  return builder.textLength > 0 && builder.finish().text.replace(TEMPLATE_LOGIC, '').trim() !== '';
}

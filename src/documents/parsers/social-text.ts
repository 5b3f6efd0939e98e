/**
 * Single social posts and plain text files.
 *
 * A post file (`.txt`, or Markdown routed to the social channel) is one
 * post: the text after the front matter, as written, line breaks and all,
 * because that is what gets posted. Left out of it: `<!-- brandlint-… -->`
 * directive comments and, in Markdown posts, other HTML comments and
 * `![alt](src)` images, which posting tools such as galaxy-social turn into
 * attachments (their alt text becomes an `alt` segment). A Markdown link
 * `[text](url)` in such a post reads as its text followed by its URL, as
 * the tools post it to Mastodon or Bluesky; the link is kept as a Link.
 * Images and links are those of the post's Markdown tree (remark, as for
 * pages), so none is taken from code, a comment or another image's alt text.
 *
 * A plain text file on another channel (the text/plain part of an email, a
 * `.txt` page) is read as paragraphs separated by blank lines.
 */
import { extensionOf } from '../channel.js';
import { readFrontMatter } from '../front-matter.js';
import { SegmentList, type Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import { ends } from '../../text/items.js';
import type { Directive, ParseWarning, Segment } from '../types.js';
import { directivesIn, findComments, type Comment } from './comments.js';
import type { Image, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { appendKept, isBlank, mergeRanges, overlapping, splitLines, widenCutsToLines, type Range, type SourceLine } from './lines.js';
import { imageAltText, labelEnd, nodeRange, parseMarkdownTree } from './markdown-tree.js';
import { dataString, fieldOf, isTruthy, markEmojiShortcodes, platformsOf } from './social-fields.js';

const MARKDOWN_EXTENSIONS = ['.md', '.mdx', '.markdown'];

export const parseSocialText: Parser = (input) => {
  const { source } = input;
  const header = readHeader(source);
  const markdown = MARKDOWN_EXTENSIONS.includes(extensionOf(input.path));
  const { images, links } = markdown ? imagesAndLinks(source) : { images: [], links: [] };
  const cuts = widenCutsToLines(source, splitLines(source, header.bodyStart), [...header.directives, ...(markdown ? header.comments : []), ...images]);

  const builder = new SegmentTextBuilder();
  appendPostText(builder, source, header.bodyStart, cuts, links);
  const platforms = frontMatterPlatforms(header.data);
  const platform = platforms[0] ?? input.options.defaultPlatform;
  const data = frontMatterPostData(header.data);

  const list = new SegmentList();
  const post = list.add(builder, 'post', withDefined({ platform, data: Object.keys(data).length > 0 ? data : undefined }), list.nextBlock());
  if (post) markEmojiShortcodes(post);
  for (const image of images) addAltText(list, source, image, platform);

  return {
    segments: list.segments,
    links: links.map(({ href, start, end }) => ({ href, start, end, ...(post ? { segment: post.index } : {}) })),
    images: images.map(({ src, alt, start, end }) => ({ src, alt, start, end })),
    directives: header.directives,
    meta: platforms.length > 0 ? { ...header.data, platforms } : header.data,
    warnings: header.warnings,
  };
};

export const parsePlainText: Parser = (input) => {
  const { source } = input;
  const header = readHeader(source);
  const lines = splitLines(source, header.bodyStart);
  const cuts = widenCutsToLines(source, lines, header.directives);
  const list = new SegmentList();
  const paragraphs = paragraphsOf(lines, cuts);
  const [opening] = paragraphs;
  const openingLine = opening?.[0];
  const subject = input.channel === 'email' && openingLine ? subjectLine(openingLine) : undefined;
  if (subject) {
    list.add(new SegmentTextBuilder().verbatim(source.slice(subject.start, subject.end), subject.start), 'subject', {}, list.nextBlock());
    opening?.shift();
  }
  for (const paragraph of paragraphs) if (paragraph.length > 0) addParagraph(list, source, paragraph, cuts);
  return { segments: list.segments, directives: header.directives, meta: header.data, warnings: header.warnings };
};

interface Header {
  data: Record<string, unknown>;
  bodyStart: number;
  comments: Comment[];
  directives: Directive[];
  warnings: ParseWarning[];
}

function readHeader(source: string): Header {
  const frontMatter = readFrontMatter(source);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  const comments = findComments(source, bodyStart);
  const directives = directivesIn(comments, new LineIndex(source));
  const warnings: ParseWarning[] = frontMatter?.error
    ? [{ message: `front matter: ${frontMatter.error.message}`, start: frontMatter.error.offset, end: frontMatter.error.offset }]
    : [];
  return { data: frontMatter?.data ?? {}, bodyStart, comments, directives, warnings };
}

function frontMatterPlatforms(data: Record<string, unknown>): string[] {
  const named = Object.keys(data)
    .filter(isPlatformKey)
    .flatMap((key) => platformsOf(data[key]));
  return [...new Set(named)];
}

/**
 * Front matter keys that name platforms: the calendar column names, and
 * galaxy-social's `media` list. `channel` is brandlint's own routing key there.
 */
function isPlatformKey(key: string): boolean {
  const name = key.toLowerCase();
  return name === 'media' || (fieldOf(name) === 'platform' && name !== 'channel');
}

/** Date, campaign, sponsored, account and link from the front matter, as post data. */
function frontMatterPostData(data: Record<string, unknown>): Record<string, string> {
  const postData: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fieldOf(key);
    if (field === 'sponsored') postData.sponsored = String(isTruthy(value));
    else if (field === 'date' || field === 'campaign' || field === 'account' || field === 'link') {
      const text = dataString(value);
      if (text !== undefined && !(field in postData)) postData[field] = text;
    }
  }
  return postData;
}

interface FoundImage extends Range {
  node: Image;
  src: string;
  alt: string;
}

interface FoundLink extends Range {
  href: string;
  /** The source range of the address, and whether it reads as written. */
  hrefStart: number;
  hrefEnd: number;
  hrefVerbatim: boolean;
  text: string;
  textStart: number;
}

/**
 * The images and inline links of a Markdown post, from its mdast tree: none
 * inside code, comments or another image's alt text. Autolinks and bare
 * URLs are text already and stay as they are.
 */
function imagesAndLinks(source: string): { images: FoundImage[]; links: FoundLink[] } {
  const { tree } = parseMarkdownTree(source, 'markdown', []);
  const images: FoundImage[] = [];
  const links: FoundLink[] = [];
  visit(tree, (node) => {
    const [start, end] = nodeRange(node);
    if (node.type === 'image') images.push({ node, src: node.url.trim(), alt: node.alt ?? '', start, end });
    else if (node.type === 'link' && source[start] === '[') links.push(inlineLink(source, node, start, end));
  });
  return { images, links };
}

function inlineLink(source: string, node: Link, start: number, end: number): FoundLink {
  const textEnd = labelEnd(source, start + 1, end);
  const destination = textEnd + 2;
  const found = node.url === '' ? -1 : source.indexOf(node.url, destination);
  const hrefVerbatim = found >= 0 && found + node.url.length <= end;
  const hrefStart = hrefVerbatim ? found : destination;
  return {
    href: node.url,
    hrefStart,
    hrefEnd: hrefVerbatim ? hrefStart + node.url.length : end - 1,
    hrefVerbatim,
    text: source.slice(start + 1, textEnd),
    textStart: start + 1,
    start,
    end,
  };
}

/**
 * The post body without the cut ranges, each Markdown link read as its text
 * and, unless the text already is the address, a space and its URL.
 */
function appendPostText(builder: SegmentTextBuilder, source: string, from: number, cuts: readonly Range[], links: readonly FoundLink[]): void {
  let position = from;
  for (const link of links) {
    appendKept(builder, source, position, link.start, cuts);
    builder.verbatim(link.text, link.textStart);
    if (link.href !== '' && !namesAddress(link.text, link.href)) {
      builder.synthetic(' ', link.textStart + link.text.length, link.hrefStart);
      if (link.hrefVerbatim) builder.verbatim(link.href, link.hrefStart);
      else builder.replaced(link.href, link.hrefStart, link.hrefEnd);
    }
    position = link.end;
  }
  appendKept(builder, source, position, source.length, cuts);
}

/** Link text that spells out the link's own address (`[galaxyproject.org](https://galaxyproject.org/)`). */
function namesAddress(text: string, href: string): boolean {
  const bare = (address: string) =>
    address
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
      .replace(/\/$/, '');
  return bare(text) === bare(href);
}

function addAltText(list: SegmentList, source: string, image: FoundImage, platform: string | undefined): void {
  const builder = imageAltText(source, image.node);
  if (!builder) return;
  const segment = list.add(builder, 'alt', withDefined({ platform }), list.nextBlock());
  if (segment) markEmojiShortcodes(segment);
}

/** Runs of lines with text, after directive lines are cut out. */
function paragraphsOf(lines: readonly SourceLine[], cuts: readonly Range[]): SourceLine[][] {
  const paragraphs: SourceLine[][] = [];
  let current: SourceLine[] = [];
  for (const line of lines) {
    const removed = overlapping(cuts, line.start, line.end).some((cut) => cut.start <= line.start && cut.end >= line.end);
    if (removed) continue;
    if (isBlank(line.text)) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A line drawn with `***`, `---`, `===`: decoration of plain text emails, not words. */
function isRuleLine(line: SourceLine): boolean {
  return /^\s*([-*=_~#+.])\1{2,}\s*$/.test(line.text);
}

/**
 * One paragraph as a body segment, its line breaks kept. A single line
 * framed by rule lines (`Hi {{name}},` between rows of asterisks) is a
 * heading of the plain text.
 */
function addParagraph(list: SegmentList, source: string, paragraph: SourceLine[], cuts: readonly Range[]): void {
  const rules = paragraph.filter(isRuleLine);
  const textLines = paragraph.length - rules.length;
  if (textLines === 0) return;
  const builder = new SegmentTextBuilder();
  const ruleCuts = rules.map((line) => ({ start: line.start, end: line.next }));
  const { first, last } = ends(paragraph);
  appendKept(builder, source, first.start, last.end, mergeRanges([...cuts, ...ruleCuts]));
  list.add(builder, rules.length > 0 && textLines === 1 ? 'heading' : 'body', {}, list.nextBlock());
}

function subjectLine(line: SourceLine): Range | undefined {
  const match = /^\s*subject\s*:\s*/i.exec(line.text);
  return match && match[0].length < line.text.trimEnd().length
    ? { start: line.start + match[0].length, end: line.start + line.text.trimEnd().length }
    : undefined;
}

function withDefined<T extends Partial<Segment>>(extras: T): T {
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined)) as T;
}

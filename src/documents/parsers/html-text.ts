/**
 * The visible text of HTML, for emails, web pages and the HTML inside
 * Markdown. htmlparser2 gives every node its exact offset and leaves
 * entities alone; entities are decoded here one by one so that each becomes
 * a replaced chunk covering the entity whole, while ordinary text stays
 * verbatim.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import { HTML_TEXT, type TextSyntax } from '../text-syntax.js';
import type { Directive, Role, Segment } from '../types.js';
import { directivesIn, findComments } from './comments.js';
import type { SegmentAssembler } from './segment-assembler.js';
import { hideTemplateMarkup, outsideTemplateComments, withoutTemplateComments } from './template-tags.js';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/**
 * Parses with the markup inside template tags hidden, so a tag such as
 * `{% module html="<h1>Hi</h1>" %}` stays one text node; the nodes carry the
 * original characters.
 */
export function parseHtml(html: string): HtmlDocument {
  const hidden = hideTemplateMarkup(html);
  const document = parseDocument(hidden?.html ?? html, { withStartIndices: true, withEndIndices: true, decodeEntities: false, lowerCaseAttributeNames: true });
  if (hidden) restoreNodes(document.children, hidden.restore);
  return document;
}

function restoreNodes(nodes: HtmlNode[], restore: (text: string) => string): void {
  for (const node of nodes) {
    if ('data' in node) node.data = restore(node.data);
    if (!isElement(node)) continue;
    node.name = restore(node.name);
    node.attribs = Object.fromEntries(Object.entries(node.attribs).map(([name, value]) => [restore(name), restore(value)]));
    restoreNodes(node.children, restore);
  }
}

export function isElement(node: HtmlNode | null): node is HtmlElement {
  return node !== null && (node.type === ElementType.Tag || node.type === ElementType.Script || node.type === ElementType.Style);
}

/** The first element that passes `test`, in document order. */
export function findElement(nodes: HtmlNode[], test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  return DomUtils.findOne(test, nodes) ?? undefined;
}

/** The language the document declares on `<html lang>`. */
export function documentLang(document: HtmlDocument): string | undefined {
  return findElement(document.children, (element) => element.name === 'html')?.attribs.lang;
}

// ---------------------------------------------------------------------------
// Text

/** Characters that render as nothing; email preheaders pad with them. */
const INVISIBLE = '\u00ad\u034f\u200b-\u200d\u2060\ufeff';
const INVISIBLE_CHARS = new RegExp(`[${INVISIBLE}]`, 'gu');
/** The zero-width joiner is invisible padding too, except between two pictographs, where it makes one emoji of them (👩‍👩‍👧). */
const EMOJI_JOINER = '\u200d';
/** An entity or character reference, a run of white space or invisible characters, a run of other text, or a lone `&`. */
const TEXT_PIECE = new RegExp(`&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)|[\\s${INVISIBLE}]+|[^&\\s${INVISIBLE}]+|&`, 'gu');

interface Gap {
  start: number;
  end: number;
  /** False when the gap holds only invisible characters, which join the text around them. */
  space: boolean;
}

/**
 * Appends raw HTML text (a text node or an attribute value) that starts at
 * source offset `srcStart`: entities decoded as replaced chunks, white space
 * runs collapsed to one space, invisible padding dropped, a lone `&nbsp;`
 * read as a space, template comments left out.
 */
export function appendHtmlText(
  builder: SegmentTextBuilder,
  raw: string,
  srcStart: number,
  decode: (text: string) => string = decodeHTML,
  syntax: TextSyntax = HTML_TEXT,
): void {
  for (const part of outsideTemplateComments(raw, srcStart)) appendHtmlRun(builder, part.text, part.start, decode, syntax);
}

function appendHtmlRun(builder: SegmentTextBuilder, raw: string, srcStart: number, decode: (text: string) => string, syntax: TextSyntax): void {
  let gap: Gap | undefined;
  const pieces = [...raw.matchAll(TEXT_PIECE)];
  const decodedAt = (index: number): string => {
    const piece = pieces[index]?.[0] ?? '';
    return piece.startsWith('&') ? decode(piece) : piece;
  };
  for (const [index, match] of pieces.entries()) {
    const piece = match[0];
    const start = srcStart + match.index;
    const end = start + piece.length;
    const decoded = decodedAt(index);
    const joiner = !gap && decoded === EMOJI_JOINER && joinsPictographs(decodedAt(index - 1), decodedAt(index + 1));
    const visible = joiner ? decoded : decoded.replace(INVISIBLE_CHARS, '');
    if (visible.trim() === '') {
      const space = visible !== '';
      gap = gap ? { start: gap.start, end, space: gap.space || space } : { start, end, space };
      continue;
    }
    if (gap) appendGap(builder, gap, raw, srcStart, syntax);
    gap = undefined;
    if (decoded === piece) builder.verbatim(piece, start, syntax);
    else builder.replaced(decoded, start, end);
  }
  if (gap) appendGap(builder, gap, raw, srcStart, syntax);
}

function joinsPictographs(before: string, after: string): boolean {
  return /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u.test(before) && /^\p{Extended_Pictographic}/u.test(after);
}

function appendGap(builder: SegmentTextBuilder, gap: Gap, raw: string, srcStart: number, syntax: TextSyntax): void {
  if (!gap.space || builder.endsWithSpace()) return;
  // A single plain space stays verbatim, so a phrase across it can still be fixed in place.
  if (gap.end - gap.start === 1 && raw[gap.start - srcStart] === ' ') builder.verbatim(' ', gap.start, syntax);
  else builder.replaced(' ', gap.start, gap.end);
}

/** Visible text of a subtree with all white space removed: enough to compare or to test for emptiness. */
const roughTexts = new WeakMap<HtmlNode, string>();
export function roughText(node: HtmlNode): string {
  const known = roughTexts.get(node);
  if (known !== undefined) return known;
  let text = '';
  if (node.type === ElementType.Text) text = decodeHTML(withoutTemplateComments(node.data)).replace(/\s+/gu, '').replace(INVISIBLE_CHARS, '');
  else if (isElement(node) && !isNeverRead(node)) text = node.children.map(roughText).join('');
  roughTexts.set(node, text);
  return text;
}

// ---------------------------------------------------------------------------
// Attributes

/** Source range of an attribute's value (inside the quotes) in the start tag at `tagStart`. */
export function attributeValueRange(html: string, tagStart: number, name: string): { start: number; end: number } | undefined {
  const tagName = /<[^\s/>]+/y;
  tagName.lastIndex = tagStart;
  if (!tagName.exec(html)) return undefined;
  const attribute = /[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;
  attribute.lastIndex = tagName.lastIndex;
  for (let match = attribute.exec(html); match && match[0].length > 0; match = attribute.exec(html)) {
    if ((match[1] ?? '').toLowerCase() !== name) continue;
    const end = match.index + match[0].length;
    const quoted = match[2] ?? match[3];
    if (quoted !== undefined) return { start: end - 1 - quoted.length, end: end - 1 };
    return { start: end - (match[4]?.length ?? 0), end };
  }
  return undefined;
}

/** How the value of an attribute starting at `valueStart` is written: in double quotes, single quotes, or none. */
export function attributeSyntax(html: string, valueStart: number): TextSyntax {
  const before = html[valueStart - 1];
  return { kind: 'html', quote: before === '"' || before === "'" ? before : '' };
}

/** An attribute's value with entities decoded. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
  const raw = element.attribs[name];
  return raw === undefined ? undefined : decodeHTMLAttribute(raw);
}

// ---------------------------------------------------------------------------
// Element kinds

/** Never copy: code, styling, metadata and embedded media. */
const NEVER_READ = new Set([
  'head',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'audio',
  'video',
  'select',
  'textarea',
]);

export function isNeverRead(element: HtmlElement): boolean {
  return NEVER_READ.has(element.name);
}

/** Elements that end a line of text; unknown elements are inline. Inky's layout tags are blocks too. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'container',
  'row',
  'columns',
  'column',
  'spacer',
  'wrapper',
  'callout',
  'block-grid',
  'h-line',
]);

/** Containers of running text: a link that is all of one is a link in a paragraph, not a button. */
const TEXT_CONTAINER = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'body', 'html', 'dd', 'dt', 'figcaption']);

function styleOf(element: HtmlElement): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (element.attribs.style ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0)
      declarations.set(
        declaration.slice(0, colon).trim().toLowerCase(),
        declaration
          .slice(colon + 1)
          .replace(/!important/i, '')
          .trim()
          .toLowerCase(),
      );
  }
  return declarations;
}

/** How top-level `<style>` rules display elements of a class: `.counter { display: block }`, `.mobile-only { display: none }`. */
export type ClassDisplays = ReadonlyMap<string, 'block' | 'none'>;

/**
 * Reads the simple class rules of the document's style sheets. Rules inside
 * `@media` are conditional (the mobile layout) and left out; so are
 * selectors other than a plain class.
 */
export function classDisplays(document: HtmlDocument): ClassDisplays {
  const displays = new Map<string, 'block' | 'none'>();
  for (const style of DomUtils.findAll((element) => element.name === 'style', document.children)) {
    const css = withoutAtRules(DomUtils.textContent(style).replace(/\/\*[\s\S]*?\*\//g, ''));
    for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const [, selectors = '', declarations = ''] = rule;
      const display = /(?:^|;)\s*display\s*:\s*([a-z-]+)/i.exec(declarations)?.[1]?.toLowerCase();
      if (!display || display.startsWith('inline')) continue;
      for (const selector of selectors.split(',')) {
        const className = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
        if (className) displays.set(className, display === 'none' ? 'none' : 'block');
      }
    }
  }
  return displays;
}

function withoutAtRules(css: string): string {
  let result = '';
  let index = 0;
  while (index < css.length) {
    const at = css.indexOf('@', index);
    if (at < 0) return result + css.slice(index);
    result += css.slice(index, at);
    const brace = css.indexOf('{', at);
    const semicolon = css.indexOf(';', at);
    if (brace < 0 || (semicolon >= 0 && semicolon < brace)) {
      index = semicolon < 0 ? css.length : semicolon + 1;
      continue;
    }
    let depth = 0;
    for (index = brace; index < css.length; index++) {
      if (css[index] === '{') depth++;
      else if (css[index] === '}' && --depth === 0) break;
    }
    index++;
  }
  return result;
}

function classDisplay(element: HtmlElement, displays: ClassDisplays | undefined): 'block' | 'none' | undefined {
  if (!displays || displays.size === 0 || !element.attribs.class) return undefined;
  let found: 'block' | 'none' | undefined;
  for (const className of element.attribs.class.split(/\s+/)) {
    const display = displays.get(className);
    if (display === 'none') return 'none';
    found ??= display;
  }
  return found;
}

const isZero = (value: string | undefined): boolean => value !== undefined && /^0(?:\.0*)?(?:px|em|rem|%)?$/.test(value);

/**
 * Hidden from every reader. `mso-hide: all` alone is not enough: it hides
 * content from Outlook only, typically the version every other client shows
 * while Outlook reads its own copy from a conditional comment.
 */
export function isHidden(element: HtmlElement, displays?: ClassDisplays): boolean {
  if (element.attribs.hidden !== undefined || classDisplay(element, displays) === 'none') return true;
  const style = styleOf(element);
  return (
    style.get('display') === 'none' ||
    style.get('visibility') === 'hidden' ||
    isZero(style.get('opacity')) ||
    (isZero(style.get('max-height')) && style.get('overflow') === 'hidden')
  );
}

/** Styled or named like an email preheader: hidden, hidden from Outlook, or called so. */
export function looksLikePreheader(element: HtmlElement, displays?: ClassDisplays): boolean {
  const style = styleOf(element);
  return (
    isHidden(element, displays) || style.get('mso-hide') === 'all' || isZero(style.get('max-height')) || /preheader|preview/i.test(element.attribs.class ?? '')
  );
}

/** Superscript footnote markers: numbers, asterisks, daggers, section signs (not "th" or "TM"). */
const FOOTNOTE_MARKER = /^(?:\d{1,3}(?:,\d{1,3})*|[*†‡§¶]+)$/u;

const BUTTON_NAME = /btn|button|(?:^|[\s_-])cta(?:$|[\s_-])/i;

function isNamedButton(element: HtmlElement): boolean {
  const { class: className = '', id = '', role = '' } = element.attribs;
  return BUTTON_NAME.test(`${className} ${id} ${role}`);
}

function hasBackground(element: HtmlElement): boolean {
  if (element.attribs.bgcolor) return true;
  const style = styleOf(element);
  const background = style.get('background-color') ?? style.get('background');
  return background !== undefined && !/^(?:none|transparent|inherit|initial|unset)$/.test(background);
}

function hasPadding(element: HtmlElement): boolean {
  const padding = styleOf(element).get('padding');
  return padding !== undefined && !padding.split(/\s+/).every((part) => isZero(part));
}

/**
 * A link reads as a button when it is styled or named as one, or when it is
 * all the text of a box that is (a bgcolor'd cell, a `.button` table).
 */
export function linkRoleOf(link: HtmlElement): 'link' | 'button' {
  return looksLikeButton(link) ? 'button' : 'link';
}

function looksLikeButton(link: HtmlElement): boolean {
  if (isNamedButton(link) || hasBackground(link) || hasPadding(link)) return true;
  const text = roughText(link);
  if (text === '') return false;
  let node = link.parent;
  for (let depth = 0; depth < 8 && isElement(node) && !TEXT_CONTAINER.has(node.name); depth++, node = node.parent) {
    if (roughText(node) !== text) return false;
    if (isNamedButton(node) || hasBackground(node)) return true;
  }
  return false;
}

function isPresentational(table: HtmlElement): boolean {
  return table.attribs.role === 'presentation' || table.attribs.role === 'none';
}

/**
 * A table of data rather than layout: not marked presentational, no table
 * nested inside, and in email (where tables are layout by default) header cells.
 */
function isDataTable(table: HtmlElement, layout: HtmlLayout): boolean {
  if (isPresentational(table)) return false;
  let nested = false;
  let headers = false;
  const visit = (nodes: HtmlNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'table') nested = true;
      else {
        if (node.name === 'th' || node.name === 'thead' || node.name === 'caption') headers = true;
        visit(node.children);
      }
    }
  };
  visit(table.children);
  return !nested && (layout === 'web' || headers);
}

/** 1–6 for `h1`–`h6`. */
export function headingLevel(name: string): number | undefined {
  const match = /^h([1-6])$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

// ---------------------------------------------------------------------------
// The walker

export type HtmlLayout = 'email' | 'web';

export interface HtmlReadOptions {
  /** Email tables are layout unless they have header cells; web tables are data unless marked presentational. */
  layout: HtmlLayout;
  /** Elements skipped on top of those never read (a web page skips preformatted code). */
  skip?: ReadonlySet<string>;
  /** A role forced on an element's text, even when the element is hidden (the email preheader). */
  roleOf?: (element: HtmlElement) => Role | undefined;
  /** Class rules of the document's style sheets. */
  displays?: ClassDisplays;
}

/**
 * Walks an HTML tree and tells a SegmentAssembler what it reads. `html` is
 * the text that was parsed; `offset` is where it starts in the source, so
 * HTML inside a larger file (Markdown, a MIME part) maps back exactly.
 */
export class HtmlTextReader {
  /** For each open table, whether it holds data (cells are `table-cell`) or layout (cells are `body`). */
  private readonly tables: boolean[] = [];
  /** `html` as the parser saw it, for finding attributes in start tags that hold template tags. */
  private parsedHtml: string | undefined;

  constructor(
    private readonly out: SegmentAssembler,
    private readonly html: string,
    private readonly offset: number,
    private readonly options: HtmlReadOptions,
  ) {}

  read(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) {
      if (node.type === ElementType.Text) appendHtmlText(this.out.text, node.data, this.offset + node.startIndex!);
      else if (isElement(node)) this.readElement(node);
    }
  }

  /** The `<title>` text as a segment of its own. */
  readTitle(document: HtmlDocument, role: Role): Segment | undefined {
    const title = findElement(document.children, (element) => element.name === 'title');
    if (!title) return undefined;
    const builder = new SegmentTextBuilder();
    for (const node of title.children) if (node.type === ElementType.Text) appendHtmlText(builder, node.data, this.offset + node.startIndex!);
    return this.out.addOwnBlock(builder, role);
  }

  /** The content of `<meta name="…">` as a segment of its own. */
  readMeta(document: HtmlDocument, name: string, role: Role): Segment | undefined {
    const meta = findElement(document.children, (element) => element.name === 'meta' && element.attribs.name?.toLowerCase() === name);
    return meta && this.out.addOwnBlock(this.attributeText(meta, 'content'), role);
  }

  private readElement(element: HtmlElement): void {
    const name = element.name;
    if (isNeverRead(element) || this.options.skip?.has(name)) return;
    const forced = this.options.roleOf?.(element);
    if (forced) return this.out.withRole(forced, {}, () => this.read(element.children));
    if (isHidden(element, this.options.displays)) return;
    switch (name) {
      case 'br':
        return this.out.lineBreak();
      case 'img':
        return this.readImage(element);
      case 'input':
        return this.readInputButton(element);
      case 'table':
        return this.readTable(element);
      case 'code':
      case 'kbd':
      case 'samp':
        return this.out.withOpaqueCode(() => this.read(element.children));
      case 'a':
      case 'item': {
        // Inky menu item
        const href = attributeOf(element, 'href');
        if (href !== undefined) return this.readLink(element, href, linkRoleOf(element));
        break;
      }
      case 'button': {
        const href = attributeOf(element, 'href');
        if (href !== undefined) return this.readLink(element, href, 'button');
        return this.out.withRole('button', {}, () => this.read(element.children));
      }
      case 'sup':
      case 'sub':
        // A footnote marker is no letter of the word it follows: "days<sup>1</sup>" reads "days 1", not "days1".
        if (FOOTNOTE_MARKER.test(roughText(element)) && !this.out.text.endsWithSpace()) this.out.text.synthetic(' ', this.offset + element.startIndex!);
        break;
    }
    const level = headingLevel(name);
    if (level !== undefined) return this.out.withRole('heading', { level }, () => this.read(element.children));
    const role = this.blockRole(name);
    if (role) return this.out.withRole(role, {}, () => this.read(element.children));
    if (BLOCK.has(name) || classDisplay(element, this.options.displays) === 'block') {
      this.out.endBlock();
      this.read(element.children);
      this.out.endBlock();
      return;
    }
    this.read(element.children);
  }

  private blockRole(name: string): Role | undefined {
    switch (name) {
      case 'li':
        return 'list-item';
      case 'blockquote':
        return 'quote';
      case 'td':
      case 'th':
        return this.tables.at(-1) ? 'table-cell' : 'body';
      default:
        return undefined;
    }
  }

  private readTable(table: HtmlElement): void {
    this.tables.push(isDataTable(table, this.options.layout));
    this.out.endBlock();
    this.read(table.children);
    this.out.endBlock();
    this.tables.pop();
  }

  private readLink(element: HtmlElement, href: string, role: 'link' | 'button'): void {
    this.out.openLink(href, role, this.offset + element.startIndex!);
    this.read(element.children);
    this.out.closeLink(this.offset + element.endIndex! + 1);
  }

  private readImage(image: HtmlElement): void {
    const alt = attributeOf(image, 'alt');
    this.out.addImage(
      {
        src: attributeOf(image, 'src') ?? '',
        alt,
        ...(image.attribs.width !== undefined ? { width: image.attribs.width } : {}),
        ...(image.attribs.height !== undefined ? { height: image.attribs.height } : {}),
        start: this.offset + image.startIndex!,
        end: this.offset + image.endIndex! + 1,
      },
      alt ? this.attributeText(image, 'alt') : undefined,
    );
  }

  /** `<input type="submit" value="Sign up">` is a call to action too. */
  private readInputButton(input: HtmlElement): void {
    if (!/^(?:submit|button)$/i.test(input.attribs.type ?? '')) return;
    this.out.addOwnBlock(this.attributeText(input, 'value'), 'button');
  }

  /** An attribute value as segment text mapped to its exact source range. */
  private attributeText(element: HtmlElement, name: string): SegmentTextBuilder {
    const builder = new SegmentTextBuilder();
    this.parsedHtml ??= hideTemplateMarkup(this.html)?.html ?? this.html;
    const range = attributeValueRange(this.parsedHtml, element.startIndex!, name);
    if (range)
      appendHtmlText(builder, this.html.slice(range.start, range.end), this.offset + range.start, decodeHTMLAttribute, attributeSyntax(this.html, range.start));
    return builder;
  }
}

/** `<!-- brandlint-… -->` directives in `source` between `start` and `end`. */
export function commentDirectives(source: string, lines: LineIndex, start = 0, end = source.length): Directive[] {
  const comments = findComments(source.slice(start, end), 0).map((comment) => ({ ...comment, start: comment.start + start, end: comment.end + start }));
  return directivesIn(comments, lines);
}

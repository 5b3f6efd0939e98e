/**
 * Markdown (`.md`, `.markdown`) and MDX pages: front matter title and
 * description, headings, paragraphs, list items, table cells, block quotes,
 * link text and image alt text. Code is never copy: code blocks are
 * skipped and inline code stays in the text as an opaque span, so the words
 * on both sides of it stay apart. HTML inside Markdown is read as HTML; MDX
 * components are skipped but the text they wrap is read, and a possessive
 * right after a self-closing one goes with it. Hugo button shortcodes are
 * buttons; Docusaurus admonition fences are dropped.
 */
import type { Html, Image, ImageReference, InlineCode, Nodes, Root, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { extensionOf } from '../channel.js';
import { readFrontMatter, type FrontMatter } from '../front-matter.js';
import type { Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import type { TextSyntax } from '../text-syntax.js';
import type { Directive, ParseWarning, Role } from '../types.js';
import { appendAligned, type AlignRules } from './align-text.js';
import { isComponentName, isSelfClosingComponent, possessiveLength } from './components.js';
import {
  attributeOf,
  attributeSyntax,
  commentDirectives,
  headingLevel,
  HtmlTextReader,
  isElement,
  linkRoleOf,
  parseHtml,
  type HtmlLayout,
} from './html-text.js';
import { imageAltText, MARKDOWN_TEXT, nodeRange, parseMarkdownTree } from './markdown-tree.js';
import { SegmentAssembler } from './segment-assembler.js';

export const parseMarkdown: Parser = ({ path, source, channel }) => {
  const out = new SegmentAssembler();
  const warnings: ParseWarning[] = [];
  const frontMatter = readFrontMatter(source);
  if (frontMatter?.error) {
    const { message, offset } = frontMatter.error;
    warnings.push({ message: `Front matter could not be read: ${message}`, start: offset, end: offset });
  }
  if (frontMatter) readFrontMatterFields(out, source, frontMatter);
  const { tree, htmlComments } = parseMarkdownTree(source, extensionOf(path) === '.mdx' ? 'mdx' : MDX_IMPORT.test(source) ? 'maybe-mdx' : 'markdown', warnings);
  const reader = new MarkdownReader(out, source, channel === 'email' ? 'email' : 'web', tree);
  for (const comment of htmlComments) reader.collectDirectives(comment.start, comment.end);
  reader.read(tree.children, false);
  const directives = reader.directives.sort((a, b) => a.start - b.start);
  return { ...out.finish(), directives, meta: { ...frontMatter?.data }, warnings };
};

/** An ES import at the start of a line: a `.md` page written in MDX, as Docusaurus reads them. */
const MDX_IMPORT = /^import\s+[\w{*][^\r\n]*\sfrom\s+["']/m;

// ---------------------------------------------------------------------------
// Front matter

const FRONT_MATTER_ROLES: readonly [readonly string[], Role][] = [
  [['title'], 'title'],
  [['description', 'summary', 'excerpt'], 'description'],
  [['subject'], 'subject'],
  [['preheader'], 'preheader'],
];

function readFrontMatterFields(out: SegmentAssembler, source: string, frontMatter: FrontMatter): void {
  for (const [keys, role] of FRONT_MATTER_ROLES) {
    const key = keys.find((candidate) => typeof frontMatter.data[candidate] === 'string');
    if (key === undefined) continue;
    const range = frontMatter.ranges[key] ?? tomlStringRange(source, key, frontMatter.bodyStart);
    if (!range) continue;
    const builder = new SegmentTextBuilder();
    appendScalar(builder, frontMatter.data[key] as string, source, range.start, range.end);
    out.addOwnBlock(builder, role);
  }
}

/**
 * The range of a one-line top-level TOML string (`title = "…"`, quotes
 * included); the TOML reader keeps no positions.
 */
function tomlStringRange(source: string, key: string, bodyStart: number): { start: number; end: number } | undefined {
  const block = source.slice(0, bodyStart);
  const tableStart = block.search(/^[ \t]*\[/m);
  const topLevel = tableStart < 0 ? block : block.slice(0, tableStart);
  const escapedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[ \\t]*${escapedKey}[ \\t]*=[ \\t]*("(?:[^"\\\\\\r\\n]|\\\\.)*"|'[^'\\r\\n]*')`, 'm').exec(topLevel);
  if (!match) return undefined;
  const [whole, value = ''] = match;
  const end = match.index + whole.length;
  return { start: end - value.length, end };
}

const QUOTED_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  "'": "'",
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '0': '\0',
  ' ': ' ',
  _: '\u00a0',
  e: '\u001b',
  N: '\u0085',
  L: '\u2028',
  P: '\u2029',
};

/** Backslash escapes of YAML double-quoted and TOML basic strings. */
function quotedEscapeAt(source: string, index: number, end: number): { text: string; length: number } | undefined {
  if (source[index] !== '\\' || index + 1 >= end) return undefined;
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(source.slice(index + 1, index + 10));
  if (hex) return { text: String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3] ?? '', 16)), length: 1 + hex[0].length };
  const text = QUOTED_ESCAPES[source.charAt(index + 1)];
  return text === undefined ? undefined : { text, length: 2 };
}

const DOUBLE_QUOTED: AlignRules = { escapeAt: quotedEscapeAt, linePrefix: /[ \t]/ };
const SINGLE_QUOTED: AlignRules = {
  escapeAt: (source, index) => (source.startsWith("''", index) ? { text: "'", length: 2 } : undefined),
  linePrefix: /[ \t]/,
};
const PLAIN_SCALAR: AlignRules = { linePrefix: /[ \t]/ };

/**
 * A front matter string value mapped to its source: inside the quotes, or
 * the lines of a block scalar. YAML front matter starts with `---`, TOML with `+++`.
 */
function appendScalar(builder: SegmentTextBuilder, value: string, source: string, start: number, end: number): void {
  const first = source[start];
  const toml = source.startsWith('+++');
  const rules = (base: AlignRules, syntax: TextSyntax): AlignRules => ({ ...base, syntax });
  if (first === '"') {
    const syntax: TextSyntax = toml ? { kind: 'toml', style: 'basic' } : { kind: 'yaml', style: 'double', start, end };
    return appendAligned(builder, value, source, start + 1, end - 1, rules(DOUBLE_QUOTED, syntax));
  }
  if (first === "'") {
    const syntax: TextSyntax = toml ? { kind: 'toml', style: 'literal' } : { kind: 'yaml', style: 'single', start, end };
    return appendAligned(builder, value, source, start + 1, end - 1, rules(SINGLE_QUOTED, syntax));
  }
  if (first === '|' || first === '>') {
    const content = /^[^\r\n]*(?:\r\n|\r|\n)[ \t]*/.exec(source.slice(start, end));
    return appendAligned(builder, value, source, start + (content?.[0].length ?? 0), end, rules(PLAIN_SCALAR, { kind: 'yaml', style: 'block', start, end }));
  }
  appendAligned(builder, value, source, start, end, rules(PLAIN_SCALAR, { kind: 'yaml', style: 'plain', start, end }));
}

// ---------------------------------------------------------------------------
// The body

/** HTML whose text is skipped: code blocks, scripts and styles. */
const SKIPPED_TAGS = new Set(['pre', 'script', 'style']);
/** Inline HTML code, kept in the text as an opaque span like Markdown's own inline code. */
const INLINE_CODE_TAGS = new Set(['code', 'kbd', 'samp']);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

class MarkdownReader {
  readonly directives: Directive[] = [];
  private readonly lines: LineIndex;
  private readonly definitions = new Map<string, string>();
  /** Links opened by an inline `<a>` tag and not closed yet. */
  private openHtmlLinks = 0;
  /** Depth inside inline `<pre>`, `<script>` or `<style>` tags, whose text is skipped. */
  private insideSkippedHtml = 0;
  /** Inline `<code>` tags not closed yet: where their text starts. */
  private readonly openHtmlCode: { builder: SegmentTextBuilder; start: number }[] = [];
  /** Where the latest self-closing component in running text ends, so a possessive right after it goes with it. */
  private componentEnd: number | undefined;

  constructor(
    private readonly out: SegmentAssembler,
    private readonly source: string,
    private readonly layout: HtmlLayout,
    tree: Root,
  ) {
    this.lines = new LineIndex(source);
    visit(tree, 'definition', (definition) => {
      if (!this.definitions.has(definition.identifier)) this.definitions.set(definition.identifier, definition.url);
    });
  }

  read(nodes: readonly Nodes[], inline: boolean): void {
    for (const node of nodes) this.readNode(node, inline);
  }

  private readNode(node: Nodes, inline: boolean): void {
    switch (node.type) {
      case 'text':
        if (this.insideSkippedHtml === 0) this.appendText(node);
        return;
      case 'paragraph':
        this.out.endBlock();
        this.readInline(node);
        this.out.endBlock();
        return;
      case 'heading':
        return this.out.withRole('heading', { level: node.depth }, () => this.readInline(node));
      case 'tableCell':
        return this.out.withRole('table-cell', {}, () => this.readInline(node));
      case 'listItem':
        return this.out.withRole('list-item', {}, () => this.read(node.children, false));
      case 'blockquote':
        return this.out.withRole('quote', {}, () => this.read(node.children, false));
      case 'thematicBreak':
        return this.out.endBlock();
      case 'break':
        return this.out.lineBreak();
      case 'inlineCode':
        return this.appendInlineCode(node);
      case 'link':
        return this.readLink(node.url, 'link', node, () => this.read(node.children, true));
      case 'linkReference':
        return this.readLink(this.definitions.get(node.identifier) ?? '', 'link', node, () => this.read(node.children, true));
      case 'image':
        return this.readImage(node, node.url);
      case 'imageReference':
        return this.readImage(node, this.definitions.get(node.identifier) ?? '');
      case 'html':
        this.collectDirectives(...this.range(node));
        return inline ? this.readInlineHtml(node) : this.readHtmlBlock(node);
      case 'mdxFlowExpression':
        return this.collectDirectives(...this.range(node));
      case 'mdxTextExpression':
        this.collectDirectives(...this.range(node));
        return this.appendExpressionPlaceholder(node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.readJsx(node);
      case 'code':
      case 'yaml':
      case 'definition':
      case 'footnoteReference':
      case 'mdxjsEsm':
        return;
      default:
        if ('children' in node) this.read(node.children as Nodes[], inline);
    }
  }

  private appendText(node: Text): void {
    const [start, end] = this.range(node);
    const possessive = start === this.componentEnd ? possessiveLength(this.source, start) : 0;
    let position = possessive;
    let index = start + possessive;
    for (const marker of textMarkers(node.value)) {
      const markerStart = this.source.indexOf(marker.text, index);
      if (marker.index < position || markerStart < 0 || markerStart >= end) break;
      const markerEnd = markerStart + marker.text.length;
      appendAligned(this.out.text, node.value.slice(position, marker.index), this.source, index, markerStart, MARKDOWN_TEXT);
      this.applyMarker(marker, markerStart, markerEnd);
      [position, index] = marker.dropped ? [marker.index + marker.text.length, markerEnd] : [marker.index, markerStart];
    }
    appendAligned(this.out.text, node.value.slice(position), this.source, index, end, MARKDOWN_TEXT);
  }

  /** A fence ends a block; a button shortcode opens a button like an inline `<a>`, so one left open closes with its paragraph. */
  private applyMarker(marker: TextMarker, start: number, end: number): void {
    if (marker.kind === 'block-edge') return this.out.endBlock();
    if (marker.kind === 'button-open') {
      this.out.openLink(marker.href ?? '', 'button', start);
      this.openHtmlLinks++;
    } else if (this.openHtmlLinks > 0) {
      this.out.closeLink(end);
      this.openHtmlLinks--;
    }
  }

  /** The inline content of a paragraph, heading or cell; inline HTML left open does not leak past it. */
  private readInline(node: Extract<Nodes, { children: unknown }>): void {
    this.read(node.children as Nodes[], true);
    for (; this.openHtmlLinks > 0; this.openHtmlLinks--) this.out.closeLink(this.range(node)[1]);
    while (this.openHtmlCode.length > 0) this.closeHtmlCode();
    this.insideSkippedHtml = 0;
  }

  private readLink(href: string, role: 'link' | 'button', node: Nodes, readText: () => void): void {
    const [start, end] = this.range(node);
    this.out.openLink(href, role, start);
    readText();
    this.out.closeLink(end);
  }

  /** Inline code stays in the text, marked opaque: no rule reads it, and the words around it stay apart. */
  /**
   * An expression inside a sentence (`Welcome to {siteConfig.title}`) fills
   * in a value when the page is built: it stays in the text as one opaque
   * placeholder, like a merge tag, so the words around it do not run together.
   * A comment expression (`{/* … *\/}`) is no text at all.
   */
  private appendExpressionPlaceholder(node: Nodes): void {
    const [start, end] = this.range(node);
    const expression = this.source.slice(start, end);
    if (/^\{\s*\/\*[\s\S]*\*\/\s*\}$/.test(expression)) return;
    const builder = this.out.text;
    const placeholderStart = builder.textLength;
    builder.verbatim(expression, start);
    builder.markOpaque('merge-tag', placeholderStart, builder.textLength);
  }

  private appendInlineCode(node: InlineCode): void {
    if (node.value === '') return;
    const [start, end] = this.range(node);
    const ticks = /^`+/.exec(this.source.slice(start, end))?.[0].length ?? 0;
    let contentStart = start + ticks;
    let contentEnd = end - ticks;
    if (this.source.slice(contentStart, contentEnd) !== node.value && contentEnd - contentStart >= 2) {
      contentStart++;
      contentEnd--;
    }
    const builder = this.out.text;
    const codeStart = builder.textLength;
    if (this.source.slice(contentStart, contentEnd) === node.value) builder.verbatim(node.value, contentStart);
    else builder.replaced(node.value.replace(/\s+/g, ' '), start, end);
    builder.markOpaque('code', codeStart, builder.textLength);
  }

  private readImage(node: Image | ImageReference, src: string): void {
    const [start, end] = this.range(node);
    this.out.addImage({ src, alt: node.alt ?? undefined, start, end }, imageAltText(this.source, node));
  }

  /**
   * Inline HTML comes one tag at a time. `<a>` opens a link that a later
   * `</a>` closes; `<code>` marks the text up to `</code>` opaque; `<pre>`,
   * `<script>` and `<style>` hide it; any other tag (an image, a line
   * break) is read as an HTML fragment.
   */
  private readInlineHtml(node: Html): void {
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(node.value);
    if (!tag) return;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    const [start, end] = this.range(node);
    if (SKIPPED_TAGS.has(name)) {
      this.insideSkippedHtml = Math.max(0, this.insideSkippedHtml + (closing ? -1 : 1));
    } else if (INLINE_CODE_TAGS.has(name)) {
      if (!closing) this.openHtmlCode.push({ builder: this.out.text, start: this.out.text.textLength });
      else if (this.openHtmlCode.length > 0) this.closeHtmlCode();
    } else if (name === 'a' && closing) {
      if (this.openHtmlLinks > 0) {
        this.openHtmlLinks--;
        this.out.closeLink(end);
      }
    } else if (name === 'a') {
      const element = parseHtml(node.value).children.find(isElement);
      const href = element && attributeOf(element, 'href');
      if (element && href !== undefined) {
        this.openHtmlLinks++;
        this.out.openLink(href, linkRoleOf(element), start);
      }
    } else if (!closing) {
      // The node's value drops the indentation of continuation lines; the source keeps every offset.
      this.readHtml(blankContainerMarkers(this.source.slice(start, end), node.value), start);
      if (isSelfClosingComponent(node.value)) this.componentEnd = end;
    }
  }

  private closeHtmlCode(): void {
    const { builder, start } = this.openHtmlCode.pop()!;
    if (this.out.text === builder) builder.markOpaque('code', start, builder.textLength);
  }

  private readHtmlBlock(node: Html): void {
    const [start, end] = this.range(node);
    this.readHtml(blankContainerMarkers(this.source.slice(start, end), node.value), start);
  }

  private readHtml(html: string, offset: number): void {
    new HtmlTextReader(this.out, html, offset, { layout: this.layout, skip: SKIPPED_TAGS }).read(parseHtml(html).children);
  }

  /** MDX components are skipped but their text is read; HTML-named elements mean what they mean in HTML. */
  private readJsx(node: JsxElement): void {
    const name = node.name?.toLowerCase() ?? '';
    const children = (): void => this.read(node.children as Nodes[], node.type === 'mdxJsxTextElement');
    if (SKIPPED_TAGS.has(name)) return;
    if (node.type === 'mdxJsxTextElement' && node.children.length === 0 && isComponentName(node.name ?? '')) this.componentEnd = this.range(node)[1];
    const href = jsxAttribute(node, 'href');
    const level = headingLevel(name);
    if (name === 'br') this.out.lineBreak();
    else if (name === 'img') this.readJsxImage(node);
    else if (INLINE_CODE_TAGS.has(name)) this.out.withOpaqueCode(children);
    else if (/button|cta/.test(name)) {
      if (href !== undefined) this.readLink(href, 'button', node, children);
      else this.out.withRole('button', {}, children);
    } else if (href !== undefined && (name === 'a' || name === 'link')) this.readLink(href, 'link', node, children);
    else if (level !== undefined) this.out.withRole('heading', { level }, children);
    else if (name === 'li') this.out.withRole('list-item', {}, children);
    else if (name === 'blockquote') this.out.withRole('quote', {}, children);
    else if (name === 'td' || name === 'th') this.out.withRole('table-cell', {}, children);
    else if (node.type === 'mdxJsxFlowElement' || name === 'p') {
      this.out.endBlock();
      children();
      this.out.endBlock();
    } else children();
  }

  private readJsxImage(node: JsxElement): void {
    const [start, end] = this.range(node);
    const alt = jsxAttribute(node, 'alt');
    const range = jsxAttributeValueRange(this.source, node, 'alt');
    let altText: SegmentTextBuilder | undefined;
    if (alt && range) {
      altText = new SegmentTextBuilder();
      appendAligned(altText, alt, this.source, range.start, range.end, { ...MARKDOWN_TEXT, syntax: attributeSyntax(this.source, range.start) });
    }
    this.out.addImage({ src: jsxAttribute(node, 'src') ?? '', alt, start, end }, altText);
  }

  collectDirectives(start: number, end: number): void {
    this.directives.push(...commentDirectives(this.source, this.lines, start, end));
  }

  private range(node: Nodes): [number, number] {
    return nodeRange(node);
  }
}

/**
 * The HTML of a block inside a block quote or list item, with the
 * container's markers (`> `, indentation) blanked so offsets still line up
 * with the source while the markers read as white space.
 */
function blankContainerMarkers(raw: string, value: string): string {
  if (raw === value) return raw;
  const rawLines = raw.split(/(\r\n|\r|\n)/);
  const valueLines = value.split(/\r\n|\r|\n/);
  return rawLines
    .map((line, index) => {
      if (index % 2 === 1) return line;
      const valueLine = valueLines[index / 2] ?? '';
      const marker = line.length - valueLine.length;
      return marker > 0 && line.endsWith(valueLine) ? ' '.repeat(marker) + valueLine : line;
    })
    .join('');
}

/**
 * Markup inside a text node that is not prose: the tags of a Hugo button
 * shortcode (`{{< button href="/x" >}}Start{{< /button >}}`) make their
 * text a button, and a Docusaurus admonition fence (`:::tip Pro tip`,
 * `:::`) is dropped, its title a block of its own.
 */
interface TextMarker {
  kind: 'button-open' | 'button-close' | 'block-edge';
  text: string;
  /** Offset in the node's text. */
  index: number;
  /** Shortcode tags and fences are dropped; a line break is read after it takes effect. */
  dropped: boolean;
  href?: string;
}

const SHORTCODE = /\{\{[<%]\s*(\/?)\s*([\w-]+)((?:(?!\}\})[\s\S])*?)[%>]\}\}/g;
const BUTTON_NAME = /button|cta/i;
const HREF_PARAMETER = /\b(?:href|url|link)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/;
const ADMONITION_FENCE = /^:::+[\w-]*[ \t]*/gm;

function textMarkers(text: string): TextMarker[] {
  return [...buttonShortcodes(text), ...admonitionFences(text)].sort((a, b) => a.index - b.index);
}

function buttonShortcodes(text: string): TextMarker[] {
  return [...text.matchAll(SHORTCODE)]
    .filter((match) => BUTTON_NAME.test(match[2] ?? ''))
    .map((match) => {
      const closing = match[1] === '/';
      const href = HREF_PARAMETER.exec(match[3] ?? '');
      return {
        kind: closing ? 'button-close' : 'button-open',
        text: match[0],
        index: match.index,
        dropped: true,
        href: href ? (href[1] ?? href[2] ?? href[3]) : undefined,
      };
    });
}

/** The fence and, when a title follows it, the line break that ends the title. */
function admonitionFences(text: string): TextMarker[] {
  return [...text.matchAll(ADMONITION_FENCE)].flatMap((match): TextMarker[] => {
    const fence: TextMarker = { kind: 'block-edge', text: match[0], index: match.index, dropped: true };
    const lineEnd = /\r?\n|\r/.exec(text.slice(match.index));
    const titleEnd = lineEnd && match.index + lineEnd.index;
    if (!titleEnd || titleEnd === match.index + match[0].length) return [fence];
    return [fence, { kind: 'block-edge', text: lineEnd[0], index: titleEnd, dropped: false }];
  });
}

function jsxAttribute(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name) return typeof attribute.value === 'string' ? attribute.value : undefined;
  }
  return undefined;
}

/** The source range inside the quotes of a JSX string attribute. */
function jsxAttributeValueRange(source: string, node: JsxElement, name: string): { start: number; end: number } | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name || !attribute.position) continue;
    const start = attribute.position.start.offset ?? 0;
    const end = attribute.position.end.offset ?? 0;
    const quote = /=\s*(["'])/.exec(source.slice(start, end));
    if (quote) return { start: start + quote.index + quote[0].length, end: end - 1 };
  }
  return undefined;
}

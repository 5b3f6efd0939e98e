/**
 * The one remark pipeline of the Markdown readers (pages, social posts,
 * call scripts): the file is parsed once into an mdast tree with positions,
 * and the text of its nodes is mapped back to the source, escapes and
 * character references included.
 */
import { decodeHTML } from 'entities';
import type { Image, ImageReference, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkMdx } from '../../libraries.js';
import { SegmentTextBuilder } from '../source-map.js';
import type { ParseWarning } from '../types.js';
import { appendAligned, type AlignRules } from './align-text.js';
import { findComments } from './comments.js';

function processor(mdx: boolean) {
  const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
  return mdx ? markdown.use(remarkMdx().default) : markdown;
}

const markdownProcessor = processor(false);
/** remark-mdx and the JavaScript parser it brings load with the first MDX page. */
let mdxProcessor: ReturnType<typeof processor> | undefined;

export type MarkdownSyntax = 'markdown' | 'mdx' | 'maybe-mdx';

export interface ParsedTree {
  tree: Root;
  /** HTML comments blanked out before MDX parsing; they may hold directives. */
  htmlComments: { start: number; end: number }[];
}

/**
 * MDX is stricter than Markdown (a stray `<` or `{` is an error); a page it
 * cannot read is read as Markdown, with a warning when it was meant to be
 * MDX. HTML comments, which MDX rejects but MDX pages often carry
 * (`<!-- truncate -->`), are blanked first, keeping every offset.
 */
export function parseMarkdownTree(source: string, syntax: MarkdownSyntax, warnings: ParseWarning[]): ParsedTree {
  if (syntax !== 'markdown') {
    const htmlComments = findComments(source, 0).filter((comment) => source.startsWith('<!--', comment.start));
    const blanked = blankRanges(source, htmlComments);
    try {
      return { tree: (mdxProcessor ??= processor(true)).parse(blanked), htmlComments };
    } catch (error) {
      const offset = errorOffset(error);
      const reason = (error as { reason?: string }).reason ?? String(error);
      if (syntax === 'mdx') warnings.push({ message: `Not valid MDX (${reason}); read as plain Markdown.`, start: offset, end: offset });
    }
  }
  return { tree: markdownProcessor.parse(source), htmlComments: [] };
}

/** `source` with the ranges turned into spaces, line breaks kept, so every offset stays put. */
function blankRanges(source: string, ranges: readonly { start: number; end: number }[]): string {
  let blanked = '';
  let last = 0;
  for (const { start, end } of ranges) {
    blanked += source.slice(last, start) + source.slice(start, end).replace(/[^\r\n]/g, ' ');
    last = end;
  }
  return blanked + source.slice(last);
}

function errorOffset(error: unknown): number {
  const place = (error as { place?: { offset?: number; start?: { offset?: number } } }).place;
  return place?.offset ?? place?.start?.offset ?? 0;
}

/** The source range of a node. */
export function nodeRange(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Character references and backslash escapes, each read as the character it stands for. */
export function markdownEscapeAt(source: string, index: number, end: number): { text: string; length: number } | undefined {
  if (source[index] === '\\' && index + 1 < end && ASCII_PUNCTUATION.test(source.charAt(index + 1))) return { text: source.charAt(index + 1), length: 2 };
  if (source[index] !== '&') return undefined;
  ENTITY.lastIndex = index;
  const entity = ENTITY.exec(source)?.[0];
  if (entity === undefined || index + entity.length > end) return undefined;
  const text = decodeHTML(entity);
  return text === entity ? undefined : { text, length: entity.length };
}

/** How the text of a Markdown node follows its source: escapes replaced, line breaks with the next line's indentation or `>` markers one break. */
export const MARKDOWN_TEXT: AlignRules = { escapeAt: markdownEscapeAt, linePrefix: /[ \t>]/ };
/** Image alt text is the label with its markup (emphasis, code ticks, nested brackets) stripped. */
const MARKDOWN_ALT: AlignRules = { ...MARKDOWN_TEXT, droppable: /[*_~`[\]!]/ };

/** Offset of the `]` that closes the link label starting at `start`. */
export function labelEnd(source: string, start: number, end: number): number {
  let depth = 0;
  for (let index = start; index < end; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && depth-- === 0) return index;
  }
  return end;
}

/** The alt text of a Markdown image mapped to its label, or undefined when it has none. */
export function imageAltText(source: string, node: Image | ImageReference): SegmentTextBuilder | undefined {
  if (!node.alt) return undefined;
  const [start, end] = nodeRange(node);
  const altText = new SegmentTextBuilder();
  const labelStart = start + 2;
  appendAligned(altText, node.alt, source, labelStart, labelEnd(source, labelStart, end), MARKDOWN_ALT);
  return altText;
}

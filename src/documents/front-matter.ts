/**
 * YAML (`---`) and TOML (`+++`) front matter at the top of Markdown, text
 * posts and call scripts. Scalar string values keep their source range so
 * `title` and `description` can become segments with exact positions.
 */
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { firstLine } from '../text/first-line.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset where the body after the closing fence starts. */
  bodyStart: number;
  /** Source ranges of top-level plain string values (YAML only), keyed by field name. */
  ranges: Record<string, { start: number; end: number; raw: string }>;
  /** Source ranges of the plain string items of top-level lists (YAML only), keyed by field name. */
  itemRanges: Record<string, { start: number; end: number; raw: string }[]>;
  /** A message when the block could not be parsed. */
  error?: { message: string; offset: number };
}

const FENCE = /^(---|\+\+\+)[ \t]*(\r\n|\r|\n)/;

/**
 * Channel detection, the reader and the parser all ask for the front matter
 * of the same text in a row: the last answer is kept, so it is parsed once.
 */
let lastRead: { source: string; frontMatter: FrontMatter | undefined } | undefined;

export function readFrontMatter(source: string): FrontMatter | undefined {
  if (lastRead?.source !== source) lastRead = { source, frontMatter: parseFrontMatter(source) };
  return lastRead.frontMatter;
}

function parseFrontMatter(source: string): FrontMatter | undefined {
  const open = FENCE.exec(source);
  if (!open) return undefined;
  const fence = open[1];
  const closing = new RegExp(`(^|\\r\\n|\\r|\\n)${fence === '---' ? '(?:---|\\.\\.\\.)' : '\\+\\+\\+'}[ \\t]*(\\r\\n|\\r|\\n|$)`, 'g');
  closing.lastIndex = open[0].length - 1;
  const close = closing.exec(source);
  if (!close) return undefined;
  const contentStart = open[0].length;
  const contentEnd = close.index + (close[1] ?? '').length;
  // The YAML and TOML readers know no lone CR line ends; a LF in its place keeps every offset.
  const content = source.slice(contentStart, contentEnd).replace(/\r(?!\n)/g, '\n');
  const bodyStart = close.index + close[0].length;
  if (fence === '+++') {
    try {
      return { data: parseToml(content) as Record<string, unknown>, bodyStart, ranges: {}, itemRanges: {} };
    } catch (error) {
      return { data: {}, bodyStart, ranges: {}, itemRanges: {}, error: { message: firstLine((error as Error).message), offset: contentStart } };
    }
  }
  const document = parseDocument(content, { keepSourceTokens: false });
  const [first] = document.errors;
  if (first) {
    return { data: {}, bodyStart, ranges: {}, itemRanges: {}, error: { message: firstLine(first.message), offset: contentStart + first.pos[0] } };
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  const ranges: FrontMatter['ranges'] = {};
  const itemRanges: FrontMatter['itemRanges'] = {};
  const rangeOf = (node: unknown) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
    const [start, end] = node.range;
    return { start: contentStart + start, end: contentStart + end, raw: content.slice(start, end) };
  };
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = pair.value as Node | null;
      if (!key) continue;
      const range = rangeOf(value);
      if (range) ranges[key] = range;
      if (isSeq(value)) itemRanges[key] = value.items.flatMap((item) => rangeOf(item) ?? []);
    }
  }
  return { data: typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}, bodyStart, ranges, itemRanges };
}

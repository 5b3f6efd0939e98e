/**
 * Web pages: the `<title>`, the meta description (else the Open Graph one), then headings,
 * paragraphs, list items, table cells, links (navigation included: it is
 * copy too) and image alt text. Code is never copy: code blocks are
 * skipped, inline code is an opaque span.
 */
import { decodeHTMLAttribute } from 'entities';
import type { Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import type { Segment } from '../types.js';
import {
  appendHtmlText,
  attributeSyntax,
  attributeValueRange,
  classDisplays,
  commentDirectives,
  documentLang,
  findElement,
  HtmlTextReader,
  parseHtml,
  type HtmlDocument,
} from './html-text.js';
import { SegmentAssembler } from './segment-assembler.js';

/** Code blocks are skipped; inline code stays in its sentence as an opaque span. */
const CODE_BLOCKS = new Set(['pre']);

export const parseWebHtml: Parser = ({ source }) => {
  const out = new SegmentAssembler();
  const document = parseHtml(source);
  const reader = new HtmlTextReader(out, source, 0, { layout: 'web', skip: CODE_BLOCKS, displays: classDisplays(document) });
  const title = reader.readTitle(document, 'title');
  const description = reader.readMeta(document, 'description', 'description') ?? readOpenGraphDescription(out, source, document);
  reader.read(document.children);
  const lang = documentLang(document);
  return {
    ...out.finish(),
    directives: commentDirectives(source, new LineIndex(source)),
    meta: {
      ...(title ? { title: title.text } : {}),
      ...(description ? { description: description.text } : {}),
      ...(lang ? { lang } : {}),
    },
  };
};

/**
 * A page without a meta description is described by its Open Graph one:
 * search engines and link previews show it instead.
 */
function readOpenGraphDescription(out: SegmentAssembler, source: string, document: HtmlDocument): Segment | undefined {
  const meta = findElement(document.children, (element) => element.name === 'meta' && element.attribs.property?.toLowerCase() === 'og:description');
  const range = meta && attributeValueRange(source, meta.startIndex!, 'content');
  if (!range) return undefined;
  const builder = new SegmentTextBuilder();
  appendHtmlText(builder, source.slice(range.start, range.end), range.start, decodeHTMLAttribute, attributeSyntax(source, range.start));
  return out.addOwnBlock(builder, 'description');
}

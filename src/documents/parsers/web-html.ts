/**
 * Web pages: the `<title>`, the meta description, then headings,
 * paragraphs, list items, table cells, links (navigation included: it is
 * copy too) and image alt text. Code is never copy: code blocks are
 * skipped, inline code is an opaque span.
 */
import type { Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { classDisplays, commentDirectives, documentLang, HtmlTextReader, parseHtml } from './html-text.js';
import { SegmentAssembler } from './segment-assembler.js';

/** Code blocks are skipped; inline code stays in its sentence as an opaque span. */
const CODE_BLOCKS = new Set(['pre']);

export const parseWebHtml: Parser = ({ source }) => {
  const out = new SegmentAssembler();
  const document = parseHtml(source);
  const reader = new HtmlTextReader(out, source, 0, { layout: 'web', skip: CODE_BLOCKS, displays: classDisplays(document) });
  const title = reader.readTitle(document, 'title');
  const description = reader.readMeta(document, 'description', 'description');
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

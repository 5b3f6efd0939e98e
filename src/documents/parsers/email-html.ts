/**
 * HTML emails: the subject (`<title>` or `<meta name="subject">`), the
 * hidden preheader at the top of the body, then body text, links, buttons
 * and image alt text. Content that only Outlook shows sits in conditional
 * comments and is never read; the downlevel-revealed form
 * (`<!--[if !mso]><!-->…<!--<![endif]-->`) is ordinary markup and is read once.
 */
import type { Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import {
  classDisplays,
  commentDirectives,
  documentLang,
  findElement,
  HtmlTextReader,
  isElement,
  isHidden,
  isNeverRead,
  looksLikePreheader,
  parseHtml,
  roughText,
  type ClassDisplays,
  type HtmlElement,
  type HtmlNode,
} from './html-text.js';
import { SegmentAssembler } from './segment-assembler.js';

export interface EmailFacts {
  subject?: string;
  preheader?: string;
  lang?: string;
}

/**
 * Reads email HTML into `out`. An .eml file has its subject in a header, so
 * it asks not to take one from the title.
 */
export function readEmailHtml(out: SegmentAssembler, html: string, { subjectFromTitle }: { subjectFromTitle: boolean }): EmailFacts {
  const document = parseHtml(html);
  const displays = classDisplays(document);
  const preheader = findPreheader(document.children, displays);
  const reader = new HtmlTextReader(out, html, 0, {
    layout: 'email',
    roleOf: (element) => (element === preheader ? 'preheader' : undefined),
    displays,
  });
  const subject = subjectFromTitle ? (reader.readTitle(document, 'subject') ?? reader.readMeta(document, 'subject', 'subject')) : undefined;
  const first = out.segments.length;
  reader.read(document.children);
  const preheaderText = out.segments
    .slice(first)
    .filter((segment) => segment.role === 'preheader')
    .map((segment) => segment.text)
    .join(' ');
  const lang = documentLang(document);
  return {
    ...(subject ? { subject: subject.text } : {}),
    ...(preheaderText ? { preheader: preheaderText } : {}),
    ...(lang ? { lang } : {}),
  };
}

export const parseEmailHtml: Parser = ({ source }) => {
  const out = new SegmentAssembler();
  const facts = readEmailHtml(out, source, { subjectFromTitle: true });
  return { ...out.finish(), directives: commentDirectives(source, new LineIndex(source)), meta: { ...facts } };
};

/**
 * The preheader: an element named so (class "preheader"), else the first
 * hidden element with text that comes before any visible text of the body.
 */
function findPreheader(nodes: HtmlNode[], displays: ClassDisplays): HtmlElement | undefined {
  const named = findElement(nodes, (element) => /(?:^|\s)preheader(?:\s|$)/i.test(element.attribs.class ?? '') && roughText(element) !== '');
  if (named) return preheaderText(named);
  const body = findElement(nodes, (element) => element.name === 'body');
  const found = firstHiddenBeforeText(body ? body.children : nodes, displays)?.element;
  return found && preheaderText(found);
}

/** The "view it in your browser" notice that shares the preheader's row in many templates. */
const VIEW_IN_BROWSER = /view (?:it|this(?: email)?|the email|online)|in (?:your|a|the) browser|not displaying|trouble (?:viewing|reading)|web version/i;

/** Containers whose text may be the preheader, or hold it further down. */
const PREHEADER_BLOCKS = new Set(['table', 'tbody', 'tr', 'td', 'th', 'div', 'p', 'span', 'center']);

/**
 * The element holding the preheader text itself. A template may wrap it in
 * a table whose other cell is a "view it in your browser" notice (Mailchimp's
 * `.preheaderContent`): then the preheader is the first block with text that
 * is not that notice.
 */
function preheaderText(element: HtmlElement): HtmlElement {
  const blocks = element.children.filter((child): child is HtmlElement => isElement(child) && PREHEADER_BLOCKS.has(child.name) && roughText(child) !== '');
  const hasOwnText = element.children.some((child) => !isElement(child) && roughText(child) !== '');
  if (hasOwnText) return element;
  const first = blocks.find((block) => !VIEW_IN_BROWSER.test(block.children.map(plainText).join(' '))) ?? blocks[0];
  return first === undefined ? element : preheaderText(first);
}

/** Text of a node with spaces kept, for reading a notice's words. */
function plainText(node: HtmlNode): string {
  if (!isElement(node)) return 'data' in node ? String(node.data) : '';
  return node.children.map(plainText).join(' ');
}

/** Walks in reading order; stops at the first visible text (result `{}`) or the first hidden text (`{ element }`). */
function firstHiddenBeforeText(nodes: HtmlNode[], displays: ClassDisplays): { element?: HtmlElement } | undefined {
  for (const node of nodes) {
    if (!isElement(node)) {
      if (roughText(node) !== '') return {};
      continue;
    }
    if (isNeverRead(node)) continue;
    if (looksLikePreheader(node, displays)) {
      if (roughText(node) !== '') return { element: node };
      continue;
    }
    if (isHidden(node, displays)) continue;
    const found = firstHiddenBeforeText(node.children, displays);
    if (found) return found;
  }
  return undefined;
}

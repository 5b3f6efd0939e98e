/**
 * Where each link's target stands in the source: the `href` value of an
 * HTML `<a>`, the destination of a Markdown `[text](url)` (the last one in
 * the element, so a linked image's own address is never taken for it), the
 * inside of an autolink `<url>`, or the link itself when it is a bare
 * address. A link whose target is written elsewhere (a Markdown reference)
 * stands for itself: its whole element.
 *
 * The range is read from the element the reader recorded, at the place its
 * syntax puts the target, never by searching the text for the address.
 */
import { attributeValueRange } from '../documents/parsers/html-text.js';
import type { Document, Link } from '../documents/types.js';

export interface LinkTarget {
  link: Link;
  /** Source range of the target as written (entities and escapes undecoded). */
  start: number;
  end: number;
}

export function linkTargets(document: Document): LinkTarget[] {
  return document.links.map((link) => ({ link, ...targetRange(document.source, link) }));
}

function targetRange(source: string, link: Link): { start: number; end: number } {
  const element = { start: link.start, end: link.end };
  if (source[link.start] === '<') return attributeValueRange(source, link.start, 'href') ?? autolinkRange(source, link) ?? element;
  if (source[link.end - 1] === ')') return markdownDestination(source, link) ?? element;
  return element;
}

/** `<https://acme.com/spring>`: the address between the angle brackets. */
function autolinkRange(source: string, link: Link): { start: number; end: number } | undefined {
  const inside = source.slice(link.start + 1, link.end - 1);
  return source[link.end - 1] === '>' && /^[a-z][a-z0-9+.-]*:\S*$/i.test(inside) ? { start: link.start + 1, end: link.end - 1 } : undefined;
}

/** `[text](<url> "title")` or `[text](url "title")`: the destination inside the last parenthesis. */
function markdownDestination(source: string, link: Link): { start: number; end: number } | undefined {
  const element = source.slice(link.start, link.end);
  const open = element.lastIndexOf('](');
  if (open < 0) return undefined;
  let start = open + 2;
  while (/[ \t]/.test(element[start] ?? '')) start++;
  if (element[start] === '<') {
    const close = element.indexOf('>', start);
    return close > start ? { start: link.start + start + 1, end: link.start + close } : undefined;
  }
  let end = start;
  for (let depth = 0; end < element.length - 1 && !/\s/.test(element.charAt(end)); end++) {
    if (element[end] === '(') depth++;
    else if (element[end] === ')' && depth-- === 0) break;
  }
  return end > start ? { start: link.start + start, end: link.start + end } : undefined;
}

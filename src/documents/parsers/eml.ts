/**
 * Saved emails (`.eml`). postal-mime reads the headers into metadata; the
 * text is read from the raw source so every position points into the
 * file: the Subject header (encoded words decoded as replaced chunks), then
 * the HTML part (else the plain-text part), read as email HTML.
 *
 * A part sent as 7bit or 8bit maps one to one. A quoted-printable part maps
 * character by character, each escape covered whole. A base64 part maps
 * each character to the few encoded characters it came from: findings land
 * on the right line of the encoded text, and are never fixable in place.
 */
import PostalMime, { decodeWords, type Address } from 'postal-mime';
import { assertNestingWithin, MAX_NESTING_DEPTH } from '../nesting.js';
import type { Parser } from '../parser.js';
import { LineIndex } from '../positions.js';
import { SegmentTextBuilder } from '../source-map.js';
import { MAIL_HEADER, PLAIN_TEXT } from '../text-syntax.js';
import type { Directive, ParseWarning } from '../types.js';
import { appendAligned, type AlignRules } from './align-text.js';
import { readEmailHtml, type EmailFacts } from './email-html.js';
import { commentDirectives } from './html-text.js';
import { composeMaps, decodeBody, findPart, headerValue, readPart, type DecodedText, type HeaderField, type MimePart } from './mime.js';
import { SegmentAssembler } from './segment-assembler.js';

/** Header folding and line breaks in plain text read as one space. */
const FOLDING: AlignRules = { linePrefix: /[ \t]/, syntax: PLAIN_TEXT };
const HEADER_FOLDING: AlignRules = { ...FOLDING, syntax: MAIL_HEADER };

export const parseEml: Parser = async ({ source }) => {
  const out = new SegmentAssembler();
  const lines = new LineIndex(source);
  const warnings: ParseWarning[] = [];
  const message = readPart(source);
  const subjectHeader = headerValue(message.headers, 'subject');
  if (subjectHeader) out.addOwnBlock(subjectText(source, subjectHeader), 'subject');

  const isText = (type: string) => (part: MimePart) => part.type === type && !part.attachment;
  const part = findPart(message, isText('text/html')) ?? findPart(message, isText('text/plain'));
  let facts: EmailFacts = {};
  let directives: Directive[] = [];
  if (part) {
    const body = decodeBody(source, part);
    if (part.type === 'text/html' && part.encoding !== '7bit' && part.encoding !== '8bit') assertDecodedNesting(body, lines);
    facts = readDecoded(out, body, part.type === 'text/html', !subjectHeader);
    directives = commentDirectives(body.text, new LineIndex(body.text)).map((directive) => {
      const start = body.map.toSourceStart(directive.start);
      return { ...directive, start, end: body.map.toSourceEnd(directive.end), line: lines.position(start).line };
    });
  } else {
    warnings.push({ message: 'The message has no text/html or text/plain part to read.', start: message.bodyStart, end: message.bodyStart });
  }
  return { ...out.finish(), directives, meta: { ...(await headerFacts(source)), ...facts }, warnings };
};

/**
 * HTML sent base64 or quoted-printable hides its tags from the check of the
 * file's own text; its decoded text is held to the same nesting limit, and
 * an excess is reported on the encoded line it was decoded from.
 */
function assertDecodedNesting(body: DecodedText, lines: LineIndex): void {
  assertNestingWithin(body.text, 'html', MAX_NESTING_DEPTH, (offset) => {
    const { line } = lines.position(body.map.toSourceStart(offset));
    return { offset: lines.lineStart(line), line };
  });
}

/**
 * Reads decoded body text into `out` and carries everything it added back
 * from decoded offsets to the source.
 */
function readDecoded(out: SegmentAssembler, body: DecodedText, html: boolean, subjectFromTitle: boolean): EmailFacts {
  const firstSegment = out.segments.length;
  const firstLink = out.links.length;
  const firstImage = out.images.length;
  let facts: EmailFacts = {};
  if (html) facts = readEmailHtml(out, body.text, { subjectFromTitle });
  else readPlainText(out, body.text);
  for (const segment of out.segments.slice(firstSegment)) segment.map = composeMaps(segment.map, body.map, body.transfer);
  for (const located of [...out.links.slice(firstLink), ...out.images.slice(firstImage)]) {
    located.start = body.map.toSourceStart(located.start);
    located.end = body.map.toSourceEnd(located.end);
  }
  return facts;
}

/** A plain-text body: one segment per paragraph, the URLs in it recorded as links. */
function readPlainText(out: SegmentAssembler, text: string): void {
  for (const paragraph of text.matchAll(/\S[^\r\n]*(?:(?:\r\n|\r|\n)[ \t]*\S[^\r\n]*)*/g)) {
    const builder = new SegmentTextBuilder();
    appendAligned(builder, paragraph[0], text, paragraph.index, paragraph.index + paragraph[0].length, FOLDING);
    const segment = out.addOwnBlock(builder, 'body');
    if (!segment) continue;
    for (const span of segment.opaque) {
      if (span.kind !== 'url') continue;
      out.links.push({ href: segment.text.slice(span.start, span.end), segment: segment.index, ...segment.map.toSource(span.start, span.end) });
    }
  }
}

/** An RFC 2047 encoded word: `=?charset?Q?…?=` or `=?charset?B?…?=`. */
const ENCODED_WORD = /=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=/g;

/**
 * The Subject header as segment text: encoded words decoded (each a
 * replaced chunk), folding undone, the white space between two encoded
 * words dropped as RFC 2047 says.
 */
function subjectText(source: string, header: HeaderField): SegmentTextBuilder {
  const builder = new SegmentTextBuilder();
  let last = header.start;
  for (const word of header.raw.matchAll(ENCODED_WORD)) {
    const start = header.start + word.index;
    const betweenWords = last > header.start && source.slice(last, start).trim() === '';
    if (!betweenWords) appendAligned(builder, source.slice(last, start), source, last, start, HEADER_FOLDING);
    builder.replaced(decodeWords(word[0]), start, start + word[0].length);
    last = start + word[0].length;
  }
  appendAligned(builder, source.slice(last, header.end), source, last, header.end, HEADER_FOLDING);
  return builder;
}

/** Metadata from the headers: who, when, the subject as decoded, List-Unsubscribe targets. */
async function headerFacts(source: string): Promise<Record<string, unknown>> {
  const email = await PostalMime.parse(source);
  const header = (name: string) => email.headers.find((field) => field.key === name)?.value;
  const listUnsubscribe = header('list-unsubscribe');
  const facts: Record<string, unknown> = {
    from: email.from && formatAddress(email.from),
    to: email.to?.map(formatAddress),
    subject: email.subject,
    date: email.date,
    'list-unsubscribe': listUnsubscribe && [...listUnsubscribe.matchAll(/<([^>]+)>/g)].map(([, address = '']) => address.trim()),
    'list-unsubscribe-post': header('list-unsubscribe-post'),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

function formatAddress(address: Address): string {
  if (address.group) return `${address.name}: ${address.group.map(formatAddress).join(', ')};`;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

/**
 * Runs one parser on a string or bytes and assembles the document the way
 * readDocument does, so a parser can be tested on its own, with the channel
 * and options a test needs.
 */
import { expect } from 'vitest';
import { decodeSource } from '../../../src/documents/decode.js';
import { DEFAULT_PARSER_OPTIONS, type Parser, type ParserOptions } from '../../../src/documents/parser.js';
import { documentOf } from '../../../src/documents/read.js';
import type { Channel, Document, Segment } from '../../../src/documents/types.js';
import { present } from '../../helpers/documents.js';

export async function parseWith(
  parser: Parser,
  path: string,
  text: string | Uint8Array,
  channel: Channel,
  options: Partial<ParserOptions> = {},
): Promise<Document> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const { text: source, encoding } = decodeSource(bytes);
  const draft = await parser({ path, bytes, source, encoding, channel, options: { ...DEFAULT_PARSER_OPTIONS, ...options } });
  return documentOf(path, channel, source, encoding, draft);
}

/** UTF-16 LE bytes with a byte order mark, as Windows tools save "Unicode" text. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** UTF-8 bytes with a byte order mark, as Excel saves "CSV UTF-8". */
export function utf8WithBom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

/** The opaque spans of a segment as `kind:text` strings. */
export function opaqueOf(segment: Segment | undefined): string[] {
  const { opaque, text } = present(segment);
  return opaque.map((span) => `${span.kind}:${text.slice(span.start, span.end)}`);
}

/**
 * The source-map invariant for formats whose replaced chunks are escapes
 * (JSON and YAML `\u00e9`, `\"`, `\n`): every verbatim chunk reads the same
 * in the source, every replaced chunk's source decodes to its text.
 */
export function expectEscapesMapBack(document: Document, decode: (escape: string) => string): void {
  for (const segment of document.segments) {
    for (const chunk of segment.map.chunks) {
      const text = segment.text.slice(chunk.segStart, chunk.segEnd);
      const source = document.source.slice(chunk.srcStart, chunk.srcEnd);
      if (chunk.verbatim) expect(source).toBe(text);
      else if (text.trim() !== '') expect(decode(source)).toBe(text);
    }
  }
}

/** JSON string escapes as JSON.parse reads them. */
export function decodeJsonEscape(escape: string): string {
  return JSON.parse(`"${escape}"`) as string;
}

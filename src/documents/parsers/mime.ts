/**
 * Just enough MIME to find the text of an .eml file in its raw source:
 * headers with the source range of each value, the part tree, and
 * transfer decoding that keeps a map from every decoded character back to
 * the encoded source.
 *
 * A decoded body is a string plus an OffsetMap whose "segment" side is the
 * decoded text and whose source side is the file: quoted-printable text
 * stays verbatim between escapes, each `=XX` escape (or the run of them
 * that encodes one character) is a replaced chunk, and a soft line break
 * maps to nothing. A base64 body is replaced chunks only, each covering the
 * few encoded characters its bytes came from, so positions inside base64
 * land on the right encoded line but can never be fixed in place.
 */
import iconv from 'iconv-lite';
import { OffsetMap, type Chunk } from '../source-map.js';
import { itemAt } from '../../text/items.js';
import { lastStartingAtOrBefore } from '../../text/ranges.js';
import type { TextSyntax, Transfer } from '../text-syntax.js';

export interface HeaderField {
  /** Lower-cased field name. */
  name: string;
  /** The raw value, folding included. */
  raw: string;
  /** Source range of the raw value. */
  start: number;
  end: number;
}

export interface MimePart {
  headers: HeaderField[];
  /** Lower-cased `type/subtype`; text/plain when the part does not say. */
  type: string;
  charset: string;
  /** Lower-cased Content-Transfer-Encoding; 7bit when absent. */
  encoding: string;
  attachment: boolean;
  bodyStart: number;
  bodyEnd: number;
  parts: MimePart[];
}

export interface DecodedText {
  text: string;
  /** From offsets in `text` to offsets in the raw source. */
  map: OffsetMap;
  /** How the part is encoded, which a fix written into it must follow. */
  transfer?: Transfer;
}

const HEADER_LINE = /([^:\r\n]+):[ \t]*((?:[^\r\n]*(?:\r\n|\r|\n)[ \t])*[^\r\n]*)(\r\n|\r|\n|$)/y;
const LINE_BREAK = /\r\n|\r|\n/y;

/** Reads the header block at `start`; the body starts after the first empty line. */
export function readHeaders(source: string, start: number, end: number): { headers: HeaderField[]; bodyStart: number } {
  const headers: HeaderField[] = [];
  let index = start;
  while (index < end) {
    LINE_BREAK.lastIndex = index;
    if (LINE_BREAK.exec(source)) return { headers, bodyStart: LINE_BREAK.lastIndex };
    HEADER_LINE.lastIndex = index;
    const match = HEADER_LINE.exec(source);
    if (!match || match.index + match[0].length > end) break;
    const [whole, name = '', raw = '', lineBreak = ''] = match;
    const valueStart = match.index + whole.length - lineBreak.length - raw.length;
    headers.push({ name: name.trim().toLowerCase(), raw, start: valueStart, end: valueStart + raw.length });
    index = HEADER_LINE.lastIndex;
  }
  return { headers, bodyStart: Math.min(index, end) };
}

export function headerValue(headers: readonly HeaderField[], name: string): HeaderField | undefined {
  return headers.find((header) => header.name === name);
}

/** A header value with folding undone and parameters split off: `text/html; charset="utf-8"`. */
function parseStructured(raw: string | undefined): { value: string; params: Record<string, string> } {
  const [value = '', ...rest] = (raw ?? '').replace(/\r\n|\r|\n/g, '').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const match = /^\s*([\w*-]+)\s*=\s*(?:"([^"]*)"|([^\s;]*))/.exec(param);
    if (match) params[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return { value: value.trim().toLowerCase(), params };
}

/** The part tree of the message or part that starts at `start`. */
export function readPart(source: string, start = 0, end = source.length, depth = 0): MimePart {
  const { headers, bodyStart } = readHeaders(source, start, end);
  const contentType = parseStructured(headerValue(headers, 'content-type')?.raw);
  const disposition = parseStructured(headerValue(headers, 'content-disposition')?.raw);
  const part: MimePart = {
    headers,
    type: contentType.value || 'text/plain',
    charset: (contentType.params.charset ?? 'utf-8').toLowerCase(),
    encoding: parseStructured(headerValue(headers, 'content-transfer-encoding')?.raw).value || '7bit',
    attachment: disposition.value === 'attachment',
    bodyStart,
    bodyEnd: end,
    parts: [],
  };
  const boundary = contentType.params.boundary;
  if (part.type.startsWith('multipart/') && boundary && depth < 20) {
    part.parts = splitMultipart(source, bodyStart, end, boundary).map((range) => readPart(source, range.start, range.end, depth + 1));
  }
  return part;
}

/** Ranges of the body parts between `--boundary` lines; the line break before a delimiter belongs to it. */
function splitMultipart(source: string, start: number, end: number, boundary: string): { start: number; end: number }[] {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const delimiter = new RegExp(`(?:\\r\\n|\\r|\\n|^)--${escaped}(--)?[ \\t]*(?:\\r\\n|\\r|\\n|$)`, 'g');
  const body = source.slice(start, end);
  const ranges: { start: number; end: number }[] = [];
  let partStart: number | undefined;
  for (const match of body.matchAll(delimiter)) {
    if (partStart !== undefined) ranges.push({ start: start + partStart, end: start + match.index });
    if (match[1]) return ranges;
    partStart = match.index + match[0].length;
  }
  if (partStart !== undefined) ranges.push({ start: start + partStart, end });
  return ranges;
}

/** The first part, depth first, that passes `test`. */
export function findPart(part: MimePart, test: (part: MimePart) => boolean): MimePart | undefined {
  if (test(part)) return part;
  for (const child of part.parts) {
    const found = findPart(child, test);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Transfer decoding with maps

/** Collects decoded text and its chunks; adjacent verbatim runs of the source merge. */
class DecodedTextWriter {
  private readonly parts: string[] = [];
  private readonly chunks: Chunk[] = [];
  private length = 0;

  verbatim(text: string, srcStart: number): void {
    if (text.length === 0) return;
    const previous = this.chunks.at(-1);
    if (previous?.verbatim && previous.srcEnd === srcStart) {
      previous.segEnd += text.length;
      previous.srcEnd += text.length;
    } else this.chunks.push({ segStart: this.length, segEnd: this.length + text.length, srcStart, srcEnd: srcStart + text.length, verbatim: true });
    this.push(text);
  }

  replaced(text: string, srcStart: number, srcEnd: number): void {
    if (text.length === 0) return;
    this.chunks.push({ segStart: this.length, segEnd: this.length + text.length, srcStart, srcEnd, verbatim: false });
    this.push(text);
  }

  finish(): DecodedText {
    return { text: this.parts.join(''), map: new OffsetMap(this.chunks) };
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}

export function decodeBody(source: string, part: MimePart): DecodedText {
  return { ...decodeTransfer(source, part), transfer: { encoding: part.encoding, charset: part.charset } };
}

function decodeTransfer(source: string, part: MimePart): DecodedText {
  switch (part.encoding) {
    case 'quoted-printable':
      return decodeQuotedPrintable(source, part.bodyStart, part.bodyEnd, part.charset);
    case 'base64':
      return decodeBase64(source, part.bodyStart, part.bodyEnd, part.charset);
    default: {
      const writer = new DecodedTextWriter();
      writer.verbatim(source.slice(part.bodyStart, part.bodyEnd), part.bodyStart);
      return writer.finish();
    }
  }
}

/** One escape (`=XX`) or soft line break (`=` at the end of a line) of quoted-printable. */
const QP_TOKEN = /=([0-9A-Fa-f]{2})|=[ \t]*(?:\r\n|\r|\n)/y;

/**
 * Quoted-printable: literal text is verbatim; a run of escapes is decoded
 * as bytes in the part's charset, one replaced chunk per character; soft
 * line breaks vanish (also inside a run, where they split a character's bytes).
 */
export function decodeQuotedPrintable(source: string, start: number, end: number, charset: string): DecodedText {
  const writer = new DecodedTextWriter();
  let index = start;
  let literalStart = start;
  while (index < end) {
    const equals = source.indexOf('=', index);
    if (equals < 0 || equals >= end) break;
    QP_TOKEN.lastIndex = equals;
    if (!QP_TOKEN.exec(source) || QP_TOKEN.lastIndex > end) {
      index = equals + 1;
      continue;
    }
    writer.verbatim(source.slice(literalStart, equals), literalStart);
    index = writeEscapeRun(writer, source, equals, end, charset);
    literalStart = index;
  }
  writer.verbatim(source.slice(literalStart, end), literalStart);
  return writer.finish();
}

/** Decodes the run of escapes and soft breaks at `start`; returns where it ends. */
function writeEscapeRun(writer: DecodedTextWriter, source: string, start: number, end: number, charset: string): number {
  const bytes: number[] = [];
  /** Source range of each byte's escape. */
  const ranges: [number, number][] = [];
  let index = start;
  for (;;) {
    QP_TOKEN.lastIndex = index;
    const token = QP_TOKEN.exec(source);
    if (!token || QP_TOKEN.lastIndex > end) break;
    if (token[1] !== undefined) {
      bytes.push(parseInt(token[1], 16));
      ranges.push([index, QP_TOKEN.lastIndex]);
    }
    index = QP_TOKEN.lastIndex;
  }
  writeBytes(writer, bytes, ranges, charset);
  return index;
}

/**
 * Writes decoded bytes as replaced chunks, one per character where the
 * charset allows telling characters apart (UTF-8 and single-byte charsets),
 * each covering the source of its bytes.
 */
function writeBytes(writer: DecodedTextWriter, bytes: number[], ranges: [number, number][], charset: string): void {
  const encoding = knownCharset(charset);
  for (const [first, last] of characterByteGroups(bytes, encoding)) {
    writer.replaced(decodeCharset(Uint8Array.from(bytes.slice(first, last)), encoding), itemAt(ranges, first)[0], itemAt(ranges, last - 1)[1]);
  }
}

/** Byte ranges `[first, last)` of the characters in `bytes`; the whole run when the charset's characters cannot be told apart. */
function characterByteGroups(bytes: number[], encoding: string): [number, number][] {
  if (bytes.length === 0) return [];
  if (encoding !== 'utf-8') return SINGLE_BYTE_ENCODING.test(encoding) ? bytes.map((_, index) => [index, index + 1]) : [[0, bytes.length]];
  const groups: [number, number][] = [];
  for (let index = 0; index < bytes.length;) {
    const lead = itemAt(bytes, index);
    let length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    length = Math.min(length, bytes.length - index);
    groups.push([index, index + length]);
    index += length;
  }
  return groups;
}

const SINGLE_BYTE_ENCODING = /^(?:windows-125\d|iso-8859-\d+|us-ascii|koi8-[ru]|macintosh|ibm866)$/;

/** The charset's name as decoding knows it; UTF-8 for one it does not know. */
export function knownCharset(charset: string): string {
  const name = charset.trim().toLowerCase();
  return name !== 'utf-8' && name !== 'utf8' && iconv.encodingExists(name) ? name : 'utf-8';
}

/**
 * Bytes in a charset to text, with iconv-lite's tables: WHATWG decoders
 * as Node builds them may read windows-1252's 0x80–0x9F (™, curly quotes,
 * dashes) as control characters.
 */
function decodeCharset(bytes: Uint8Array, encoding: string): string {
  return encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(Buffer.from(bytes), encoding);
}

const BASE64_CHAR = /[A-Za-z0-9+/]/;

/** Base64: every character maps to the encoded characters its bytes came from. */
export function decodeBase64(source: string, start: number, end: number, charset: string): DecodedText {
  const offsets: number[] = [];
  let encoded = '';
  for (let index = start; index < end; index++) {
    if (!BASE64_CHAR.test(source.charAt(index))) continue;
    encoded += source[index];
    offsets.push(index);
  }
  const bytes = [...Buffer.from(encoded, 'base64')];
  const ranges = bytes.map((_, byte): [number, number] => {
    const group = Math.floor(byte / 3) * 4;
    return [itemAt(offsets, group), itemAt(offsets, Math.min(group + 3, offsets.length - 1)) + 1];
  });
  const writer = new DecodedTextWriter();
  writeBytes(writer, bytes, ranges, charset);
  return writer.finish();
}

// ---------------------------------------------------------------------------
// Map composition

/**
 * The map of a segment read from decoded text, carried through to the raw
 * source: `outer` maps segment offsets to decoded offsets, `inner` decoded
 * offsets to the source.
 */
export function composeMaps(outer: OffsetMap, inner: OffsetMap, transfer?: Transfer): OffsetMap {
  if (inner.chunks.length === 0) return outer;
  const written = (syntax: TextSyntax | undefined): TextSyntax | undefined =>
    syntax && transfer && (syntax.kind === 'plain' || syntax.kind === 'html') ? { ...syntax, transfer } : syntax;
  const chunks: Chunk[] = [];
  for (const chunk of outer.chunks) {
    if (!chunk.verbatim) {
      chunks.push({ ...chunk, srcStart: inner.toSourceStart(chunk.srcStart), srcEnd: inner.toSourceEnd(chunk.srcEnd) });
      continue;
    }
    for (let at = chunk.srcStart; at < chunk.srcEnd;) {
      const innerChunk = itemAt(
        inner.chunks,
        lastStartingAtOrBefore(inner.chunks, at, (candidate) => candidate.segStart),
      );
      const stop = Math.min(chunk.srcEnd, innerChunk.segEnd);
      if (stop <= at) break;
      const segStart = chunk.segStart + (at - chunk.srcStart);
      const segEnd = chunk.segStart + (stop - chunk.srcStart);
      if (innerChunk.verbatim) {
        const srcStart = innerChunk.srcStart + (at - innerChunk.segStart);
        const syntax = written(chunk.syntax);
        chunks.push({ segStart, segEnd, srcStart, srcEnd: srcStart + (stop - at), verbatim: true, ...(syntax ? { syntax } : {}) });
      } else chunks.push({ segStart, segEnd, srcStart: innerChunk.srcStart, srcEnd: innerChunk.srcEnd, verbatim: false });
      at = stop;
    }
  }
  return new OffsetMap(chunks);
}

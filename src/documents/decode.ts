/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or
 * without one, told by its NUL bytes); UTF-32 is refused by name. The BOM is
 * removed from the text (column 1 is the first character after it) and
 * remembered, with the line-ending style, so --fix writes the same bytes back.
 */
import { UnreadableFileError, type SourceEncoding } from './types.js';

export function decodeSource(bytes: Uint8Array): { text: string; encoding: SourceEncoding } {
  let text: string;
  let encoding: SourceEncoding['encoding'] = 'utf8';
  let bom: boolean;
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    throw new UnreadableFileError('File is UTF-32; brandlint reads UTF-8 and UTF-16: save it as UTF-8.');
  }
  const wide = bomlessUtf16(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf16le';
    bom = true;
    text = decode('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf16be';
    bom = true;
    text = decode('utf-16be', bytes.subarray(2));
  } else if (wide) {
    encoding = wide;
    bom = false;
    text = decode(wide === 'utf16le' ? 'utf-16le' : 'utf-16be', bytes);
  } else {
    bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (looksBinary(bytes)) throw new UnreadableFileError('File looks binary (it contains NUL bytes); brandlint reads text files.');
    text = decode('utf-8', bom ? bytes.subarray(3) : bytes);
  }
  return { text, encoding: { encoding, bom, eol: dominantLineEnding(text) } };
}

export function encodeSource(text: string, encoding: SourceEncoding): Uint8Array {
  if (encoding.encoding === 'utf8') {
    const body = Buffer.from(text, 'utf8');
    return encoding.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const body = Buffer.from(text, 'utf16le');
  if (encoding.encoding === 'utf16be') body.swap16();
  const bom = encoding.encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return encoding.bom ? Buffer.concat([Buffer.from(bom), body]) : body;
}

function decode(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new UnreadableFileError(
      `File is not valid ${label.toUpperCase()}${offset >= 0 ? ` (bad byte at offset ${offset})` : ''}; save it as UTF-8.`,
      Math.max(0, offset),
    );
  }
}

/**
 * UTF-16 saved without a byte order mark, told by its NUL bytes: text in
 * Latin script puts a NUL in every other byte, the same half each time.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const limit = Math.min(bytes.length, 8192) & ~1;
  if (limit < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < limit; index += 2) {
    if (bytes[index] === 0) evenNuls++;
    if (bytes[index + 1] === 0) oddNuls++;
  }
  const pairs = limit / 2;
  if (oddNuls > pairs * 0.6 && evenNuls === 0) return 'utf16le';
  if (evenNuls > pairs * 0.6 && oddNuls === 0) return 'utf16be';
  return undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let index = 0; index < limit; index++) if (bytes[index] === 0) return true;
  return false;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index] ?? 0;
    const step = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (step === 0) return index;
    // A byte past the end is no continuation byte: the sequence is cut short.
    for (let next = 1; next < step; next++) if ((bytes[index + next] ?? 0) >> 6 !== 0b10) return index;
    index += step;
  }
  return -1;
}

/** The line ending most lines use; counted in one pass, as every file read (and every code frame) pays for it. */
function dominantLineEnding(text: string): SourceEncoding['eol'] {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) === 10) crlf++;
    else cr++;
  }
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lf++;
  lf -= crlf;
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

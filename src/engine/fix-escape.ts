/**
 * A fix's replacement written the way the place it lands needs. Rules give
 * the text a reader should see; the file may need it escaped (`&amp;` in
 * HTML, `\"` in a JSON string, `""` in a quoted CSV cell, a backslash before
 * Markdown punctuation), a value quoted (a CSV cell or a YAML plain scalar
 * that a comma or a colon would break), or encoded for the MIME part it
 * stands in (quoted-printable, in the part's charset). Where none of that
 * can keep the file's structure, the fix is refused and says why.
 */
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import type { TextSyntax, Transfer } from '../documents/text-syntax.js';
import type { SourceEncoding } from '../documents/types.js';
import type { Fix } from './types.js';

const LINE_BREAK = /[\r\n\u2028\u2029]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ON_ONE_LINE = 'the replacement has a line break, which this place cannot hold';

/** The fix replacing source[start, end) with `text`, as the syntax there needs it; a refused fix says why. */
export function writtenFix(source: string, eol: SourceEncoding['eol'], syntax: TextSyntax | undefined, start: number, end: number, text: string): Fix {
  const refuse = (reason: string): Fix => ({ start, end, text, refused: reason });
  if (!syntax) return refuse('brandlint cannot tell how text is written at this place');
  if (syntax.kind === 'read-only') return refuse(syntax.reason);
  if (CONTROL.test(text)) return refuse('the replacement holds control characters');
  const escaped = escapeFor(syntax, source, start, end, text);
  if (typeof escaped === 'string') return refuse(escaped);
  if ((syntax.kind === 'plain' || syntax.kind === 'html') && syntax.transfer) {
    const encoded = encodeForTransfer(syntax.transfer, source, eol, escaped.start, escaped.end, escaped.text);
    return typeof encoded === 'string' ? refuse(encoded) : { ...escaped, text: encoded.text };
  }
  return escaped;
}

/** The replacement escaped for its syntax, or why it cannot be. */
function escapeFor(syntax: TextSyntax, source: string, start: number, end: number, text: string): Fix | string {
  const at = (written: string): Fix => ({ start, end, text: written });
  const oneLine = !LINE_BREAK.test(text);
  switch (syntax.kind) {
    case 'plain':
      return oneLine ? at(text) : ON_ONE_LINE;
    case 'markdown':
      return oneLine ? at(escapeMarkdown(text, atLineStart(source, start))) : ON_ONE_LINE;
    case 'html':
      return oneLine ? escapeHtml(text, syntax.quote, at) : ON_ONE_LINE;
    case 'json-string':
      return at(JSON.stringify(text).slice(1, -1));
    case 'yaml':
      return escapeYaml(syntax, source, start, end, text);
    case 'toml':
      if (syntax.style === 'basic') return at(escapeDoubleQuoted(text));
      return oneLine && !text.includes("'") ? at(text) : 'a TOML literal string cannot hold a quote or a line break; write it in double quotes';
    case 'csv':
      return escapeCsv(syntax, source, start, end, text);
    case 'mail-header':
      return oneLine && /^[\x20-\x7e]*$/.test(text) ? at(text) : 'a mail header holds plain ASCII on one line';
    case 'read-only':
      return syntax.reason;
  }
}

// ---------------------------------------------------------------------------
// Markdown and HTML

/** Punctuation that Markdown or MDX may read as markup anywhere in a line. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>{}|~]/g;
/** Character references, which Markdown decodes. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

function escapeMarkdown(text: string, lineStart: boolean): string {
  let escaped = text.replace(MARKDOWN_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
  if (lineStart) escaped = escaped.replace(/^[#+=-]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}

/** Only white space and block-quote markers stand between the line's start and `offset`. */
function atLineStart(source: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const char = source[index];
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t' && char !== '>') return false;
  }
  return true;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string, quote: '"' | "'" | '' | undefined, at: (text: string) => Fix): Fix | string {
  if (quote === '' && /[\s"'=<>`]/.test(text)) return 'an unquoted HTML attribute value cannot hold spaces, quotes or angle brackets; quote the value';
  const special = quote === '"' ? /[&<>"]/g : quote === "'" ? /[&<>']/g : /[&<>]/g;
  return at(text.replace(special, (char) => HTML_ESCAPES[char] ?? char));
}

// ---------------------------------------------------------------------------
// YAML, TOML, CSV

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** Text inside a YAML double-quoted scalar or a TOML basic string, which share these escapes. */
function escapeDoubleQuoted(text: string): string {
  return text.replace(
    /[\\"\u0000-\u001f\u007f\u2028\u2029]/g,
    (char) => DOUBLE_QUOTED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

function escapeYaml(syntax: Extract<TextSyntax, { kind: 'yaml' }>, source: string, start: number, end: number, text: string): Fix | string {
  const at = (written: string): Fix => ({ start, end, text: written });
  if (syntax.style === 'double') return at(escapeDoubleQuoted(text));
  if (LINE_BREAK.test(text)) return ON_ONE_LINE;
  if (syntax.style === 'single') return at(text.replace(/'/g, "''"));
  if (syntax.style === 'block') return at(text);
  // A plain scalar has no escapes: the value must still read as the same string, else it is quoted whole.
  const value = source.slice(syntax.start, start) + text + source.slice(end, syntax.end);
  if (readsAsPlainString(value)) return at(text);
  if (LINE_BREAK.test(value)) return 'the replacement needs quotes in this YAML value, which spans lines; quote the value';
  return { start: syntax.start, end: syntax.end, text: `"${escapeDoubleQuoted(value)}"` };
}

/** The text, written as a plain scalar in a block mapping or in a flow list, reads back as the same string. */
function readsAsPlainString(value: string): boolean {
  if (LINE_BREAK.test(value)) return !/[:#,[\]{}]/.test(value);
  try {
    const inBlock = parseYaml(`key: ${value}\n`) as unknown;
    const inFlow = parseYaml(`[${value}]\n`) as unknown;
    return (
      typeof inBlock === 'object' &&
      inBlock !== null &&
      (inBlock as Record<string, unknown>).key === value.trim() &&
      Array.isArray(inFlow) &&
      inFlow.length === 1 &&
      inFlow[0] === value.trim()
    );
  } catch {
    return false;
  }
}

function escapeCsv(syntax: Extract<TextSyntax, { kind: 'csv' }>, source: string, start: number, end: number, text: string): Fix | string {
  if (LINE_BREAK.test(text)) return ON_ONE_LINE;
  if (syntax.quoted) return { start, end, text: text.replace(/"/g, '""') };
  if (!text.includes(syntax.delimiter) && !text.includes('"')) return { start, end, text };
  // The delimiter or a quote would split the cell: the cell is quoted whole.
  const value = source.slice(syntax.start, start) + text + source.slice(end, syntax.end);
  return { start: syntax.start, end: syntax.end, text: `"${value.replace(/"/g, '""')}"` };
}

// ---------------------------------------------------------------------------
// MIME parts

/** Longest line of quoted-printable text, soft line break included (RFC 2045). */
const QP_LINE = 76;

function encodeForTransfer(transfer: Transfer, source: string, eol: string, start: number, end: number, text: string): { text: string } | string {
  const ascii = /^[\x20-\x7e\t]*$/.test(text);
  switch (transfer.encoding) {
    case 'quoted-printable':
      return encodeQuotedPrintable(transfer.charset, source, eol, start, end, text);
    case '7bit':
      return ascii ? { text } : 'this mail part is 7-bit ASCII; brandlint does not re-encode it';
    case '8bit':
    case 'binary':
      return ascii || charsetName(transfer.charset) === 'utf-8'
        ? { text }
        : `this mail part is written in ${transfer.charset}; brandlint does not re-encode it`;
    default:
      return `brandlint does not write into ${transfer.encoding} mail parts`;
  }
}

function charsetName(charset: string): string {
  const name = charset.trim().toLowerCase();
  return name === 'utf8' ? 'utf-8' : name;
}

/**
 * The replacement as quoted-printable in the part's charset, with soft line
 * breaks so that no line grows past 76 characters.
 */
function encodeQuotedPrintable(charset: string, source: string, eol: string, start: number, end: number, text: string): { text: string } | string {
  const name = charsetName(charset);
  if (name !== 'utf-8' && !iconv.encodingExists(name)) return `brandlint cannot write the charset ${charset}`;
  const bytes = name === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, name);
  if ((name === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, name)) !== text) return `the replacement has characters that ${charset} cannot hold`;
  const lineStart = Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1;
  const lineEnd = source.slice(end).search(/\r|\n/);
  const rest = lineEnd < 0 ? source.length - end : lineEnd;
  const endsLine = rest === 0;
  let column = start - lineStart;
  let written = '';
  bytes.forEach((byte, index) => {
    const last = index === bytes.length - 1;
    const literal =
      byte >= 33 && byte <= 126 && byte !== 61
        ? String.fromCharCode(byte)
        : (byte === 32 || byte === 9) && !(last && endsLine)
          ? String.fromCharCode(byte)
          : '';
    const token = literal || `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (column + token.length > QP_LINE - 1) {
      written += `=${eol}`;
      column = 0;
    }
    written += token;
    column += token.length;
  });
  if (column + rest > QP_LINE) written += `=${eol}`;
  return { text: written };
}

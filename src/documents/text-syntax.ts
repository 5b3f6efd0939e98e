/**
 * How the verbatim text of a document is written in its file, recorded by
 * the readers with the source map, so that a fix can write its replacement
 * the way the place it lands needs: escaped for HTML text or an attribute
 * in its quotes, for a JSON string, for a YAML or TOML scalar in its style,
 * for a CSV cell quoted or not, encoded for a MIME part — or refused.
 */
export type TextSyntax =
  /** Text as written, one line: `.txt` posts and scripts. */
  | { kind: 'plain'; transfer?: Transfer }
  /** Markdown (and MDX) prose, where punctuation may be markup. */
  | { kind: 'markdown' }
  /** HTML text between tags, or an attribute value in its quote ('' when unquoted). */
  | { kind: 'html'; quote?: '"' | "'" | ''; transfer?: Transfer }
  | { kind: 'json-string' }
  /** A YAML scalar in its style; `start`/`end` is the whole scalar, for quoting a plain one. */
  | { kind: 'yaml'; style: 'plain' | 'double' | 'single' | 'block'; start: number; end: number }
  | { kind: 'toml'; style: 'basic' | 'literal' }
  /** A CSV cell; `start`/`end` is the whole cell, for quoting an unquoted one. */
  | { kind: 'csv'; quoted: boolean; delimiter: string; start: number; end: number }
  /** A mail header value: ASCII on one line. */
  | { kind: 'mail-header' }
  /** Text brandlint reads but never writes, and why. */
  | { kind: 'read-only'; reason: string };

/** The transfer encoding and charset of the MIME part a text stands in. */
export interface Transfer {
  encoding: string;
  charset: string;
}

export const PLAIN_TEXT: TextSyntax = { kind: 'plain' };
export const MARKDOWN_PROSE: TextSyntax = { kind: 'markdown' };
export const HTML_TEXT: TextSyntax = { kind: 'html' };
export const JSON_STRING: TextSyntax = { kind: 'json-string' };
export const MAIL_HEADER: TextSyntax = { kind: 'mail-header' };

/** The syntax of a file's verbatim text where its reader records none, by extension; undefined where every reader records its own. */
export function fileSyntax(extension: string): TextSyntax | undefined {
  switch (extension) {
    case '.txt':
      return PLAIN_TEXT;
    case '.html':
    case '.htm':
      return HTML_TEXT;
    case '.docx':
      return { kind: 'read-only', reason: 'brandlint reads Word documents but does not write them' };
    case '.eml':
    case '.csv':
    case '.json':
    case '.yaml':
    case '.yml':
      return undefined;
    default:
      return MARKDOWN_PROSE;
  }
}

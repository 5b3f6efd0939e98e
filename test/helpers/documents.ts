/**
 * Test helpers for parsers: read a string as a file, and check the source
 * map invariant of every segment.
 */
import { expect } from 'vitest';
import { DEFAULT_PARSER_OPTIONS, type ParserOptions } from '../../src/documents/parser.js';
import { readDocument } from '../../src/documents/read.js';
import { LineIndex } from '../../src/documents/positions.js';
import type { Channel, Document, Segment } from '../../src/documents/types.js';
import { decodeHTML } from 'entities';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrandKit } from '../../src/config/types.js';
import { CompiledKit } from '../../src/engine/compiled-kit.js';
import { readForKit, type FileResult } from '../../src/engine/run.js';

/** The documents of a run's results, read again from their files as the run read them (a run keeps only what its reporters need). */
export async function documentsOf(results: readonly FileResult[], kit: BrandKit, cwd: string, channel?: Channel): Promise<Document[]> {
  const compiled = new CompiledKit(kit, cwd);
  const readable = results.filter((result) => !result.findings.some((finding) => finding.ruleId === 'brandlint/unreadable'));
  return Promise.all(readable.map(async (result) => readForKit(result.path, await readFile(resolve(cwd, result.path)), compiled, channel)));
}

export async function readText(path: string, text: string | Uint8Array, channel?: Channel, options: Partial<ParserOptions> = {}): Promise<Document> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return readDocument(path, bytes, { channel, options: { ...DEFAULT_PARSER_OPTIONS, ...options } });
}

/** Segments as `[role, text]` pairs, for compact assertions. */
export function roles(document: Document): [string, string][] {
  return document.segments.map((segment) => [segment.role, segment.text]);
}

/**
 * The segment a test picked out by index or search (`doc.segments[2]`,
 * `find(…)`); none there fails the test with that message, not with a
 * TypeError further on.
 */
export function present(segment: Segment | undefined): Segment {
  if (!segment) throw new Error('the document has no such segment');
  return segment;
}

/** Line:column-line:column of a segment range (whole segment by default) in the original file. */
export function where(document: Document, segment: Segment | undefined, start = 0, end?: number): string {
  const lines = new LineIndex(document.source);
  const { map, text } = present(segment);
  const range = map.toSource(start, end ?? text.length);
  const from = lines.position(range.start);
  const to = lines.position(range.end);
  return `${from.line}:${from.column}-${to.line}:${to.column}`;
}

/** The source text under a segment range. */
export function sourceOf(document: Document, segment: Segment | undefined, start = 0, end?: number): string {
  const { map, text } = present(segment);
  const range = map.toSource(start, end ?? text.length);
  return document.source.slice(range.start, range.end);
}

/**
 * The position invariant: every verbatim chunk reads the same in the source;
 * every replaced chunk covers source that decodes (as HTML) to the same text
 * once white space and invisible padding are folded; chunks never go backwards.
 */
export function expectSegmentsMapBack(document: Document): void {
  for (const segment of document.segments) {
    let previousEnd = 0;
    for (const chunk of segment.map.chunks) {
      const text = segment.text.slice(chunk.segStart, chunk.segEnd);
      const source = document.source.slice(chunk.srcStart, chunk.srcEnd);
      if (chunk.verbatim) expect(source, `verbatim chunk of segment ${segment.index} (${segment.role})`).toBe(text);
      else if (text.trim() !== '' && chunk.srcEnd > chunk.srcStart) {
        expect(fold(decodeHTML(source)), `replaced chunk of segment ${segment.index} (${segment.role}): ${JSON.stringify(source)}`).toContain(fold(text));
      }
      expect(chunk.srcStart).toBeGreaterThanOrEqual(0);
      expect(chunk.srcEnd).toBeLessThanOrEqual(document.source.length);
      expect(chunk.srcStart, `chunks of segment ${segment.index} map forward`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = chunk.srcEnd;
    }
  }
}

function fold(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u034f\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

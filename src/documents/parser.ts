/**
 * The contract between the file readers and the rest of brandlint: a parser
 * turns one decoded file into a document draft (segments with source maps,
 * links, images, inline directives, metadata).
 */
import { findOpaqueSpans } from './opaque.js';
import type { SegmentTextBuilder } from './source-map.js';
import type { Channel, Directive, Document, Image, Link, ParseWarning, Role, Segment, SourceEncoding } from './types.js';

/** Reader settings that come from the brand kit (`files` section). */
export interface ParserOptions {
  /** Speaker labels that mark the agent's lines in call scripts (case-insensitive). */
  agentLabels: string[];
  /** Speaker labels of the other party. */
  customerLabels: string[];
  /** Platform of a social post whose file or row does not say. */
  defaultPlatform?: string;
  /** How large a file may be to be read (the kit's `files.maxFileMB` and `files.maxUnzippedMB`). */
  limits: ReadLimits;
}

export interface ReadLimits {
  /** Bytes of a file; larger files are reported, not read. */
  fileBytes: number;
  /** Bytes a Word document may unzip to (a small zip can hold a "zip bomb" of hundreds of megabytes). */
  unzippedBytes: number;
}

export const MEGABYTE = 1024 * 1024;

/** A size as a reader tells it: "16 MB", "20.3 MB". */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / MEGABYTE) * 10) / 10} MB`;
}

export const DEFAULT_PARSER_OPTIONS: ParserOptions = {
  agentLabels: ['agent', 'rep', 'representative', 'advisor', 'associate', 'sales', 'seller', 'sdr', 'ae', 'you', 'host'],
  customerLabels: ['customer', 'prospect', 'client', 'caller', 'member', 'user', 'lead', 'buyer', 'guest', 'them'],
  limits: { fileBytes: 16 * MEGABYTE, unzippedBytes: 64 * MEGABYTE },
};

export interface ParseInput {
  path: string;
  /** Raw bytes, for binary containers (.docx). */
  bytes: Uint8Array;
  /** Decoded text (BOM removed); for binary containers, the empty string. */
  source: string;
  encoding: SourceEncoding;
  channel: Channel;
  options: ParserOptions;
}

export interface DocumentDraft {
  segments: Segment[];
  links?: Link[];
  images?: Image[];
  directives?: Directive[];
  meta?: Record<string, unknown>;
  warnings?: ParseWarning[];
  /** For containers whose visible text is not the file bytes (.docx), the text findings are reported against. */
  source?: string;
}

export type Parser = (input: ParseInput) => DocumentDraft | Promise<DocumentDraft>;

export type SegmentExtras = Partial<Pick<Segment, 'href' | 'level' | 'platform' | 'speaker' | 'section' | 'data'>>;

/**
 * Collects segments in reading order. Empty text is dropped, so parsers can
 * finish every block without checking.
 */
export class SegmentList {
  readonly segments: Segment[] = [];
  private blockCounter = 0;

  /** Starts a new paragraph-like block and returns its number. */
  nextBlock(): number {
    return ++this.blockCounter;
  }

  get currentBlock(): number {
    return this.blockCounter;
  }

  /** Finishes `builder` into a segment; returns it, or undefined when it holds no visible text. */
  add(builder: SegmentTextBuilder, role: Role, extras: SegmentExtras = {}, block = this.blockCounter): Segment | undefined {
    const { text, map, opaque } = builder.finish();
    if (text.length === 0) return undefined;
    const segment: Segment = {
      index: this.segments.length,
      role,
      text,
      map,
      block,
      opaque: findOpaqueSpans(text, opaque),
      ...extras,
    };
    this.segments.push(segment);
    return segment;
  }
}

export type { Document };

/**
 * `brandlint extract FILE`: what brandlint sees in a file — every segment
 * with its role and exact source position — so users can trust the parsers.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Channel, Document } from '../documents/types.js';
import { LineIndex } from '../documents/positions.js';
import { displayPath, readForKit } from '../engine/run.js';
import { campaignYear } from '../drift/truth.js';
import type { DocumentData } from '../engine/document-data.js';
import { LintSession } from '../engine/session.js';
import type { Fact } from '../facts/types.js';
import { formatFacts } from '../reporters/facts.js';
import { loadKitForCli } from './kit.js';
import { printable } from '../reporters/printable.js';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';

export interface ExtractOptions {
  config?: string;
  channel?: Channel;
  format: 'text' | 'json';
  facts?: boolean;
}

export async function runExtract(file: string, options: ExtractOptions, io: Io): Promise<number> {
  const kit = await loadKitForCli(io, options.config);
  const absolute = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
  const path = displayPath(io.cwd, absolute);
  const session = new LintSession(kit, io.cwd);
  const document = await readForKit(path, bytes, session.compiled, options.channel);
  if (options.facts) {
    const data = session.dataOf(document);
    const facts = documentFacts(data);
    io.stdout(options.format === 'json' ? `${JSON.stringify({ path: document.path, channel: document.channel, facts }, null, 2)}\n` : formatFacts(data, facts));
    return 0;
  }
  io.stdout(options.format === 'json' ? `${JSON.stringify(describe(document), null, 2)}\n` : textListing(document));
  return 0;
}

/** The facts of one document, dates read in the year of the first campaign it belongs to. */
export function documentFacts(data: DocumentData): Fact[] {
  const [campaign] = data.campaigns;
  return data.facts(campaignYear(campaign));
}

export function describe(document: Document) {
  const lines = new LineIndex(document.source);
  const at = (offset: number) => lines.position(offset);
  return {
    path: document.path,
    channel: document.channel,
    meta: document.meta,
    segments: document.segments.map((segment) => {
      const range = segment.map.toSource(0, segment.text.length);
      return {
        index: segment.index,
        role: segment.role,
        block: segment.block,
        text: segment.text,
        start: at(range.start),
        end: at(range.end),
        ...(segment.href !== undefined ? { href: segment.href } : {}),
        ...(segment.level !== undefined ? { level: segment.level } : {}),
        ...(segment.platform !== undefined ? { platform: segment.platform } : {}),
        ...(segment.speaker !== undefined ? { speaker: segment.speaker } : {}),
        ...(segment.section !== undefined ? { section: segment.section } : {}),
        ...(segment.data !== undefined ? { data: segment.data } : {}),
        opaque: segment.opaque.map((span) => ({ kind: span.kind, text: segment.text.slice(span.start, span.end) })),
      };
    }),
    links: document.links.map((link) => ({ href: link.href, segment: link.segment ?? null, start: at(link.start), end: at(link.end) })),
    images: document.images.map((image) => ({ src: image.src, alt: image.alt ?? null, start: at(image.start), end: at(image.end) })),
    directives: document.directives.map((directive) => ({ kind: directive.kind, rules: directive.rules, line: directive.line })),
    warnings: document.warnings.map((warning) => ({ message: warning.message, start: at(warning.start) })),
  };
}

function textListing(document: Document): string {
  const described = describe(document);
  const rows = described.segments.map((segment) => {
    const where = `${segment.start.line}:${segment.start.column}-${segment.end.line}:${segment.end.column}`;
    const extras = [
      segment.href !== undefined ? `→ ${segment.href}` : '',
      segment.platform ? `[${segment.platform}]` : '',
      segment.speaker ? `(${segment.speaker})` : '',
      segment.data
        ? Object.entries(segment.data)
            .map(([key, value]) => `${key}=${value}`)
            .join(' ')
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `  ${segment.role.padEnd(11)} ${where.padEnd(17)} ${JSON.stringify(segment.text)}${extras ? `  ${extras}` : ''}`;
  });
  const images = described.images
    .filter((image) => image.alt === null)
    .map((image) => `  (image without alt) ${image.start.line}:${image.start.column} ${image.src}`);
  const warnings = described.warnings.map((warning) => `  warning ${warning.start.line}:${warning.start.column} ${warning.message}`);
  const lines = [`${document.path}  channel: ${document.channel}, ${described.segments.length} segments`, ...rows, ...images, ...warnings];
  return `${lines.map(printable).join('\n')}\n`;
}

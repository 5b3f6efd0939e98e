/**
 * One file to one document: decode, settle the channel, pick the parser.
 */
import { decodeSource } from './decode.js';
import { CONTENT_EXTENSIONS, detectChannel, extensionOf, isChannel, isContentFile } from './channel.js';
import { readFrontMatter } from './front-matter.js';
import { isRangeWithin } from './positions.js';
import { assertEmphasisWithin } from './emphasis-bound.js';
import { assertNestingWithin, type NestingSyntax } from './nesting.js';
import { megabytes, type DocumentDraft, type Parser, type ParserOptions } from './parser.js';
import { fileSyntax } from './text-syntax.js';
import { UnreadableFileError, type Channel, type Document, type ParseWarning, type SourceEncoding } from './types.js';

export interface ReadSettings {
  /** The channel from --channel or the kit's routing, when either gives one. */
  channel?: Channel;
  /** Default social platform from the kit's routing. */
  platform?: string;
  options: ParserOptions;
}

const BINARY_ENCODING: SourceEncoding = { encoding: 'utf8', bom: false, eol: '\n' };

export async function readDocument(path: string, bytes: Uint8Array, settings: ReadSettings): Promise<Document> {
  const extension = extensionOf(path);
  if (!isContentFile(path) && !settings.channel) {
    throw new UnreadableFileError(
      `brandlint does not read ${extension ? `${extension} files` : 'files without an extension'} (it reads ${CONTENT_EXTENSIONS.join(', ')}); to lint this one as copy, give its channel with --channel or files.routes.`,
    );
  }
  const { fileBytes } = settings.options.limits;
  if (bytes.length > fileBytes) {
    throw new UnreadableFileError(
      `File is ${megabytes(bytes.length)}; brandlint reads files up to ${megabytes(fileBytes)} (raise files.maxFileMB in the kit to read it).`,
    );
  }
  const binary = extension === '.docx';
  const { text, encoding } = binary ? { text: '', encoding: BINARY_ENCODING } : decodeSource(bytes);
  const channel = settings.channel ?? frontMatterChannel(extension, text) ?? (binary ? 'web' : detectChannel(path, text, settings.options));
  const options = settings.platform ? { ...settings.options, defaultPlatform: settings.platform } : settings.options;
  const reader = readerFor(extension, channel);
  for (const syntax of NESTING_SYNTAXES[reader]) assertNestingWithin(text, syntax);
  if (NESTING_SYNTAXES[reader].includes('markdown')) assertEmphasisWithin(text);
  const parser = await READERS[reader]();
  const draft = await parser({ path, bytes, source: text, encoding, channel, options });
  return documentOf(path, channel, text, encoding, draft);
}

/** A parser's draft completed into a document (missing lists empty; the draft's own source text, if it has one). */
export function documentOf(path: string, channel: Channel, source: string, encoding: SourceEncoding, draft: DocumentDraft): Document {
  const syntax = fileSyntax(extensionOf(path));
  if (syntax) {
    // Text a reader recorded no syntax for is written as the file's own kind of text.
    for (const segment of draft.segments) for (const chunk of segment.map.chunks) if (chunk.verbatim) chunk.syntax ??= syntax;
  }
  const documentSource = draft.source ?? source;
  checkWarningRanges(path, documentSource, draft.warnings ?? []);
  return {
    path,
    channel,
    source: documentSource,
    encoding,
    segments: draft.segments,
    links: draft.links ?? [],
    images: draft.images ?? [],
    directives: draft.directives ?? [],
    meta: draft.meta ?? {},
    warnings: draft.warnings ?? [],
  };
}

/**
 * A reader's warning must point into the text it read: one outside it is a
 * bug in the reader, so it fails here, at the reader's boundary, instead of
 * being moved to the nearest end of the file where it would point at the
 * wrong text.
 */
function checkWarningRanges(path: string, source: string, warnings: readonly ParseWarning[]): void {
  for (const { start, end, message } of warnings) {
    if (isRangeWithin(start, end, source.length)) continue;
    throw new Error(
      `the reader of ${path} placed the warning "${message}" at ${start}–${end}, outside the file (0–${source.length}); this is a bug in brandlint`,
    );
  }
}

function frontMatterChannel(extension: string, text: string): Channel | undefined {
  if (!['.md', '.mdx', '.markdown', '.txt'].includes(extension)) return undefined;
  const value = readFrontMatter(text)?.data.channel;
  return isChannel(value) ? value : undefined;
}

/** Each reader is imported with the first file that needs it: a run over Markdown never loads the Word, MIME or calendar readers. */
const READERS = {
  eml: async () => (await import('./parsers/eml.js')).parseEml,
  docx: async () => (await import('./parsers/docx.js')).parseDocx,
  emailHtml: async () => (await import('./parsers/email-html.js')).parseEmailHtml,
  webHtml: async () => (await import('./parsers/web-html.js')).parseWebHtml,
  calendar: async () => (await import('./parsers/social-calendar.js')).parseSocialCalendar,
  callScript: async () => (await import('./parsers/call-script.js')).parseCallScript,
  socialText: async () => (await import('./parsers/social-text.js')).parseSocialText,
  plainText: async () => (await import('./parsers/social-text.js')).parsePlainText,
  markdown: async () => (await import('./parsers/markdown.js')).parseMarkdown,
} satisfies Record<string, () => Promise<Parser>>;

/** The syntaxes whose nesting each reader builds a tree of (MDX's JSX nests as HTML does); the line-based and flat readers have none. */
const NESTING_SYNTAXES: Record<keyof typeof READERS, readonly NestingSyntax[]> = {
  eml: ['html'],
  docx: [],
  emailHtml: ['html'],
  webHtml: ['html'],
  calendar: [],
  // Call scripts and social posts are read through the Markdown tree too.
  callScript: ['markdown'],
  socialText: ['markdown'],
  plainText: [],
  markdown: ['markdown', 'html'],
};

function readerFor(extension: string, channel: Channel): keyof typeof READERS {
  switch (extension) {
    case '.eml':
      return 'eml';
    case '.docx':
      return 'docx';
    case '.html':
    case '.htm':
      return channel === 'email' ? 'emailHtml' : 'webHtml';
    case '.csv':
    case '.json':
    case '.yaml':
    case '.yml':
      return 'calendar';
    case '.txt':
      return channel === 'call' ? 'callScript' : channel === 'social' ? 'socialText' : 'plainText';
    default:
      return channel === 'call' ? 'callScript' : channel === 'social' ? 'socialText' : 'markdown';
  }
}

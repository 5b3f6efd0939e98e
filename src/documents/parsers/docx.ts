/**
 * Word copy decks (`.docx`). mammoth turns the document into simple HTML;
 * from it brandlint writes a plain rendering of the deck, one paragraph per
 * line (headings, list items and table cells included, empty paragraphs
 * left out), and that rendering becomes the document's source. So a
 * position in a .docx reads as "paragraph N, character M": line N is the
 * Nth non-empty paragraph. A line break inside a paragraph is rendered as a
 * space, so the paragraph stays on one line, and still separates segments.
 */
import mammoth from 'mammoth';
import { ElementType, parseDocument } from 'htmlparser2';
import { megabytes, type Parser } from '../parser.js';
import { UnreadableFileError, type Role } from '../types.js';
import { headingLevel, isElement, type HtmlElement, type HtmlNode } from './html-text.js';
import { SegmentAssembler } from './segment-assembler.js';

/** Image bytes are never needed (an image's alt text is kept in the document's images), so they are not embedded. */
const SKIP_IMAGE_DATA = mammoth.images.imgElement(async () => ({ src: '' }));

export const parseDocx: Parser = async ({ path, bytes, options }) => {
  // A Word document is a zip of XML; a small file can unzip to hundreds of megabytes (a "zip bomb") and exhaust
  // the memory of the whole run, so a deck over the limit is reported unreadable before anything is unzipped.
  const unzipped = declaredUnzippedSize(bytes);
  const limit = options.limits.unzippedBytes;
  if (unzipped > limit) {
    throw new UnreadableFileError(
      `${path} holds ${megabytes(unzipped)} once unzipped; brandlint reads Word documents up to ${megabytes(limit)} unzipped (raise files.maxUnzippedMB in the kit to read it).`,
    );
  }
  let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: SKIP_IMAGE_DATA });
  } catch (error) {
    throw new UnreadableFileError(`${path} is not a readable Word document: ${(error as Error).message}`);
  }
  const deck = new DeckReader();
  deck.read(parseDocument(converted.value).children);
  const source = deck.rendering();
  return {
    ...deck.out.finish(),
    source,
    warnings: converted.messages.filter((message) => !UNDEFINED_STYLE.test(message.message)).map((message) => ({ message: message.message, start: 0, end: 0 })),
  };
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end-of-directory record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

/**
 * The sum of the unzipped sizes a zip's central directory declares for its
 * entries; Infinity for a ZIP64 archive (sizes past 4 GB). 0 when there is
 * no directory to read: mammoth then reports the file as no Word document.
 */
export function declaredUnzippedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_SEARCH); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return Infinity;
  let total = 0;
  for (let entry = 0; entry < entries && offset + 46 <= bytes.length; entry++) {
    if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) break;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

/**
 * mammoth's note that a paragraph names a style the deck does not define
 * ("Heading1 was referenced but not defined"): the text reads the same, so
 * there is nothing for the writer to do about it.
 */
const UNDEFINED_STYLE = /style with ID .* was referenced but not defined/i;

/** Links mammoth adds for footnote, endnote and comment markers: navigation, not copy. */
const NOTE_LINK = /^#(?:footnote|endnote|comment)-/;

class DeckReader {
  readonly out = new SegmentAssembler();
  private readonly written: string[] = [];
  private length = 0;
  private lineEmpty = true;

  read(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) {
      if (node.type === ElementType.Text) this.write(node.data);
      else if (isElement(node)) this.readElement(node);
    }
  }

  rendering(): string {
    return this.written.join('');
  }

  private readElement(element: HtmlElement): void {
    const href = element.attribs.href;
    const level = headingLevel(element.name);
    if (level !== undefined) return this.paragraph('heading', { level }, element);
    switch (element.name) {
      case 'p': // its role is that of the cell or item it stands in, else body
        return this.onOwnLines(element);
      case 'li':
        return this.paragraph('list-item', {}, element);
      case 'td':
      case 'th':
        return this.paragraph('table-cell', {}, element);
      case 'br':
        this.write(' ');
        return this.out.lineBreak();
      case 'img':
        return this.out.addImage({ src: element.attribs.src ?? '', alt: element.attribs.alt, start: this.length, end: this.length });
      case 'a':
        if (href === undefined) break;
        if (NOTE_LINK.test(href)) return;
        this.out.openLink(href, 'link', this.length);
        this.read(element.children);
        this.out.closeLink(this.length);
        return;
    }
    this.read(element.children);
  }

  /** A block of the deck with `role`: its own line(s) and segment(s). */
  private paragraph(role: Role, extras: { level?: number }, element: HtmlElement): void {
    this.out.withRole(role, extras, () => this.onOwnLines(element));
  }

  private onOwnLines(element: HtmlElement): void {
    this.out.endBlock();
    this.endLine();
    this.read(element.children);
    this.out.endBlock();
    this.endLine();
  }

  private write(text: string): void {
    if (text.length === 0) return;
    this.out.text.verbatim(text, this.length);
    this.written.push(text);
    this.length += text.length;
    this.lineEmpty = false;
  }

  private endLine(): void {
    if (this.lineEmpty) return;
    this.written.push('\n');
    this.length += 1;
    this.lineEmpty = true;
  }
}

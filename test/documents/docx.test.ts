import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSER_OPTIONS } from '../../src/documents/parser.js';
import { declaredUnzippedSize } from '../../src/documents/parsers/docx.js';
import { UnreadableFileError } from '../../src/documents/types.js';
import { expectSegmentsMapBack, readText, roles, sourceOf, where } from '../helpers/documents.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const paragraph = (content: string, properties = '') => `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
const styled = (style: string, text: string) => paragraph(run(text), `<w:pStyle w:val="${style}"/>`);
const listItem = (text: string) => paragraph(run(text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
const cell = (text: string) => `<w:tc>${paragraph(run(text))}</w:tc>`;

/** A minimal Word document: the parts mammoth needs, written with JSZip. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
      `<Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${R}/numbering" Target="numbering.xml"/>` +
      `<Relationship Id="rId5" Type="${R}/hyperlink" Target="https://acme.com/spring?utm_source=deck" TargetMode="External"/></Relationships>`,
  );
  const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}</w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const DECK = [
  styled('Heading1', 'Spring launch'),
  paragraph(
    `${run('Save 30% on everything &amp; ship free. ')}<w:hyperlink r:id="rId5">${run('Shop now')}</w:hyperlink><w:r><w:br/><w:t>Ends Sunday.</w:t></w:r>`,
  ),
  paragraph(''),
  styled('Heading2', 'Key messages'),
  listItem('Fast setup'),
  listItem('No card needed'),
  `<w:tbl><w:tr>${cell('Channel')}${cell('Copy')}</w:tr><w:tr>${cell('Email')}${cell('Spring is here, {{first_name}}!')}</w:tr></w:tbl>`,
].join('');

describe('parseDocx', () => {
  it('renders the deck one paragraph per line and reads headings, paragraphs, list items, cells and links', async () => {
    const doc = await readText('deck.docx', await docx(DECK));
    expectSegmentsMapBack(doc);
    expect(doc.source).toBe(
      [
        'Spring launch',
        'Save 30% on everything & ship free. Shop now Ends Sunday.',
        'Key messages',
        'Fast setup',
        'No card needed',
        'Channel',
        'Copy',
        'Email',
        'Spring is here, {{first_name}}!',
        '',
      ].join('\n'),
    );
    expect(roles(doc)).toEqual([
      ['heading', 'Spring launch'],
      ['body', 'Save 30% on everything & ship free.'],
      ['link', 'Shop now'],
      ['body', 'Ends Sunday.'],
      ['heading', 'Key messages'],
      ['list-item', 'Fast setup'],
      ['list-item', 'No card needed'],
      ['table-cell', 'Channel'],
      ['table-cell', 'Copy'],
      ['table-cell', 'Email'],
      ['table-cell', 'Spring is here, {{first_name}}!'],
    ]);
    expect(doc.segments.filter((segment) => segment.role === 'heading').map((segment) => segment.level)).toEqual([1, 2]);
    expect(doc.warnings).toEqual([]);
  });

  it('positions are paragraph (line) and character (column) of the rendering', async () => {
    const doc = await readText('deck.docx', await docx(DECK));
    expectSegmentsMapBack(doc);
    const [heading, body, link, afterBreak] = doc.segments;
    expect(where(doc, heading)).toBe('1:1-1:14');
    expect(where(doc, body)).toBe('2:1-2:36');
    expect(where(doc, link)).toBe('2:37-2:45');
    expect(where(doc, afterBreak)).toBe('2:46-2:58');
    expect(sourceOf(doc, body, 23, 24)).toBe('&');
    expect(doc.segments.every((segment) => segment.map.isVerbatim(0, segment.text.length))).toBe(true);
    const cell = doc.segments.at(-1)!;
    expect(where(doc, cell)).toBe('9:1-9:32');
    expect(cell.opaque).toEqual([{ kind: 'merge-tag', start: 16, end: 30 }]);
  });

  it('keeps the link target and its place in the rendering', async () => {
    const doc = await readText('deck.docx', await docx(DECK));
    expectSegmentsMapBack(doc);
    expect(doc.links).toEqual([
      { href: 'https://acme.com/spring?utm_source=deck', segment: 2, start: doc.source.indexOf('Shop now'), end: doc.source.indexOf(' Ends') },
    ]);
    expect(doc.segments[1]?.block).toBe(doc.segments[2]?.block);
  });

  it('reports a file that is not a Word document as unreadable', async () => {
    await expect(readText('broken.docx', new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(UnreadableFileError);
  });

  it('reads the unzipped size a deck declares, entry by entry', async () => {
    const bytes = await docx(DECK);
    const zip = await JSZip.loadAsync(bytes);
    const sizes = await Promise.all(Object.values(zip.files).map(async (file) => (file.dir ? 0 : (await file.async('uint8array')).length)));
    expect(declaredUnzippedSize(bytes)).toBe(sizes.reduce((sum, size) => sum + size, 0));
    expect(declaredUnzippedSize(new TextEncoder().encode('not a zip'))).toBe(0);
  });

  it('reports a deck that unzips past the bound as unreadable, before unzipping it', async () => {
    const bytes = await docx(DECK);
    // The central directory entry of document.xml, declaring 200 MB: a small file that would unzip to a huge one.
    const name = new TextEncoder().encode('word/document.xml');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let offset = 0; offset + 46 < bytes.length; offset++) {
      if (view.getUint32(offset, true) === 0x02014b50 && name.every((byte, index) => bytes[offset + 46 + index] === byte))
        view.setUint32(offset + 24, 200 * 1048576, true);
    }
    expect(declaredUnzippedSize(bytes)).toBeGreaterThan(DEFAULT_PARSER_OPTIONS.limits.unzippedBytes);
    await expect(readText('bomb.docx', bytes)).rejects.toThrow(
      new UnreadableFileError(
        'bomb.docx holds 200 MB once unzipped; brandlint reads Word documents up to 64 MB unzipped (raise files.maxUnzippedMB in the kit to read it).',
      ),
    );
  });
});

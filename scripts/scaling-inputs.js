// Inputs for the benchmark's scaling check: one file per format and size,
// generated deterministically, so that the time per MB can be compared from
// 1 to 16 MB. A reader or rule whose cost grows faster than its input shows up
// as a time per MB that climbs with the size.
//
//   import { SCALING_FORMATS, SCALING_SIZES_MB, scalingInput } from './scaling-inputs.js';
//   const { name, data } = await scalingInput('markdown', 4 * 1048576);
//
// `data` is the file's bytes; `name` its file name (the extension picks the
// reader). Every input stays at or under the requested size, and so within
// brandlint's 16 MB file limit. A .docx is measured by its document.xml,
// the text the reader parses (the zip itself is much smaller).
import JSZip from 'jszip';

export const SCALING_SIZES_MB = [1, 2, 4, 8, 16];

/** Format → file extension and a generator of one repeating block of that format. */
const FORMATS = {
  markdown: { extension: 'md', header: markdownHeader, block: markdownBlock },
  email: { extension: 'html', header: emailHeader, block: emailBlock, footer: emailFooter },
  calendar: { extension: 'csv', header: () => 'date,platform,text,campaign,sponsored\n', block: calendarRow },
  call: { extension: 'md', header: () => '---\nchannel: call\n---\n\n', block: callBlock },
  docx: { extension: 'docx', header: () => '', block: docxParagraphs },
};

export const SCALING_FORMATS = Object.keys(FORMATS);

const SENTENCES = [
  'Our team helps you ship faster with fewer meetings and clearer plans.',
  'You can purchase a plan online, or talk to our sales team for a custom quote.',
  'Sign in to your Acme Cloud dashboard to see every project at a glance.',
  'We keep your files encrypted, backed up and available around the clock.',
  'Customers tell us the new reports save them hours every single week!',
  'Please utilize the settings page to change how often we e-mail you.',
  'The spring offer ends on May 31, so there is still time to get 20% off.',
  'Real people answer the phone, day and night, whenever you need a hand.',
];

/** A small deterministic pseudo-random generator: the same sizes give the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentences(next, count) {
  return Array.from({ length: count }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(' ');
}

function markdownHeader() {
  return '---\ntitle: Spring at Acme Cloud, for teams of every size\ndescription: Twenty percent off every plan until May 31.\n---\n\n# Spring at Acme\n\n';
}

function markdownBlock(next, index) {
  return (
    `## Part ${index}\n\n${sentences(next, 4)} Read [the plans](https://acme.com/plans?utm_campaign=spring) or use \`SPRING20\`.\n\n` +
    `- **Fast setup** for ${sentences(next, 1).toLowerCase()}\n- No card needed, {{first_name}}.\n\n` +
    `> ${sentences(next, 2)}\n\n| Plan | Price |\n|---|---|\n| Team | $49/mo |\n\n`
  );
}

function emailHeader() {
  return (
    '<!DOCTYPE html>\n<html><head><title>Spring sale: 20% off Acme Cloud</title></head><body>\n' +
    '<div style="display:none">Twenty percent off every plan until May 31 &zwnj;&nbsp;&zwnj;&nbsp;</div>\n' +
    '<table role="presentation" width="100%">\n'
  );
}

function emailBlock(next, index) {
  return (
    `<tr><td class="copy"><h2>Part ${index}</h2><p>Hi {{ first_name | default: "there" }}, ${sentences(next, 3)}</p>` +
    `<p>${sentences(next, 2)} <a href="https://acme.com/spring?utm_campaign=spring">See the plans</a>.</p>` +
    `<img src="https://acme.com/i/${index}.png" alt="Acme Cloud dashboard" width="600"></td></tr>\n` +
    `<tr><td align="center"><a class="button" href="https://acme.com/buy">Claim your discount</a></td></tr>\n`
  );
}

function emailFooter() {
  return '</table>\n<p>Acme Inc., 1 Market St, San Francisco, CA 94105 · <a href="{{unsubscribe_url}}">Unsubscribe</a></p>\n</body></html>\n';
}

const PLATFORMS = ['x', 'linkedin', 'instagram', 'threads', 'bluesky'];

function calendarRow(next, index) {
  const day = String((index % 28) + 1).padStart(2, '0');
  const platform = PLATFORMS[index % PLATFORMS.length];
  const text = `${sentences(next, 2)} Code SPRING20 👉 https://acme.com/spring #AcmeSpring @acme`.replace(/"/g, '""');
  return `2026-05-${day},${platform},"${text}",spring,${index % 7 === 0 ? 'yes' : 'no'}\n`;
}

function callBlock(next, index) {
  return (
    `# Part ${index}\n\nAGENT: Hi, this is {{agent_name}} from Acme. This call may be recorded. ${sentences(next, 2)}\n\n` +
    `CUSTOMER: Sure. What is it?\n\n[pause]\n\nAGENT: (smile) ${sentences(next, 3)}\n\n(wait for answer)\n\n`
  );
}

function docxParagraphs(next, index) {
  const run = (text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  return (
    `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run(`Part ${index}`)}</w:p>` +
    `<w:p>${run(sentences(next, 3))}${run(' Save 20% &amp; ship free.')}</w:p><w:p>${run(sentences(next, 2))}</w:p>`
  );
}

/** Text of about `bytes` UTF-8 bytes (never more): the format's header, blocks, footer. */
function textOf(format, bytes) {
  const { header, block, footer = () => '' } = FORMATS[format];
  const next = random(bytes);
  const end = footer();
  const parts = [header()];
  let size = Buffer.byteLength(parts[0]) + Buffer.byteLength(end);
  for (let index = 1; ; index++) {
    const piece = block(next, index);
    const pieceBytes = Buffer.byteLength(piece);
    if (size + pieceBytes > bytes) break;
    parts.push(piece);
    size += pieceBytes;
  }
  parts.push(end);
  return parts.join('');
}

const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** A minimal Word document whose document.xml holds `body`. */
async function wordDocument(body) {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NAMESPACE}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * One input of `format` (one of SCALING_FORMATS) of about `bytes` bytes:
 * `{ name, data }`, with `data` the file's bytes.
 */
export async function scalingInput(format, bytes) {
  if (!(format in FORMATS)) throw new Error(`Unknown scaling format "${format}"; one of ${SCALING_FORMATS.join(', ')}.`);
  const { extension } = FORMATS[format];
  const megabytes = Math.round((bytes / 1048576) * 100) / 100;
  const name = `scaling-${format}-${megabytes}mb.${extension}`;
  if (format === 'docx') {
    const wrapping = 200; // the XML declaration and the document and body elements around the paragraphs
    return { name, data: await wordDocument(textOf('docx', bytes - wrapping)) };
  }
  return { name, data: Buffer.from(textOf(format, bytes)) };
}

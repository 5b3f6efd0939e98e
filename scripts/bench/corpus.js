// The inputs of the benchmark, written into a scratch folder: corpora of
// real copy (../shared/corpus, or a folder given in BENCH_CORPUS), copied as
// often as it takes to reach the size wanted; kits; and single files of
// growing size for the scaling check.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { parse, stringify } from 'yaml';

const CONTENT = new Set(['.md', '.mdx', '.markdown', '.html', '.htm', '.eml', '.txt', '.csv', '.json', '.yaml', '.yml', '.docx']);

function filesUnder(folder, extensions) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, extensions));
    else if (extensions.has(extname(entry.name).toLowerCase()) && entry.name !== 'LICENSE') found.push(path);
  }
  return found;
}

/**
 * Copies the files of `sources` (paths under `base`) into `target`, in numbered
 * copies of the whole set, until at least `megabytes` (or `files` files) are written.
 * Returns the files written and their bytes.
 */
function replicate(sources, base, target, { megabytes = Infinity, files = Infinity }) {
  const sizes = sources.map((file) => statSync(file).size);
  const perCopy = sizes.reduce((sum, size) => sum + size, 0);
  if (perCopy === 0) throw new Error(`no content under ${base}`);
  let bytes = 0;
  let written = 0;
  for (let copy = 1; bytes < megabytes * 1048576 && written < files; copy++) {
    for (const [index, file] of sources.entries()) {
      if (bytes >= megabytes * 1048576 || written >= files) break;
      const destination = join(target, `copy-${copy}`, relative(base, file));
      mkdirSync(dirname(destination), { recursive: true });
      cpSync(file, destination);
      bytes += sizes[index];
      written++;
    }
  }
  return { files: written, bytes };
}

/** Where real copy comes from: BENCH_CORPUS, else the shared corpus beside the repository. */
export function corpusSource(repository) {
  const given = process.env.BENCH_CORPUS;
  if (given) return given;
  const shared = join(repository, '..', 'shared', 'corpus');
  if (existsSync(shared)) return shared;
  throw new Error('No corpus: set BENCH_CORPUS to a folder of real copy (see "Benchmarks" in the README).');
}

/** Real Markdown (.md) pages, copied to at least `megabytes`. */
export function markdownCorpus(source, target, megabytes) {
  return replicate(filesUnder(source, new Set(['.md'])), source, target, { megabytes });
}

/** Every kind of content file brandlint reads, copied to at least `megabytes`. */
export function mixedCorpus(source, target, megabytes) {
  return replicate(filesUnder(source, CONTENT), source, target, { megabytes });
}

/** Exactly `count` real Markdown pages. */
export function markdownFiles(source, target, count) {
  return replicate(filesUnder(source, new Set(['.md'])), source, target, { files: count });
}

/** A kit with only preferred terms, matched as prh matches them (whole words, any case, no inflections); every other family off. */
export function termsKit(file, pairs, ruleIds) {
  const kit = {
    lexicon: { terms: pairs.map(({ wrong, preferred }) => ({ use: preferred, insteadOf: [wrong], inflect: false })) },
    rules: Object.fromEntries(ruleIds.filter((id) => !id.startsWith('lexicon/')).map((id) => [id, 'off'])),
  };
  writeFileSync(file, stringify(kit));
  return file;
}

/** The sample kit with only the rules of `family` on (all of them when `family` is undefined). */
export function sampleKit(repository, file, ruleIds, family) {
  const kit = parse(readFileSync(join(repository, 'fixtures', 'brand-kit.yaml'), 'utf8'));
  if (family) kit.rules = { ...kit.rules, ...Object.fromEntries(ruleIds.filter((id) => !id.startsWith(`${family}/`)).map((id) => [id, 'off'])) };
  writeFileSync(file, stringify(kit));
  return file;
}

/** Text of about `bytes` bytes, `unit(index)` repeated. */
function repeated(bytes, unit, head = '', tail = '') {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let index = 0; size < bytes; index++) {
    const piece = unit(index);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  parts.push(tail);
  return parts.join('');
}

/** Shapes of input for the scaling check: each makes one file of about `bytes` bytes. */
export function scalingShapes(markdownSource) {
  const prose = filesUnder(markdownSource, new Set(['.md']))
    .slice(0, 40)
    .map((file) => readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join('\n\n');
  const sentence = 'You can purchase a plan online, or talk to our sales team for a custom quote. ';
  return {
    'Markdown pages': { name: 'page.md', text: (bytes) => repeated(bytes, () => `${prose}\n\n`) },
    'email HTML': {
      name: 'email.html',
      text: (bytes) =>
        repeated(
          bytes,
          (index) =>
            `<tr><td class="content" style="padding:20px"><p>Save &amp; shop {{first_name}} &nbsp;<a href="https://acme.com/?utm_source=x&amp;id=${index}" class="btn">Shop now</a></p><img src="a.png" alt="Shoes"></td></tr>\n`,
          '<html><head><title>Spring news</title></head><body><table role="presentation">\n',
          '</table></body></html>\n',
        ),
    },
    'CSV calendar': {
      name: 'calendar.csv',
      text: (bytes) =>
        repeated(bytes, (index) => `2026-05-${String((index % 28) + 1).padStart(2, '0')},linkedin,"${sentence}#AcmeSpring"\n`, 'date,platform,text\n'),
    },
    'call script': {
      name: 'script.txt',
      text: (bytes) => repeated(bytes, (index) => (index % 2 ? `CUSTOMER: ${sentence}\n` : `AGENT: ${sentence}[pause]\n`)),
    },
    'one long line': { name: 'line.md', text: (bytes) => repeated(bytes, () => sentence) },
    // Measured by its document.xml, the text the reader parses (the zip itself is much smaller).
    'Word document': {
      name: 'deck.docx',
      text: (bytes) =>
        wordDocument(
          repeated(
            bytes,
            (index) =>
              `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${wordRun(`Part ${index}`)}</w:p><w:p>${wordRun(sentence)}${wordRun(' Save 20% &amp; ship free.')}</w:p>`,
          ),
        ),
    },
  };
}

const wordRun = (text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A minimal Word document whose document.xml holds `body` (a promise of its bytes). */
function wordDocument(body) {
  const relationships = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${relationships}"><Relationship Id="rId1" Type="${officeDocument}" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

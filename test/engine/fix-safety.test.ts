/**
 * --fix never corrupts a file: each case is generated here, fixed on disk,
 * and the fixed file must parse as its format with the same structure (tag
 * sequence, CSV shape, JSON/YAML tree) apart from the intended text, keep
 * every byte outside the edits, and keep its encoding. A fix that cannot be
 * written safely is refused, visibly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readPart, decodeBody } from '../../src/documents/parsers/mime.js';
import { fixFiles } from '../../src/engine/fix-files.js';
import { itemAt } from '../../src/text/items.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import { allRules } from '../../rules/index.js';
import { kitFromYaml } from '../helpers/kit.js';

const KIT = `
lexicon:
  names: [Acme Cloud]
  terms:
    - { use: "Acme, Inc.", insteadOf: [acme corp] }
    - { use: "touch & hold", insteadOf: [long press] }
    - { use: "the <team>", insteadOf: [the squad] }
    - { use: 'say "hi"', insteadOf: [greet folks] }
    - { use: "line one\\nline two", insteadOf: [two lines] }
`;

const RULES = allRules.filter((rule) => rule.meta.id === 'lexicon/names' || rule.meta.id === 'lexicon/terms');

async function fixed(files: Record<string, string | Uint8Array>): Promise<{ cwd: string; read: (name: string) => string; request: LintRequest }> {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-fix-safety-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  const request: LintRequest = { cwd, patterns: Object.keys(files), kit: await kitFromYaml(KIT), rules: RULES };
  await fixFiles(request, { dryRun: false });
  // Idempotent: a second run finds nothing more to change.
  expect((await fixFiles(request, { dryRun: true })).fixes).toEqual([]);
  return { cwd, request, read: (name) => readFileSync(join(cwd, name), 'utf8') };
}

/** Element names with their attribute names, in document order: the markup a fix must never touch. */
function tagSequence(html: string): string[] {
  return DomUtils.findAll(() => true, parseDocument(html).children).map((element) => `${element.name}[${Object.keys(element.attribs).join(',')}]`);
}

describe('--fix keeps every format intact', () => {
  it('Markdown and MDX: attribute text of a tag spanning lines is fixed at its own offsets', async () => {
    const page = '# T\n\n<img src="x.png"\n     alt="Try AcmeCloud today">\n\n> <img src="y.png"\n>   alt="Long press here" />\n';
    const { read } = await fixed({ 'a.md': page, 'b.mdx': page.replace('today">', 'today" />') });
    expect(read('a.md')).toBe('# T\n\n<img src="x.png"\n     alt="Try Acme Cloud today">\n\n> <img src="y.png"\n>   alt="Touch &amp; hold here" />\n');
    expect(read('b.mdx')).toBe('# T\n\n<img src="x.png"\n     alt="Try Acme Cloud today" />\n\n> <img src="y.png"\n>   alt="Touch &amp; hold here" />\n');
  });

  it('HTML: text and attributes are escaped, the tag sequence is unchanged', async () => {
    const html = `<p>Just long press the squad icon.</p><img src="a.png" alt="long press the squad"><img alt='the squad'><input type="submit" value="Greet folks">\n`;
    const { read } = await fixed({ 'page.html': html });
    const after = read('page.html');
    expect(after).toBe(
      `<p>Just touch &amp; hold the &lt;team&gt; icon.</p><img src="a.png" alt="touch &amp; hold the &lt;team&gt;"><img alt='the &lt;team&gt;'><input type="submit" value="Say &quot;hi&quot;">\n`,
    );
    expect(tagSequence(after)).toEqual(tagSequence(html));
  });

  it('Markdown: punctuation that would be markup is escaped; front matter keeps its YAML', async () => {
    const page = '---\ntitle: Long press with the squad\ndescription: "Greet folks: long press"\n---\n\nYou can long press the squad or greet folks.\n';
    const { read } = await fixed({ 'page.md': page });
    const after = read('page.md');
    expect(after).toBe(
      '---\ntitle: Touch & hold with the <team>\ndescription: "Say \\"hi\\": touch & hold"\n---\n\nYou can touch & hold the \\<team\\> or say "hi".\n',
    );
    expect(parseYaml(itemAt(after.split('---\n'), 1))).toEqual({ title: 'Touch & hold with the <team>', description: 'Say "hi": touch & hold' });
  });

  it('CSV: a value with the delimiter or quotes quotes its cell, and every row keeps its columns', async () => {
    const csv = 'date,platform,text\n2026-05-01,x,We are Acme Corp\n2026-05-02,x,"Quoted: greet folks, then long press"\n2026-05-03,x,Plain text here\n';
    const { read } = await fixed({ 'posts.csv': csv });
    const after = read('posts.csv');
    expect(after).toBe(
      'date,platform,text\n2026-05-01,x,"We are Acme, Inc."\n2026-05-02,x,"Quoted: say ""hi"", then touch & hold"\n2026-05-03,x,Plain text here\n',
    );
    const rows = parseCsv(after) as string[][];
    expect(rows.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(rows.map((row) => row[2])).toEqual(['text', 'We are Acme, Inc.', 'Quoted: say "hi", then touch & hold', 'Plain text here']);
  });

  it('JSON and YAML calendars keep their tree; only the text values change', async () => {
    const json = '[\n  {"date": "2026-05-01", "platform": "x", "text": "Greet folks at Acme Corp"}\n]\n';
    const yaml =
      "- date: 2026-05-01\n  platform: x\n  text: Greet folks at Acme Corp\n- date: 2026-05-02\n  platform: x\n  text: 'Long press the squad'\n- {date: 2026-05-03, platform: x, text: Acme Corp rocks}\n";
    const { read } = await fixed({ 'posts.json': json, 'posts.yaml': yaml });
    expect(JSON.parse(read('posts.json'))).toEqual([{ date: '2026-05-01', platform: 'x', text: 'Say "hi" at Acme, Inc.' }]);
    expect(read('posts.json')).toBe('[\n  {"date": "2026-05-01", "platform": "x", "text": "Say \\"hi\\" at Acme, Inc."}\n]\n');
    expect(parseYaml(read('posts.yaml'))).toEqual([
      { date: '2026-05-01', platform: 'x', text: 'Say "hi" at Acme, Inc.' },
      { date: '2026-05-02', platform: 'x', text: 'Touch & hold the <team>' },
      { date: '2026-05-03', platform: 'x', text: 'Acme, Inc. rocks' },
    ]);
  });

  it('a windows-1252 quoted-printable mail part is decoded with the right table and fixed in its own charset', async () => {
    const eml =
      'Subject: Spring news\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n' +
      'Acme Cloud=99 =93smart=94 =96 long press the squad, caf=E9 fans.\r\n';
    const { read, request } = await fixed({ 'mail.eml': eml });
    const after = read('mail.eml');
    expect(after.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    const part = readPart(after);
    expect(decodeBody(after, part).text).toBe('Acme Cloud™ “smart” – touch & hold the <team>, café fans.\r\n');
    expect(after.startsWith(eml.slice(0, eml.indexOf('Acme')))).toBe(true);
    const run = await lintFiles(request);
    expect(run.results[0]?.findings).toEqual([]);
  });

  it('keeps UTF-16 with BOM and CRLF line ends, and bytes outside the edit', async () => {
    const text = 'Line one stays.\r\nPlease long press here.\r\nLast line stays.\r\n';
    const { cwd } = await fixed({ 'post.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    expect(readFileSync(join(cwd, 'post.txt'))).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('long press', 'touch & hold'), 'utf16le')]),
    );
  });
});

describe('--fix refuses what it cannot write safely, and says why', () => {
  it('a line break into one-line text, a space into an unquoted attribute, text of a Word document', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-fix-safety-'));
    writeFileSync(join(cwd, 'posts.csv'), 'date,text\n2026-05-01,Two lines here\n');
    writeFileSync(join(cwd, 'page.html'), '<p>Hi</p><img src=a.png alt=long-press>\n<p>Long press it.</p>\n');
    writeFileSync(join(cwd, 'deck.docx'), await wordDocument('Try AcmeCloud today.'));
    const request: LintRequest = { cwd, patterns: ['.'], kit: await kitFromYaml(KIT), rules: RULES };
    const before = await lintFiles(request);
    const refused = before.results.flatMap((result) =>
      result.findings.map((finding) => [result.path, finding.text, finding.fix?.text ?? null, finding.fixRefused ?? null]),
    );
    expect(refused).toEqual([
      ['deck.docx', 'AcmeCloud', null, 'brandlint reads Word documents but does not write them'],
      ['page.html', 'long-press', null, 'an unquoted HTML attribute value cannot hold spaces, quotes or angle brackets; quote the value'],
      ['page.html', 'Long press', 'Touch &amp; hold', null],
      ['posts.csv', 'Two lines', null, 'the replacement has a line break, which this place cannot hold'],
    ]);
    expect(before.results.find((result) => result.path === 'deck.docx')?.fixableCount).toBe(0);
    await fixFiles(request, { dryRun: false });
    expect(readFileSync(join(cwd, 'posts.csv'), 'utf8')).toBe('date,text\n2026-05-01,Two lines here\n');
    expect(readFileSync(join(cwd, 'page.html'), 'utf8')).toBe('<p>Hi</p><img src=a.png alt=long-press>\n<p>Touch &amp; hold it.</p>\n');
  });

  it('a character the mail part’s charset cannot hold', async () => {
    const eml =
      'Subject: Hi there\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nWe like Acme Cloud a lot.\r\n';
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-fix-safety-'));
    writeFileSync(join(cwd, 'mail.eml'), eml);
    const kit = await kitFromYaml('lexicon:\n  names: [{ name: Acme Cloud, trademark: "™" }]\n');
    const rules = allRules.filter((rule) => rule.meta.id === 'lexicon/trademark');
    const run = await lintFiles({ cwd, patterns: ['mail.eml'], kit, rules });
    expect(run.results[0]?.findings.map((finding) => finding.fixRefused)).toEqual(['the replacement has characters that iso-8859-1 cannot hold']);
    expect(iconv.encode('™', 'iso-8859-1').toString()).toBe('?');
  });
});

/** A minimal Word document with one paragraph. */
async function wordDocument(text: string): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

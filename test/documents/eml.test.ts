import { decodeHTML } from 'entities';
import { decodeWords } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeMaps, decodeBase64, decodeQuotedPrintable, readPart } from '../../src/documents/parsers/mime.js';
import { OffsetMap } from '../../src/documents/source-map.js';
import type { Document, Segment } from '../../src/documents/types.js';
import { expectSegmentsMapBack, readText, roles, sourceOf, where } from '../helpers/documents.js';

const crlf = (lines: string[]) => lines.join('\r\n');
const eml = (text: string) => readText('message.eml', text);
const find = (doc: Document, text: string): Segment => {
  const segment = doc.segments.find((candidate) => candidate.text.includes(text));
  expect(segment, `a segment with ${JSON.stringify(text)}`).toBeDefined();
  return segment!;
};
const whereIs = (doc: Document, text: string) => {
  const segment = find(doc, text);
  const start = segment.text.indexOf(text);
  return { where: where(doc, segment, start, start + text.length), source: sourceOf(doc, segment, start, start + text.length) };
};

/**
 * The position invariant for transfer-encoded text: verbatim chunks read the
 * same in the source; a replaced chunk's source, once encoded words,
 * quoted-printable and HTML entities are decoded, holds its text. (The shared helper knows HTML
 * entities only.)
 */
function expectQuotedPrintableMapsBack(doc: Document): void {
  for (const segment of doc.segments) {
    for (const chunk of segment.map.chunks) {
      const text = segment.text.slice(chunk.segStart, chunk.segEnd);
      const source = doc.source.slice(chunk.srcStart, chunk.srcEnd);
      if (chunk.verbatim) expect(source).toBe(text);
      else if (text.trim() !== '') {
        const decoded = decodeHTML(decodeQuotedPrintable(decodeWords(source), 0, source.length, 'utf-8').text);
        expect(decoded.replace(/\s+/g, ' '), JSON.stringify(source)).toContain(text.trim());
      }
    }
  }
}

const PLAIN_HTML = crlf([
  'From: Acme News <news@acme.com>',
  'To: Ada <ada@example.com>, bob@example.com',
  'Subject: Spring sale: 30% off',
  'Date: Tue, 01 Apr 2025 10:00:00 +0000',
  'List-Unsubscribe: <mailto:unsubscribe@acme.com?subject=unsubscribe>,',
  ' <https://acme.com/u/123>',
  'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: 7bit',
  '',
  '<html><head><title>Not the subject</title></head><body>',
  '<span class="preheader" style="display:none">Everything must go</span>',
  '<p>Hello &amp; welcome, {{first_name}}</p>',
  '<a href="https://acme.com/sale" class="button">Shop now</a>',
  '</body></html>',
  '',
]);

describe('parseEml', () => {
  it('reads the Subject header, then the HTML part as email HTML, all mapped into the file', async () => {
    const doc = await eml(PLAIN_HTML);
    expectSegmentsMapBack(doc);
    expect(doc.channel).toBe('email');
    expect(roles(doc)).toEqual([
      ['subject', 'Spring sale: 30% off'],
      ['preheader', 'Everything must go'],
      ['body', 'Hello & welcome, {{first_name}}'],
      ['button', 'Shop now'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('3:10-3:30');
    expect(whereIs(doc, 'Everything')).toEqual({ where: '13:46-13:56', source: 'Everything' });
    expect(whereIs(doc, '&')).toEqual({ where: '14:10-14:15', source: '&amp;' });
    expect(doc.links).toEqual([{ href: 'https://acme.com/sale', segment: 3, start: PLAIN_HTML.indexOf('<a '), end: PLAIN_HTML.indexOf('</a>') + 4 }]);
    expect(find(doc, 'Shop now').map.isVerbatim(0, 8)).toBe(true);
  });

  it('records the headers in meta, List-Unsubscribe targets included', async () => {
    const doc = await eml(PLAIN_HTML);
    expectSegmentsMapBack(doc);
    expect(doc.meta).toEqual({
      from: 'Acme News <news@acme.com>',
      to: ['Ada <ada@example.com>', 'bob@example.com'],
      subject: 'Spring sale: 30% off',
      date: '2025-04-01T10:00:00.000Z',
      'list-unsubscribe': ['mailto:unsubscribe@acme.com?subject=unsubscribe', 'https://acme.com/u/123'],
      'list-unsubscribe-post': 'List-Unsubscribe=One-Click',
      preheader: 'Everything must go',
    });
  });

  const ALTERNATIVE = crlf([
    'From: cafe@example.com',
    'Subject: =?UTF-8?Q?Caf=C3=A9_week_=E2=80=94?=',
    ' =?UTF-8?Q?_new_menu?= is here',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    'This is a multi-part message.',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Plain version, not read when there is HTML.',
    '--b1',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    '<p>Caf=C3=A9 opening =E2=80=94 don=E2=80=99t miss it! This line is long enough t=',
    'o need a soft break.</p>',
    '<p class=3D"note">See you there =F0=9F=8E=89</p>',
    '--b1--',
    '',
  ]);

  it('decodes RFC 2047 encoded words in a folded Subject as replaced chunks', async () => {
    const doc = await eml(ALTERNATIVE);
    expectQuotedPrintableMapsBack(doc);
    const subject = doc.segments[0];
    expect(subject?.text).toBe('Café week — new menu is here');
    expect(where(doc, subject)).toBe('2:10-3:31');
    expect(sourceOf(doc, subject, 0, 4)).toBe('=?UTF-8?Q?Caf=C3=A9_week_=E2=80=94?=');
    expect(whereIs(doc, 'is here')).toEqual({ where: '3:24-3:31', source: 'is here' });
  });

  it('maps quoted-printable text character by character, escapes whole, across soft line breaks', async () => {
    const doc = await eml(ALTERNATIVE);
    expectQuotedPrintableMapsBack(doc);
    expect(roles(doc)).toEqual([
      ['subject', 'Café week — new menu is here'],
      ['body', 'Café opening — don’t miss it! This line is long enough to need a soft break.'],
      ['body', 'See you there 🎉'],
    ]);
    expect(whereIs(doc, 'é opening')).toEqual({ where: '16:7-16:21', source: '=C3=A9 opening' });
    expect(whereIs(doc, '— don’t')).toEqual({ where: '16:22-16:45', source: '=E2=80=94 don=E2=80=99t' });
    expect(whereIs(doc, 'to need')).toEqual({ where: '16:80-17:7', source: 't=\r\no need' });
    const body = find(doc, 'opening');
    const to = body.text.indexOf('to need');
    expect(body.map.isVerbatim(to, to + 2)).toBe(false);
    expect(body.map.isVerbatim(to + 3, to + 7)).toBe(true);
    expect(whereIs(doc, '🎉')).toEqual({ where: '18:33-18:45', source: '=F0=9F=8E=89' });
  });

  // Base64 source never reads as its text, so neither map-back check applies; the ranges are checked instead.
  it('maps base64 text to the encoded characters it came from', async () => {
    const html = '<p>First paragraph of the letter.</p>\n<p>Second paragraph, with a caf\u00e9.</p>\n';
    const encoded = Buffer.from(html, 'utf8')
      .toString('base64')
      .replace(/(.{40})/g, '$1\r\n');
    const text = crlf(['Subject: Base64', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', encoded, '']);
    const doc = await eml(text);
    expect(roles(doc)).toEqual([
      ['subject', 'Base64'],
      ['body', 'First paragraph of the letter.'],
      ['body', 'Second paragraph, with a café.'],
    ]);
    const bodyStart = text.indexOf('\r\n\r\n') + 4;
    for (const segment of doc.segments.slice(1)) {
      const { start, end } = segment.map.toSource(0, segment.text.length);
      expect(start).toBeGreaterThanOrEqual(bodyStart);
      expect(end).toBeLessThanOrEqual(text.length);
      expect(segment.map.isVerbatim(0, 1)).toBe(false);
      expect(text.slice(start, end)).toMatch(/^[A-Za-z0-9+/=\r\n]+$/);
    }
    expect(where(doc, doc.segments[1])).toBe('5:5-6:5');
    expect(where(doc, doc.segments[2])).toBe('6:13-7:17');
    expect(where(doc, doc.segments[2], 25, 29)).toBe('7:9-7:17');
  });

  it('reads a plain-text body by paragraphs and records its URLs as links', async () => {
    const text = crlf([
      'Subject: Plain',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Ada,',
      '',
      'Our spring sale starts today.',
      '  Shop at https://acme.com/sale before Sunday.',
      '',
      '-- ',
      'Acme',
      '',
    ]);
    const doc = await eml(text);
    expectSegmentsMapBack(doc);
    expect(roles(doc)).toEqual([
      ['subject', 'Plain'],
      ['body', 'Hi Ada,'],
      ['body', 'Our spring sale starts today. Shop at https://acme.com/sale before Sunday.'],
      ['body', '-- Acme'],
    ]);
    expect(whereIs(doc, 'Shop')).toEqual({ where: '7:3-7:7', source: 'Shop' });
    expect(doc.links).toEqual([{ href: 'https://acme.com/sale', segment: 2, start: text.indexOf('https'), end: text.indexOf(' before') }]);
  });

  it('takes the subject from the HTML title when the message has no Subject header', async () => {
    const doc = await eml(crlf(['Content-Type: text/html', '', '<title>From the title</title><p>Body</p>']));
    expectSegmentsMapBack(doc);
    expect(roles(doc)).toEqual([
      ['subject', 'From the title'],
      ['body', 'Body'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('3:8-3:22');
  });

  it('skips attachments and warns when there is no text part', async () => {
    const doc = await eml(
      crlf([
        'Subject: Files only',
        'Content-Type: multipart/mixed; boundary=zz',
        '',
        '--zz',
        'Content-Type: text/html',
        'Content-Disposition: attachment; filename="page.html"',
        '',
        '<p>Attached, not the message</p>',
        '--zz',
        'Content-Type: image/png',
        'Content-Transfer-Encoding: base64',
        '',
        'iVBORw0KGgo=',
        '--zz--',
      ]),
    );
    expectSegmentsMapBack(doc);
    expect(roles(doc)).toEqual([['subject', 'Files only']]);
    expect(doc.warnings.map((warning) => warning.message)).toEqual(['The message has no text/html or text/plain part to read.']);
  });

  it('maps directives inside a quoted-printable part to the file', async () => {
    const text = crlf([
      'Subject: D',
      'Content-Type: text/html',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>A</p>',
      '<!-- brandlint-disable tone/hype =',
      '-->',
      '<p>B</p>',
    ]);
    const doc = await eml(text);
    expectQuotedPrintableMapsBack(doc);
    expect(doc.directives).toEqual([{ kind: 'disable', rules: ['tone/hype'], start: text.indexOf('<!--'), end: text.indexOf('-->') + 3, line: 6 }]);
  });
});

describe('MIME helpers', () => {
  it('splits a multipart message into parts with body ranges', () => {
    const text = crlf([
      'Content-Type: multipart/alternative; boundary=x',
      '',
      'preamble',
      '--x',
      'Content-Type: text/plain',
      '',
      'one',
      '--x',
      '',
      'two',
      '--x--',
      'epilogue',
    ]);
    const message = readPart(text);
    expect(message.type).toBe('multipart/alternative');
    expect(message.parts.map((part) => [part.type, text.slice(part.bodyStart, part.bodyEnd)])).toEqual([
      ['text/plain', 'one'],
      ['text/plain', 'two'],
    ]);
  });

  it('decodes quoted-printable into text and a map', () => {
    const source = 'xx caf=C3=A9 =\r\nok=3D';
    const { text, map } = decodeQuotedPrintable(source, 2, source.length, 'utf-8');
    expect(text).toBe(' café ok=');
    expect(map.chunks).toEqual([
      { segStart: 0, segEnd: 4, srcStart: 2, srcEnd: 6, verbatim: true },
      { segStart: 4, segEnd: 5, srcStart: 6, srcEnd: 12, verbatim: false },
      { segStart: 5, segEnd: 6, srcStart: 12, srcEnd: 13, verbatim: true },
      { segStart: 6, segEnd: 8, srcStart: 16, srcEnd: 18, verbatim: true },
      { segStart: 8, segEnd: 9, srcStart: 18, srcEnd: 21, verbatim: false },
    ]);
  });

  it('decodes single-byte charsets one character per escape', () => {
    const { text, map } = decodeQuotedPrintable('Caf=E9 na=EFve', 0, 14, 'iso-8859-1');
    expect(text).toBe('Café naïve');
    expect(map.toSource(3, 4)).toEqual({ start: 3, end: 6 });
  });

  it('decodes base64 with a map to each group of four characters', () => {
    const source = 'QUJD\r\nREVG';
    const { text, map } = decodeBase64(source, 0, source.length, 'utf-8');
    expect(text).toBe('ABCDEF');
    expect(map.toSource(1, 2)).toEqual({ start: 0, end: 4 });
    expect(map.toSource(4, 5)).toEqual({ start: 6, end: 10 });
  });

  it('composes a segment map with a decoding map', () => {
    const inner = new OffsetMap([
      { segStart: 0, segEnd: 4, srcStart: 10, srcEnd: 14, verbatim: true },
      { segStart: 4, segEnd: 5, srcStart: 14, srcEnd: 20, verbatim: false },
      { segStart: 5, segEnd: 9, srcStart: 23, srcEnd: 27, verbatim: true },
    ]);
    const outer = new OffsetMap([
      { segStart: 0, segEnd: 7, srcStart: 1, srcEnd: 8, verbatim: true },
      { segStart: 7, segEnd: 8, srcStart: 8, srcEnd: 9, verbatim: false },
    ]);
    expect(composeMaps(outer, inner).chunks).toEqual([
      { segStart: 0, segEnd: 3, srcStart: 11, srcEnd: 14, verbatim: true },
      { segStart: 3, segEnd: 4, srcStart: 14, srcEnd: 20, verbatim: false },
      { segStart: 4, segEnd: 7, srcStart: 23, srcEnd: 26, verbatim: true },
      { segStart: 7, segEnd: 8, srcStart: 26, srcEnd: 27, verbatim: false },
    ]);
  });
});

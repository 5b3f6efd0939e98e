import { describe, expect, it } from 'vitest';
import { expectSegmentsMapBack, readText, roles, sourceOf, where } from '../helpers/documents.js';

const page = async (html: string | Uint8Array) => {
  const doc = await readText('index.html', html, 'web');
  expectSegmentsMapBack(doc);
  return doc;
};

const LANDING = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Acme &mdash; Invoicing for teams</title>
  <meta name="description" content="Send invoices in seconds &amp; get paid faster.">
  <meta property="og:title" content="Not read">
  <script>window.dataLayer = [];</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
  <main>
    <h1>Invoicing that <em>just works</em></h1>
    <p>Run <code>acme send</code> and you are done. Setup takes <strong>two</strong> minutes.</p>
    <pre><code>npm install acme</code></pre>
    <ul><li>Unlimited clients</li><li>Card &amp; bank payments</li></ul>
    <table>
      <tr><th>Plan</th><th>Price</th></tr>
      <tr><td>Team</td><td>&euro;9</td></tr>
    </table>
    <p><img src="/screens/app.png" alt="The invoice editor"></p>
    <a class="cta" href="/signup">Start free</a>
  </main>
</body>
</html>
`;

describe('parseWebHtml', () => {
  it('reads title, description, navigation, headings, paragraphs, lists, cells, alt text and calls to action', async () => {
    const doc = await page(LANDING);
    expect(doc.channel).toBe('web');
    expect(roles(doc)).toEqual([
      ['title', 'Acme — Invoicing for teams'],
      ['description', 'Send invoices in seconds & get paid faster.'],
      ['link', 'Home'],
      ['link', 'Pricing'],
      ['heading', 'Invoicing that just works'],
      ['body', 'Run acme send and you are done. Setup takes two minutes.'],
      ['list-item', 'Unlimited clients'],
      ['list-item', 'Card & bank payments'],
      ['table-cell', 'Plan'],
      ['table-cell', 'Price'],
      ['table-cell', 'Team'],
      ['table-cell', '€9'],
      ['alt', 'The invoice editor'],
      ['button', 'Start free'],
    ]);
    expect(doc.meta).toEqual({ title: 'Acme — Invoicing for teams', description: 'Send invoices in seconds & get paid faster.', lang: 'en-GB' });
    expect(doc.links.map((link) => link.href)).toEqual(['/', '/pricing', '/signup']);
  });

  it('maps the title and the description to their source', async () => {
    const doc = await page(LANDING);
    const [title, description] = doc.segments;
    expect(where(doc, title)).toBe('4:10-4:42');
    expect(sourceOf(doc, title, 4, 7)).toBe(' &mdash; ');
    expect(where(doc, description)).toBe('5:37-5:84');
    expect(sourceOf(doc, description)).toBe('Send invoices in seconds &amp; get paid faster.');
  });

  it('keeps inline code as an opaque span and skips code blocks', async () => {
    const doc = await page(LANDING);
    const paragraph = doc.segments.find((segment) => segment.role === 'body')!;
    expect(paragraph.opaque).toEqual([{ kind: 'code', start: 4, end: 13 }]);
    expect(where(doc, paragraph, 4, 13)).toBe('13:18-13:27');
    expect(doc.segments.some((segment) => segment.text.includes('npm install'))).toBe(false);
  });

  it('gives headings their level and later segments their section', async () => {
    const doc = await page(LANDING);
    const heading = doc.segments.find((segment) => segment.role === 'heading')!;
    expect(heading.level).toBe(1);
    expect(heading.section).toBeUndefined();
    expect(doc.segments.filter((segment) => segment.section === 'Invoicing that just works')).toHaveLength(9);
  });

  it('reads tables marked presentational as body text', async () => {
    const doc = await page('<table role="presentation"><tr><td>Left</td><td>Right</td></tr></table>');
    expect(roles(doc)).toEqual([
      ['body', 'Left'],
      ['body', 'Right'],
    ]);
  });

  it('reads a fragment without html, head or body', async () => {
    const doc = await page('<h2>Pricing</h2>\n<p>Simple &amp; fair.</p>\n<!-- brandlint-disable -->');
    expect(roles(doc)).toEqual([
      ['heading', 'Pricing'],
      ['body', 'Simple & fair.'],
    ]);
    expect(doc.directives).toEqual([{ kind: 'disable', rules: [], start: 43, end: 69, line: 3 }]);
  });

  it('keeps positions right in UTF-16 with CRLF and after emoji', async () => {
    const html = '<title>Hi</title>\r\n<p>🚀 Launch&nbsp;day</p>';
    const doc = await page(new Uint8Array([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]));
    expect(roles(doc)).toEqual([
      ['title', 'Hi'],
      ['body', '🚀 Launch day'],
    ]);
    const body = doc.segments[1];
    expect(where(doc, body)).toBe('2:4-2:22');
    expect(where(doc, body, 3, 9)).toBe('2:7-2:13');
  });

  it('reads the Open Graph description when the page has no meta description', async () => {
    const doc = await page('<head>\n<title>Acme</title>\n<meta property="og:description" content="Invoices in seconds &amp; paid faster.">\n</head>');
    expect(roles(doc)).toEqual([
      ['title', 'Acme'],
      ['description', 'Invoices in seconds & paid faster.'],
    ]);
    expect(doc.meta.description).toBe('Invoices in seconds & paid faster.');
    expect(where(doc, doc.segments[1])).toBe('3:42-3:80');
    expect(sourceOf(doc, doc.segments[1], 20, 21)).toBe('&amp;');
  });
});

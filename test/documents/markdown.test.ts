import { describe, expect, it } from 'vitest';
import type { Document, Segment } from '../../src/documents/types.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';
import { opaqueOf } from './support/parse.js';

const markdown = async (text: string | Uint8Array, path = 'post.md') => {
  const doc = await readText(path, text, 'web');
  expectSegmentsMapBack(doc);
  return doc;
};
const find = (doc: Document, text: string): Segment => {
  const segment = doc.segments.find((candidate) => candidate.text.includes(text));
  expect(segment, `a segment with ${JSON.stringify(text)}`).toBeDefined();
  return segment!;
};
const whereIs = (doc: Document, text: string) => {
  const segment = find(doc, text);
  const start = segment.text.indexOf(text);
  return where(doc, segment, start, start + text.length);
};

const POST = `---
title: "Launch week: \\"Day 1\\""
description: >
  Five launches
  in five days.
author: Ada
tags: [launch, product]
---

# Launch week

We're shipping **five** features in five days,
  one a day. Read the [announcement](https://acme.com/blog?utm_source=md "Blog")
or see [the docs][docs].

- Faster *sync*
- Offline mode
  - Even on trains

> Best launch ever.
> — A customer

| Plan | Price |
| ---- | ----- |
| Team | €9 \\| month |

![Acme dashboard &amp; charts](/img/dash.png)

\`\`\`js
const secret = 'not copy';
\`\`\`

[docs]: https://acme.com/docs
`;

describe('parseMarkdown: Markdown', () => {
  it('reads front matter, headings, paragraphs, lists, quotes, cells, links and alt text', async () => {
    const doc = await markdown(POST);
    expect(roles(doc)).toEqual([
      ['title', 'Launch week: "Day 1"'],
      ['description', 'Five launches in five days.'],
      ['heading', 'Launch week'],
      ['body', "We're shipping five features in five days, one a day. Read the"],
      ['link', 'announcement'],
      ['body', 'or see'],
      ['link', 'the docs'],
      ['body', '.'],
      ['list-item', 'Faster sync'],
      ['list-item', 'Offline mode'],
      ['list-item', 'Even on trains'],
      ['quote', 'Best launch ever. — A customer'],
      ['table-cell', 'Plan'],
      ['table-cell', 'Price'],
      ['table-cell', 'Team'],
      ['table-cell', '€9 | month'],
      ['alt', 'Acme dashboard & charts'],
    ]);
    expect(doc.meta).toEqual({ title: 'Launch week: "Day 1"', description: 'Five launches in five days.\n', author: 'Ada', tags: ['launch', 'product'] });
    expect(doc.links).toEqual([
      { href: 'https://acme.com/blog?utm_source=md', segment: 4, start: POST.indexOf('[announcement]'), end: POST.indexOf(' "Blog")') + 8 },
      { href: 'https://acme.com/docs', segment: 6, start: POST.indexOf('[the docs]'), end: POST.indexOf('[docs].') + 6 },
    ]);
    expect(doc.images).toEqual([{ src: '/img/dash.png', alt: 'Acme dashboard & charts', start: POST.indexOf('!['), end: POST.indexOf('dash.png)') + 9 }]);
    expect(doc.segments.find((segment) => segment.role === 'heading')?.level).toBe(1);
  });

  it('maps front matter values inside their quotes, escapes and folded lines included', async () => {
    const doc = await markdown(POST);
    const [title, description] = doc.segments;
    expect(where(doc, title)).toBe('2:9-2:31');
    expect(sourceOf(doc, title, 13, 14)).toBe('\\"');
    expect(where(doc, description)).toBe('4:3-5:16');
    expect(sourceOf(doc, description, 13, 14)).toBe('\n  ');
  });

  it('reads a soft line break as one space mapped to the break and the indentation', async () => {
    const doc = await markdown(POST);
    const paragraph = find(doc, "We're shipping");
    const comma = paragraph.text.indexOf('days,') + 5;
    expect(paragraph.text.slice(comma, comma + 1)).toBe(' ');
    expect(sourceOf(doc, paragraph, comma, comma + 1)).toBe('\n  ');
    expect(where(doc, paragraph)).toBe('12:1-13:22');
    expect(whereIs(doc, 'one a day')).toBe('13:3-13:12');
  });

  it('keeps link, quote, cell and alt positions exact', async () => {
    const doc = await markdown(POST);
    expect(whereIs(doc, 'announcement')).toBe('13:24-13:36');
    expect(whereIs(doc, 'A customer')).toBe('21:5-21:15');
    const quote = find(doc, 'Best launch');
    expect(sourceOf(doc, quote, 17, 18)).toBe('\n> ');
    const cell = find(doc, '€9');
    expect(where(doc, cell)).toBe('25:10-25:21');
    expect(sourceOf(doc, cell, 3, 4)).toBe('\\|');
    const alt = find(doc, 'Acme dashboard');
    expect(where(doc, alt)).toBe('27:3-27:30');
    expect(sourceOf(doc, alt, 15, 16)).toBe('&amp;');
  });

  it('groups the runs and links of a paragraph in one block', async () => {
    const doc = await markdown(POST);
    const blocks = doc.segments.slice(3, 8).map((segment) => segment.block);
    expect(new Set(blocks).size).toBe(1);
    expect(doc.segments[8]?.block).not.toBe(blocks[0]);
  });

  it('keeps inline code in the text as an opaque span and skips code blocks', async () => {
    const doc = await markdown('Run `npm install acme` then ``a `tick` b``, then `` ` ``.\n\n    indented code\n\n~~~\nfenced\n~~~\n');
    expect(roles(doc)).toEqual([['body', 'Run npm install acme then a `tick` b, then `.']]);
    const segment = present(doc.segments[0]);
    expect(opaqueOf(segment)).toEqual(['code:npm install acme', 'code:a `tick` b', 'code:`']);
    expect(where(doc, segment, 4, 20)).toBe('1:6-1:22');
    expect(sourceOf(doc, segment, 26, 36)).toBe('a `tick` b');
  });

  it('decodes escapes and entities as replaced chunks', async () => {
    const doc = await markdown('Save 20\\% \\*today\\* &mdash; Tom &amp; Jerry&#39;s &copy; 2025\n');
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe("Save 20% *today* — Tom & Jerry's © 2025");
    expect(sourceOf(doc, segment, 7, 8)).toBe('\\%');
    expect(sourceOf(doc, segment, 17, 18)).toBe('&mdash;');
    expect(sourceOf(doc, segment, 30, 31)).toBe('&#39;');
    expect(segment.map.isVerbatim(0, 7)).toBe(true);
    expect(segment.map.isVerbatim(0, 8)).toBe(false);
  });

  it('reads a row of links without the separators between them', async () => {
    const doc = await markdown('[Blog](/blog) • [Docs](/docs) | [GitHub](https://github.com/acme) – and more\n');
    expect(roles(doc)).toEqual([
      ['link', 'Blog'],
      ['link', 'Docs'],
      ['link', 'GitHub'],
      ['body', '– and more'],
    ]);
    expect(whereIs(doc, 'GitHub')).toBe('1:34-1:40');
  });

  it('leaves out a self-closing component with the possessive after it, in Markdown and in MDX', async () => {
    const text = 'Meetings set via <TeamMember name="Dmytro Sitalo" />’s efforts and <TeamMember name="D" />\'s notes, with <Team slug="sales" /> too.\n';
    for (const path of ['guide.md', 'guide.mdx']) {
      const doc = await markdown(text, path);
      expect(roles(doc), path).toEqual([['body', 'Meetings set via efforts and notes, with too.']]);
      expect(whereIs(doc, 'efforts'), path).toBe('1:56-1:63');
      expect(whereIs(doc, 'notes'), path).toBe('1:94-1:99');
    }
    const html = await markdown('Sent by <span class="name" />’s team.\n');
    expect(roles(html)).toEqual([['body', 'Sent by ’s team.']]);
  });

  it('separates lines at a hard break', async () => {
    const doc = await markdown('Line one  \nLine two\\\nLine three\n');
    expect(roles(doc)).toEqual([
      ['body', 'Line one'],
      ['body', 'Line two'],
      ['body', 'Line three'],
    ]);
    expect(new Set(doc.segments.map((segment) => segment.block)).size).toBe(1);
  });

  it('reads HTML blocks and inline HTML as HTML at the right offset', async () => {
    const text = `<div align="center">
  <p>Made with <b>love</b> &amp; care</p>
  <img src="logo.png" alt="Acme &amp; co">
</div>

Press <kbd>Ctrl</kbd> or <a href="https://acme.com/keys" class="btn">see keys</a>.<br>New line <img src="i.png" alt="icon">.

> <p>Quoted <em>HTML</em>
> block</p>
`;
    const doc = await markdown(text);
    expect(roles(doc)).toEqual([
      ['body', 'Made with love & care'],
      ['alt', 'Acme & co'],
      ['body', 'Press Ctrl or'],
      ['button', 'see keys'],
      ['body', '.'],
      ['body', 'New line'],
      ['alt', 'icon'],
      ['body', '.'],
      ['quote', 'Quoted HTML block'],
    ]);
    expect(whereIs(doc, 'love')).toBe('2:19-2:23');
    expect(whereIs(doc, 'Acme & co')).toBe('3:28-3:41');
    expect(whereIs(doc, 'see keys')).toBe('6:70-6:78');
    expect(opaqueOf(find(doc, 'Press'))).toEqual(['code:Ctrl']);
    expect(doc.links).toEqual([{ href: 'https://acme.com/keys', segment: 3, start: text.indexOf('<a '), end: text.indexOf('</a>') + 4 }]);
    const quote = find(doc, 'Quoted');
    expect(where(doc, quote)).toBe('8:6-9:8');
    expect(sourceOf(doc, quote, 11, 12)).toBe('\n> ');
  });

  it('maps attribute text of an inline tag that spans lines, in paragraphs, lists and quotes, in Markdown and MDX', async () => {
    const text = `<img src="x.png"
     alt="Try AcmeCloud today">

- <img src="x.png"
    alt="Try AcmeCloud today">

> Text <img src="x.png"
>      alt="Try AcmeCloud
>   today"> more.
`;
    for (const path of ['page.md', 'page.mdx']) {
      const doc = await markdown(text.replace(/">/g, path === 'page.mdx' ? '" />' : '">'), path);
      expect(doc.segments.filter((segment) => segment.role === 'alt').map((segment) => where(doc, segment))).toEqual(['2:11-2:30', '5:10-5:29', '8:13-9:10']);
      expect(whereIs(doc, 'AcmeCloud')).toBe('2:15-2:24');
    }
  });

  it('collects directives from HTML comments, not from code', async () => {
    const doc = await markdown(
      '<!-- brandlint-disable tone/hype -->\nGreat stuff.\n\n```html\n<!-- brandlint-enable -->\n```\n\nText <!-- brandlint-disable-line --> here.\n',
    );
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable', ['tone/hype'], 1],
      ['disable-line', [], 8],
    ]);
    expect(roles(doc)).toEqual([
      ['body', 'Great stuff.'],
      ['body', 'Text here.'],
    ]);
  });

  it('drops Hugo shortcodes and Liquid tags standing alone and keeps inline ones opaque', async () => {
    const doc = await markdown(
      '{{< toc >}}\n\n{% raw %}\nSee {{< ref "pricing.md" >}} for {{ page.price }}.\n\n{{< tweet user="acme" id="1" >}}\n{{% notice %}}\n',
    );
    expect(roles(doc)).toEqual([['body', '{% raw %} See {{< ref "pricing.md" >}} for {{ page.price }}.']]);
    expect(opaqueOf(doc.segments[0])).toEqual(['merge-tag:{% raw %}', 'merge-tag:{{< ref "pricing.md" >}}', 'merge-tag:{{ page.price }}']);
  });

  it('reads TOML front matter and the summary alias', async () => {
    const doc = await markdown('+++\ntitle = "Rust 1.85 \\"stable\\""\nsummary = \'Editions & more\'\n[extra]\ntitle = "nested"\n+++\n\nBody.\n');
    expect(roles(doc)).toEqual([
      ['title', 'Rust 1.85 "stable"'],
      ['description', 'Editions & more'],
      ['body', 'Body.'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('2:10-2:30');
    expect(sourceOf(doc, doc.segments[0], 10, 11)).toBe('\\"');
    expect(where(doc, doc.segments[1])).toBe('3:12-3:27');
    expect(doc.meta).toEqual({ title: 'Rust 1.85 "stable"', summary: 'Editions & more', extra: { title: 'nested' } });
  });

  it('warns about front matter it cannot read and still reads the body', async () => {
    const doc = await markdown('---\ntitle: [unclosed\n---\n\nHello.\n');
    expect(roles(doc)).toEqual([['body', 'Hello.']]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]?.message).toMatch(/^Front matter could not be read/);
  });

  it('counts positions after a BOM, across CRLF and in UTF-16 files', async () => {
    const text = '---\r\ntitle: Hi\r\n---\r\n\r\n# Héllo 👋 world\r\n\r\nLine one\r\nline two\r\n';
    const utf8 = await markdown(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    const utf16 = await markdown(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    for (const doc of [utf8, utf16]) {
      expect(roles(doc)).toEqual([
        ['title', 'Hi'],
        ['heading', 'Héllo 👋 world'],
        ['body', 'Line one line two'],
      ]);
      expect(where(doc, doc.segments[0])).toBe('2:8-2:10');
      expect(whereIs(doc, 'world')).toBe('5:12-5:17');
      expect(where(doc, doc.segments[2])).toBe('7:1-8:9');
      expect(sourceOf(doc, doc.segments[2], 8, 9)).toBe('\r\n');
    }
    expect(opaqueOf(utf16.segments[1])).toEqual(['emoji:👋']);
  });
});

const MDX = `---
title: Run JavaScript Everywhere
---
import { Button } from '@/components';
export const meta = { year: 2025 };

<section>
  <h1 className="special">Run JavaScript Everywhere</h1>

  Node.js is a free, open-source runtime for {props.audience} and scripts.

  <Button kind="primary" href="/download">Get Node.js</Button>

  <Card title="Not copy">
    Text inside a *component* is read.
  </Card>

  <img src="/turtle.png" alt="The Node.js &amp; turtle" />
</section>

{/* brandlint-disable-next-line tone/hype */}
The best runtime, <Link href="/about">learn more</Link> or use <code>node --watch</code>.
`;

describe('parseMarkdown: MDX', () => {
  it('skips imports and exports, keeps expressions as placeholders, reads JSX text children, buttons and alt text', async () => {
    const doc = await markdown(MDX, 'index.mdx');
    expect(roles(doc)).toEqual([
      ['title', 'Run JavaScript Everywhere'],
      ['heading', 'Run JavaScript Everywhere'],
      ['body', 'Node.js is a free, open-source runtime for {props.audience} and scripts.'],
      ['button', 'Get Node.js'],
      ['body', 'Text inside a component is read.'],
      ['alt', 'The Node.js & turtle'],
      ['body', 'The best runtime,'],
      ['link', 'learn more'],
      ['body', 'or use node --watch.'],
    ]);
    expect(doc.warnings).toEqual([]);
    expect(doc.links.map((link) => [link.href, link.segment])).toEqual([
      ['/download', 3],
      ['/about', 7],
    ]);
    expect(opaqueOf(doc.segments[8])).toEqual(['code:node --watch']);
  });

  it('maps JSX text and attribute values exactly', async () => {
    const doc = await markdown(MDX, 'index.mdx');
    expect(whereIs(doc, 'Get Node.js')).toBe('12:43-12:54');
    expect(whereIs(doc, 'component')).toBe('15:20-15:29');
    const alt = find(doc, 'turtle');
    expect(where(doc, alt)).toBe('18:31-18:55');
    expect(sourceOf(doc, alt, 12, 13)).toBe('&amp;');
  });

  it('honours {/* brandlint-… */} directives', async () => {
    const doc = await markdown(MDX, 'index.mdx');
    expect(doc.directives).toEqual([{ kind: 'disable-next-line', rules: ['tone/hype'], start: MDX.indexOf('{/*'), end: MDX.indexOf('*/}') + 3, line: 21 }]);
  });

  it('accepts HTML comments in MDX and still reads their directives', async () => {
    const doc = await markdown('Intro.\n\n<!-- truncate -->\n<!-- brandlint-disable -->\n\nMore <Badge>new</Badge>.\n', 'post.mdx');
    expect(doc.warnings).toEqual([]);
    expect(roles(doc)).toEqual([
      ['body', 'Intro.'],
      ['body', 'More new.'],
    ]);
    expect(doc.directives.map((directive) => [directive.kind, directive.line])).toEqual([['disable', 4]]);
  });

  it('keeps an expression inside a sentence as one opaque placeholder, and drops comment expressions', async () => {
    const doc = await markdown('Welcome to {props.siteName}, the home of {/* hidden */}fast builds.\n', 'index.mdx');
    expect(roles(doc)).toEqual([['body', 'Welcome to {props.siteName}, the home of fast builds.']]);
    const segment = present(doc.segments[0]);
    expect(segment.opaque.map((span) => [span.kind, segment.text.slice(span.start, span.end)])).toEqual([['merge-tag', '{props.siteName}']]);
    expect(where(doc, segment, 11, 27)).toBe('1:12-1:28');
    expectSegmentsMapBack(doc);
  });

  it('falls back to Markdown with a warning when the MDX is invalid', async () => {
    const doc = await markdown('# Title\n\nCosts < 5 {dollars.\n', 'broken.mdx');
    expect(roles(doc)).toEqual([
      ['heading', 'Title'],
      ['body', 'Costs < 5 {dollars.'],
    ]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]?.message).toMatch(/^Not valid MDX \(.+\); read as plain Markdown\.$/);
    expect(doc.warnings[0]?.start).toBeGreaterThan(0);
  });

  it('reads a .md page written in MDX (an import at the top) as MDX, silently falling back', async () => {
    const mdx = await markdown('import Banner from "@theme/Banner";\n\n<Banner alt="x">\n  Photo by someone\n</Banner>\n\nHello.\n');
    expect(roles(mdx)).toEqual([
      ['body', 'Photo by someone'],
      ['body', 'Hello.'],
    ]);
    const plain = await markdown('import this from "that" is how\nPython would say it, {not MDX.\n');
    expect(roles(plain)).toEqual([['body', 'import this from "that" is how Python would say it, {not MDX.']]);
    expect(plain.warnings).toEqual([]);
  });
});

describe('parseMarkdown: site generator markup', () => {
  const HUGO = `# Pricing

Pick a plan. {{< button href="/signup" >}}Start your free trial{{< /button >}} today.

{{< cta url='/demo' >}}Book a **demo**{{< /cta >}}

Need more? {{< ref "contact.md" >}} has our details.
`;

  it('reads a Hugo button shortcode as a button with its href', async () => {
    const doc = await markdown(HUGO);
    expect(roles(doc)).toEqual([
      ['heading', 'Pricing'],
      ['body', 'Pick a plan.'],
      ['button', 'Start your free trial'],
      ['body', 'today.'],
      ['button', 'Book a demo'],
      ['body', 'Need more? {{< ref "contact.md" >}} has our details.'],
    ]);
    expect(doc.links.map((link) => [link.href, link.segment])).toEqual([
      ['/signup', 2],
      ['/demo', 4],
    ]);
    expect(whereIs(doc, 'Start your free trial')).toBe('3:43-3:64');
    expect(whereIs(doc, 'Book a demo')).toBe('5:24-5:37');
  });

  const DOCUSAURUS = `:::tip Pro tip
Real people answer every ticket.
:::

:::note

Files are backed up every night.

:::

> :::info
> Encrypted at rest.
> :::
`;

  it('drops admonition fences and reads an admonition title as a block of its own', async () => {
    const doc = await markdown(DOCUSAURUS, 'guide.mdx');
    expect(roles(doc)).toEqual([
      ['body', 'Pro tip'],
      ['body', 'Real people answer every ticket.'],
      ['body', 'Files are backed up every night.'],
      ['quote', 'Encrypted at rest.'],
    ]);
    expect(doc.segments.map((segment) => segment.block)).toEqual([1, 2, 3, 4]);
    expect(whereIs(doc, 'Pro tip')).toBe('1:8-1:15');
    expect(whereIs(doc, 'Real people')).toBe('2:1-2:12');
    expect(whereIs(doc, 'Encrypted at rest.')).toBe('12:3-12:21');
  });
});

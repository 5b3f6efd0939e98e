import { describe, expect, it } from 'vitest';
import { attributeValueRange, appendHtmlText, classDisplays, parseHtml } from '../../src/documents/parsers/html-text.js';
import { SegmentTextBuilder } from '../../src/documents/source-map.js';
import type { Document, Segment } from '../../src/documents/types.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';
import { opaqueOf } from './support/parse.js';

const email = async (html: string) => {
  const doc = await readText('message.html', html, 'email');
  expectSegmentsMapBack(doc);
  return doc;
};
const page = async (html: string) => {
  const doc = await readText('page.html', html, 'web');
  expectSegmentsMapBack(doc);
  return doc;
};
/** Where the first occurrence of `part` in the segment's text lies in the source. */
const whereIs = (doc: Document, picked: Segment | undefined, part: string) => {
  const segment = present(picked);
  const start = segment.text.indexOf(part);
  expect(start, `${JSON.stringify(part)} in ${JSON.stringify(segment.text)}`).toBeGreaterThanOrEqual(0);
  return { where: where(doc, segment, start, start + part.length), source: sourceOf(doc, segment, start, start + part.length) };
};

describe('appendHtmlText', () => {
  const build = (raw: string, at = 0) => {
    const builder = new SegmentTextBuilder();
    appendHtmlText(builder, raw, at);
    return builder.finish();
  };

  it('decodes each entity as one replaced chunk and keeps other text verbatim, written as HTML text', () => {
    const { text, map } = build('Tom &amp; Jerry&rsquo;s caf&eacute;', 10);
    expect(text).toBe('Tom & Jerry’s café');
    expect(map.chunks).toEqual([
      { segStart: 0, segEnd: 4, srcStart: 10, srcEnd: 14, verbatim: true, syntax: { kind: 'html' } },
      { segStart: 4, segEnd: 5, srcStart: 14, srcEnd: 19, verbatim: false },
      { segStart: 5, segEnd: 11, srcStart: 19, srcEnd: 25, verbatim: true, syntax: { kind: 'html' } },
      { segStart: 11, segEnd: 12, srcStart: 25, srcEnd: 32, verbatim: false },
      { segStart: 12, segEnd: 17, srcStart: 32, srcEnd: 37, verbatim: true, syntax: { kind: 'html' } },
      { segStart: 17, segEnd: 18, srcStart: 37, srcEnd: 45, verbatim: false },
    ]);
  });

  it('keeps a single space verbatim and collapses other white space to one replaced space', () => {
    const { text, map } = build('Hello world,\n    again\t\tand again');
    expect(text).toBe('Hello world, again and again');
    expect(map.isVerbatim(0, 12)).toBe(true);
    expect(map.toSource(12, 13)).toEqual({ start: 12, end: 17 });
    expect(map.isVerbatim(12, 13)).toBe(false);
  });

  it('reads a lone &nbsp; as a space and drops padding made of invisible characters', () => {
    expect(build('50&nbsp;off').text).toBe('50 off');
    expect(build('Pre&shy;view text&zwnj;&nbsp;&zwnj;&nbsp;&#847;&zwnj;&nbsp;').text).toBe('Preview text');
    expect(build('zero\u200bwidth\u2060joiner\ufeff').text).toBe('zerowidthjoiner');
    expect(build('&zwnj;&nbsp;&#8199;&#65279;&#847; ').text).toBe('');
  });

  it('keeps the zero-width joiner inside an emoji sequence, raw or as an entity, and drops it elsewhere', () => {
    const family = build('Family 👩\u200d👩\u200d👧\u200d👦 day', 5);
    expect(family.text).toBe('Family 👩‍👩‍👧‍👦 day');
    expect(family.map.isVerbatim(0, family.text.length)).toBe(true);
    expect(family.map.toSource(7, 18)).toEqual({ start: 12, end: 23 });
    const rainbow = build('Pride 🏳️&zwj;🌈 month');
    expect(rainbow.text).toBe('Pride 🏳️\u200d🌈 month');
    expect(rainbow.map.toSource(9, 10)).toEqual({ start: 9, end: 14 });
    expect(build('coder 👩🏽\u200d💻!').text).toBe('coder 👩🏽\u200d💻!');
    expect(build('a\u200db 👋\u200d &zwj;👋').text).toBe('ab 👋 👋');
  });

  it('leaves text that only looks like an entity alone', () => {
    const { text, map } = build('R&D & Co &nosuchentity; AT&T');
    expect(text).toBe('R&D & Co &nosuchentity; AT&T');
    expect(map.isVerbatim(0, text.length)).toBe(true);
  });
});

describe('attributeValueRange', () => {
  it('finds quoted, single-quoted and unquoted values in a start tag', () => {
    const html = `<img src=a.png ALT='Tom &amp; Jerry' title="x" data-x>`;
    const range = (name: string) => {
      const found = attributeValueRange(html, 0, name);
      return found && html.slice(found.start, found.end);
    };
    expect(range('src')).toBe('a.png');
    expect(range('alt')).toBe('Tom &amp; Jerry');
    expect(range('title')).toBe('x');
    expect(range('data-x')).toBe('');
    expect(range('width')).toBeUndefined();
  });
});

describe('classDisplays', () => {
  it('reads plain class rules outside media queries', () => {
    const document = parseHtml(`<style>
      .counter, td.label { display: block; color: red }
      .mobile-only { display:none }
      .inline { display: inline-block }
      @media (max-width: 600px) { .desktop { display: none !important } .mobile-only { display: block } }
      /* .commented { display: none } */
      .a .b { display: none }
    </style>`);
    expect(Object.fromEntries(classDisplays(document))).toEqual({ counter: 'block', label: 'block', 'mobile-only': 'none' });
  });
});

describe('the HTML walker', () => {
  it('maps entities whole: &amp;, &rsquo;, &#8217; and a lone &nbsp;', async () => {
    const doc = await email('<p>Tom &amp; Jerry&rsquo;s &#8217;90s caf&eacute;&nbsp;deals</p>');
    expect(roles(doc)).toEqual([['body', 'Tom & Jerry’s ’90s café deals']]);
    const segment = present(doc.segments[0]);
    expect(whereIs(doc, segment, '&')).toEqual({ where: '1:8-1:13', source: '&amp;' });
    expect(whereIs(doc, segment, '’s')).toEqual({ where: '1:19-1:27', source: '&rsquo;s' });
    expect(whereIs(doc, segment, '’90s')).toEqual({ where: '1:28-1:38', source: '&#8217;90s' });
    expect(whereIs(doc, segment, 'é deals')).toEqual({ where: '1:42-1:61', source: '&eacute;&nbsp;deals' });
    expect(where(doc, segment)).toBe('1:4-1:61');
  });

  it('collapses white space runs across lines and inline tags', async () => {
    const doc = await email('<p>\n  Spring <b>sale</b>\n  <em> starts </em>  today\n</p>');
    expect(roles(doc)).toEqual([['body', 'Spring sale starts today']]);
    const segment = present(doc.segments[0]);
    expect(where(doc, segment)).toBe('2:3-3:27');
    expect(whereIs(doc, segment, 'today')).toEqual({ where: '3:22-3:27', source: 'today' });
    expect(segment.map.isVerbatim(0, 11)).toBe(false);
    expect(segment.map.isVerbatim(0, 6)).toBe(true);
  });

  it('never runs the text of two table cells or blocks together', async () => {
    const doc = await email('<table role="presentation"><tr><td>Left</td><td>Right</td></tr></table><div>One</div><div>Two</div><p>Three</p>Four');
    expect(roles(doc)).toEqual([
      ['body', 'Left'],
      ['body', 'Right'],
      ['body', 'One'],
      ['body', 'Two'],
      ['body', 'Three'],
      ['body', 'Four'],
    ]);
    expect(new Set(doc.segments.map((segment) => segment.block)).size).toBe(6);
  });

  it('joins inline elements without adding space', async () => {
    const doc = await email('<p>Su<b>per</b><span style="color:red">sale</span> <font face="Arial">now</font></p>');
    expect(roles(doc)).toEqual([['body', 'Supersale now']]);
  });

  it('keeps an emoji joined with zero-width joiners one emoji', async () => {
    const doc = await email('<p>For the whole 👩\u200d👩\u200d👧\u200d👦 family</p>');
    expect(roles(doc)).toEqual([['body', 'For the whole 👩\u200d👩\u200d👧\u200d👦 family']]);
    expect(opaqueOf(doc.segments[0])).toEqual(['emoji:👩\u200d👩\u200d👧\u200d👦']);
    expect(whereIs(doc, doc.segments[0], 'family')).toEqual({ where: '1:30-1:36', source: 'family' });
  });

  it('ends a line at <br>: a new segment in the same block', async () => {
    const doc = await email('<p>First line<br>second line<br/><br />third line</p>');
    expect(roles(doc)).toEqual([
      ['body', 'First line'],
      ['body', 'second line'],
      ['body', 'third line'],
    ]);
    expect(doc.segments.map((segment) => segment.block)).toEqual([1, 1, 1]);
    expect(where(doc, doc.segments[1])).toBe('1:18-1:29');
  });

  it('skips style, script, noscript, template, svg, head and comments', async () => {
    const doc = await email(`<html><head><title>Subject</title><style>p { color: red }</style><script>var a = "text";</script></head>
<body><noscript>Enable scripts</noscript><template><p>Later</p></template><svg><text>Logo</text></svg>
<!-- a comment --><p>Visible</p></body></html>`);
    expect(roles(doc)).toEqual([
      ['subject', 'Subject'],
      ['body', 'Visible'],
    ]);
  });

  it('reads Outlook-only conditional content never and downlevel-revealed content once', async () => {
    const doc = await email(`<body>
<!--[if mso]><table><tr><td><p>Outlook copy</p></td></tr></table><![endif]-->
<!--[if !mso]><!--><div><p>Everyone copy</p></div><!--<![endif]-->
<!--[if mso | IE]><v:roundrect><center>Outlook button</center></v:roundrect><![endif]-->
<!--[if !mso]><!-- --><a class="button" href="https://acme.com/go">Button</a><!--<![endif]-->
</body>`);
    expect(roles(doc)).toEqual([
      ['body', 'Everyone copy'],
      ['button', 'Button'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('3:28-3:41');
  });

  it('skips hidden elements but reads content hidden from Outlook alone', async () => {
    const doc = await email(`<p>Shown</p><div style="display: none !important">Hidden one</div>
<div style="visibility:hidden">Hidden two</div><p hidden>Hidden three</p>
<div style="max-height:0; overflow:hidden">Hidden four</div><span style="opacity: 0">Hidden five</span>
<div style="mso-hide:all"><p>Shown everywhere but Outlook</p></div>`);
    expect(roles(doc)).toEqual([
      ['body', 'Shown'],
      ['body', 'Shown everywhere but Outlook'],
    ]);
  });

  it('honours display rules of plain classes in the style sheet', async () => {
    const doc = await email(`<style>.num { display:block } .mobile { display: none }</style>
<div><span class="num">9457</span><span class="label">Happy customers</span></div><p class="mobile">Mobile copy</p>`);
    expect(roles(doc)).toEqual([
      ['body', '9457'],
      ['body', 'Happy customers'],
    ]);
  });

  it('keeps merge tags whole in the text and marks them opaque', async () => {
    const doc = await email(`<p>Hi {{ first_name | default: "there" }}, <b>*|FNAME|*</b> gets %%Discount%% off
{% if vip %}today{% endif %} with %%[ SET @x = 1 ]%%</p>`);
    const segment = present(doc.segments[0]);
    expect(roles(doc)).toEqual([
      ['body', 'Hi {{ first_name | default: "there" }}, *|FNAME|* gets %%Discount%% off {% if vip %}today{% endif %} with %%[ SET @x = 1 ]%%'],
    ]);
    expect(opaqueOf(segment)).toEqual([
      'merge-tag:{{ first_name | default: "there" }}',
      'merge-tag:*|FNAME|*',
      'merge-tag:%%Discount%%',
      'merge-tag:{% if vip %}',
      'merge-tag:{% endif %}',
      'merge-tag:%%[ SET @x = 1 ]%%',
    ]);
    expect(whereIs(doc, segment, '*|FNAME|*')).toEqual({ where: '1:47-1:56', source: '*|FNAME|*' });
  });

  it('keeps the merge tags of AMPscript, Braze, SendGrid and Campaign Monitor whole', async () => {
    const doc = await email(`<p>Dear %%=ProperCase(@firstName)=%%, hi {{\${first_name}}} and -first_name- with {{custom_attribute.\${points}}} points</p>
<p>[firstname,fallback=there], see [Weblink] or [Unsubscribe]; a well-known one-off stays prose.</p>`);
    const [first, second] = doc.segments;
    expect(opaqueOf(first)).toEqual([
      'merge-tag:%%=ProperCase(@firstName)=%%',
      'merge-tag:{{${first_name}}}',
      'merge-tag:-first_name-',
      'merge-tag:{{custom_attribute.${points}}}',
    ]);
    expect(opaqueOf(second)).toEqual(['merge-tag:[firstname,fallback=there]', 'merge-tag:[Weblink]', 'merge-tag:[Unsubscribe]']);
    expect(whereIs(doc, first, '-first_name-')).toEqual({ where: '1:64-1:76', source: '-first_name-' });
  });

  it('drops a run that is only template logic, keeps one that prints a value', async () => {
    const doc = await email('<table><tr><td>{{#each items}}</td></tr><tr><td>{{this.name}}</td><td>{{/each}}</td></tr></table>');
    expect(roles(doc)).toEqual([['body', '{{this.name}}']]);
  });

  it('reads a HubL tag with markup in its arguments as one template tag, not as document structure', async () => {
    const doc =
      await email(`<table role="presentation"><tr><td>{% module "hero" path="@hubspot/rich_text" label="Hero" html="<h1>Summer at Lumen</h1><p>Ride more.</p>" %}</td></tr></table>
<p>Hi {{ "<b>x</b>" | safe }}, ride <b>more</b></p>`);
    expect(roles(doc)).toEqual([['body', 'Hi {{ "<b>x</b>" | safe }}, ride more']]);
    const segment = present(doc.segments[0]);
    expect(opaqueOf(segment)).toEqual(['merge-tag:{{ "<b>x</b>" | safe }}']);
    expect(where(doc, segment)).toBe('2:4-2:44');
    expect(whereIs(doc, segment, 'ride')).toEqual({ where: '2:32-2:36', source: 'ride' });
  });

  it('keeps a comparison inside a template tag from ending a start tag', async () => {
    const doc = await email('<p {% if a > 1 %}class="big"{% endif %}>See <a href="{% if x > 1 %}/many{% endif %}">the offer</a> now</p>');
    expect(roles(doc)).toEqual([
      ['body', 'See'],
      ['link', 'the offer'],
      ['body', 'now'],
    ]);
    expect(doc.segments.map((segment) => where(doc, segment))).toEqual(['1:41-1:44', '1:86-1:95', '1:100-1:103']);
    expect(doc.links).toEqual([{ href: '{% if x > 1 %}/many{% endif %}', segment: 1, start: 44, end: 98 }]);
  });

  it('leaves a Jinja comment out of the text, markup in it included', async () => {
    const doc = await email('<p>Hi {# comment with <b> #} there</p><table role="presentation"><tr><td>{# note #}</td></tr></table>');
    expect(roles(doc)).toEqual([['body', 'Hi there']]);
    const segment = present(doc.segments[0]);
    expect(where(doc, segment)).toBe('1:4-1:35');
    expect(whereIs(doc, segment, 'there')).toEqual({ where: '1:30-1:35', source: 'there' });
  });

  it('keeps AMPscript comparisons and markup in strings inside the AMPscript block', async () => {
    const doc = await email(`%%[ SET @badge = "<b>Gold</b>" ]%%
<table role="presentation"><tr><td %%[ IF @tier > 1 THEN ]%%class="gold"%%[ ENDIF ]%%>Gold member</td></tr></table>`);
    expect(roles(doc)).toEqual([['body', 'Gold member']]);
    expect(where(doc, doc.segments[0])).toBe('2:87-2:98');
  });

  it('turns every <a href> into a Link and its text into a link segment of the same block', async () => {
    const html = '<p>Read <a href="https://acme.com/blog?a=1&amp;utm_source=email">our <b>blog</b></a>.</p><p>Next</p>';
    const doc = await email(html);
    expect(roles(doc)).toEqual([
      ['body', 'Read'],
      ['link', 'our blog'],
      ['body', '.'],
      ['body', 'Next'],
    ]);
    expect(doc.segments.map((segment) => segment.block)).toEqual([1, 1, 1, 2]);
    expect(doc.segments[1]?.href).toBe('https://acme.com/blog?a=1&utm_source=email');
    const [link] = doc.links;
    expect(link).toEqual({ href: 'https://acme.com/blog?a=1&utm_source=email', segment: 1, start: 8, end: html.indexOf('</a>') + 4 });
    expect(where(doc, doc.segments[1])).toBe('1:66-1:77');
  });

  it('drops punctuation that only separates links, and keeps it where it is text', async () => {
    const html =
      '<p>You signed up. <a href="/prefs">Email preferences</a> &middot; <a href="/unsub">Unsubscribe</a> |</p>\n<p><a href="/fb">Facebook</a> | <a href="/x">X</a> / <a href="/in"><img src="in.png" alt="LinkedIn"></a></p>\n<p>Monday | Tuesday</p>';
    const doc = await email(html);
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.block])).toEqual([
      ['body', 'You signed up.', 1],
      ['link', 'Email preferences', 1],
      ['link', 'Unsubscribe', 1],
      ['link', 'Facebook', 2],
      ['link', 'X', 2],
      ['alt', 'LinkedIn', 2],
      ['body', 'Monday | Tuesday', 3],
    ]);
    expect(where(doc, doc.segments[2])).toBe('1:84-1:95');
    expect(doc.links.map((link) => [link.href, link.segment])).toEqual([
      ['/prefs', 1],
      ['/unsub', 2],
      ['/fb', 3],
      ['/x', 4],
      ['/in', 5],
    ]);
  });

  it('records links without text, and gives an image link its alt text', async () => {
    const doc = await email('<a href="https://acme.com"><img src="logo.png" alt="Acme"></a><a href="https://acme.com/empty"></a>');
    expect(roles(doc)).toEqual([['alt', 'Acme']]);
    expect(doc.links.map((link) => [link.href, link.segment])).toEqual([
      ['https://acme.com', 0],
      ['https://acme.com/empty', undefined],
    ]);
  });

  it('keeps a link that wraps blocks as link segments, one per block', async () => {
    const doc = await email('<a href="https://acme.com/offer"><h2>Big offer</h2><p>Tap to see it</p></a>');
    expect(roles(doc)).toEqual([
      ['link', 'Big offer'],
      ['link', 'Tap to see it'],
    ]);
    expect(doc.links).toHaveLength(1);
    expect(doc.links[0]?.segment).toBe(0);
  });

  it('tells buttons from links', async () => {
    const doc = await email(`
<p>Plain <a href="/a">text link</a> in a sentence.</p>
<table role="presentation"><tr><td style="padding: 20px"><a href="/footer">Footer link</a></td></tr></table>
<a class="btn btn-primary" href="/b">Named</a>
<a href="/c" style="background-color:#e00; padding: 12px 24px; color: #fff">Styled</a>
<table role="presentation"><tr><td bgcolor="#0066cc" style="border-radius:4px"><a href="/d" style="color:#fff">Cell</a></td></tr></table>
<table class="button radius"><tr><td><table><tr><td><a href="/e">Foundation</a></td></tr></table></td></tr></table>
<center><button href="/f">Inky</button></center>
<form><button type="submit">Send</button><input type="submit" value="Sign &amp; save"></form>`);
    expect(roles(doc)).toEqual([
      ['body', 'Plain'],
      ['link', 'text link'],
      ['body', 'in a sentence.'],
      ['link', 'Footer link'],
      ['button', 'Named'],
      ['button', 'Styled'],
      ['button', 'Cell'],
      ['button', 'Foundation'],
      ['button', 'Inky'],
      ['button', 'Send'],
      ['button', 'Sign & save'],
    ]);
    expect(doc.links.map((link) => link.href)).toEqual(['/a', '/footer', '/b', '/c', '/d', '/e', '/f']);
    const input = doc.segments[10];
    expect(sourceOf(doc, input)).toBe('Sign &amp; save');
  });

  it('records every image, and maps a non-empty alt to the attribute value', async () => {
    const html = `<img src="hero.png" alt="Tom &amp; Jerry&rsquo;s" width="600" height="300">
<img src="spacer.gif" alt="" width="1" height="1"><img src="pixel.gif">`;
    const doc = await email(html);
    const spacer = html.indexOf('<img src="spacer');
    const pixel = html.indexOf('<img src="pixel');
    expect(roles(doc)).toEqual([['alt', 'Tom & Jerry’s']]);
    expect(where(doc, doc.segments[0])).toBe('1:26-1:49');
    expect(sourceOf(doc, doc.segments[0])).toBe('Tom &amp; Jerry&rsquo;s');
    expect(doc.images).toEqual([
      { src: 'hero.png', alt: 'Tom & Jerry’s', width: '600', height: '300', start: 0, end: html.indexOf('\n') },
      { src: 'spacer.gif', alt: '', width: '1', height: '1', start: spacer, end: pixel },
      { src: 'pixel.gif', alt: undefined, start: pixel, end: html.length },
    ]);
  });

  it('gives headings, list items, quotes and cells their roles', async () => {
    const doc = await page(`<h1>Title</h1><h3>Sub <em>title</em></h3>
<ul><li>One</li><li><p>Two</p><ul><li>Two and a half</li></ul></li></ul>
<blockquote><p>Quoted</p></blockquote>
<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$9</td></tr></table>`);
    expect(roles(doc)).toEqual([
      ['heading', 'Title'],
      ['heading', 'Sub title'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
      ['list-item', 'Two and a half'],
      ['quote', 'Quoted'],
      ['table-cell', 'Plan'],
      ['table-cell', 'Price'],
      ['table-cell', 'Pro'],
      ['table-cell', '$9'],
    ]);
    expect(doc.segments.map((segment) => segment.level)).toEqual([
      1,
      3,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(doc.segments.slice(2).every((segment) => segment.section === 'Sub title')).toBe(true);
  });

  it('reads email layout tables as body text, data tables (header cells) as cells', async () => {
    const doc = await email(`<table width="600" cellpadding="0"><tr><td>Layout cell</td></tr></table>
<table role="presentation"><tr><th>Not data</th></tr></table>
<table><tr><th>Item</th><th>Qty</th></tr><tr><td>Shoes</td><td>1</td></tr></table>
<table><tr><td><table><tr><th>Nested</th></tr></table></td></tr></table>`);
    expect(roles(doc)).toEqual([
      ['body', 'Layout cell'],
      ['body', 'Not data'],
      ['table-cell', 'Item'],
      ['table-cell', 'Qty'],
      ['table-cell', 'Shoes'],
      ['table-cell', '1'],
      ['table-cell', 'Nested'],
    ]);
  });

  it('survives malformed markup and reads Inky layout tags as blocks', async () => {
    const doc = await email(`<container><row><columns>First<spacer size="16"></spacer>Second</columns><columns>Third
<p>Unclosed <b>bold<p>Next paragraph<div>Open div<td>Stray cell</row>`);
    expect(roles(doc)).toEqual([
      ['body', 'First'],
      ['body', 'Second'],
      ['body', 'Third'],
      ['body', 'Unclosed bold'],
      ['body', 'Next paragraph'],
      ['body', 'Open div'],
      ['body', 'Stray cell'],
    ]);
  });

  it('collects brandlint directives from comments', async () => {
    const doc = await email('<p>One</p>\n<!-- brandlint-disable-next-line tone/exclamation, lexicon/banned -->\n<p>Two!</p>');
    expect(doc.directives).toEqual([{ kind: 'disable-next-line', rules: ['tone/exclamation', 'lexicon/banned'], start: 11, end: 80, line: 2 }]);
  });

  it('counts positions after a BOM, across CRLF, in UTF-16 and after emoji', async () => {
    const html = '<p>Hello</p>\r\n<p>🎉 Party &amp; more</p>';
    const utf8 = await readText('bom.html', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]), 'email');
    const utf16 = await readText('utf16.html', new Uint8Array([0xff, 0xfe, ...Buffer.from(html, 'utf16le')]), 'email');
    for (const doc of [utf8, utf16]) {
      expectSegmentsMapBack(doc);
      expect(roles(doc)).toEqual([
        ['body', 'Hello'],
        ['body', '🎉 Party & more'],
      ]);
      expect(where(doc, doc.segments[0])).toBe('1:4-1:9');
      expect(whereIs(doc, doc.segments[1], 'Party')).toEqual({ where: '2:7-2:12', source: 'Party' });
      expect(whereIs(doc, doc.segments[1], 'more')).toEqual({ where: '2:19-2:23', source: 'more' });
    }
    expect(utf16.encoding).toEqual({ encoding: 'utf16le', bom: true, eol: '\r\n' });
  });

  // How the time grows with such input is measured by `npm run bench` (its scaling check), not here.
  it('reads thousands of unclosed comments', async () => {
    const html = `<p>Text</p>${'<p>a <!-- b '.repeat(20_000)}`;
    const doc = await email(html);
    expect(doc.segments[0]?.text).toBe('Text');
  });

  it('reads a 1 MB email', async () => {
    const row =
      '<tr><td class="content" style="padding:20px"><p>Save &amp; shop {{first_name}} &nbsp;<a href="https://acme.com/?utm_source=x&amp;id=1" class="btn">Shop now</a></p><img src="a.png" alt="Shoes"></td></tr>\n';
    const html = `<html><body><table role="presentation">${row.repeat(Math.ceil(1_000_000 / row.length))}</table></body></html>`;
    const doc = await readText('big.html', html, 'email');
    expect(doc.segments.length).toBe(3 * Math.ceil(1_000_000 / row.length));
    expectSegmentsMapBack(doc);
  });
});

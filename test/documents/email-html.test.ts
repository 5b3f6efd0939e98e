import { describe, expect, it } from 'vitest';
import type { Document, Segment } from '../../src/documents/types.js';
import { analyze } from '../../src/nlp/analyze.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';

const email = async (html: string | Uint8Array) => {
  const doc = await readText('campaign.html', html, 'email');
  expectSegmentsMapBack(doc);
  return doc;
};
const only = (doc: Document, role: string): Segment[] => doc.segments.filter((segment) => segment.role === role);

const CAMPAIGN = `<!DOCTYPE html>
<html lang="en" xmlns:v="urn:schemas-microsoft-com:vml">
<head>
  <meta charset="utf-8">
  <title>Spring &amp; summer: 30% off</title>
  <style>.preheader { display: none !important; }</style>
</head>
<body>
  <span class="preheader" style="display:none">Our biggest sale of the year&zwnj;&nbsp;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</span>
  <table role="presentation" width="100%">
    <tr><td align="center"><img src="logo.png" alt="Acme" width="120" height="40"></td></tr>
    <tr><td><h1>Hi {{first_name}},</h1>
      <p>Everything is 30% off until Sunday.<br>Free shipping, too.</p></td></tr>
    <tr><td>
      <!--[if mso]>
      <v:roundrect href="https://acme.com/sale"><center>Shop the sale</center></v:roundrect>
      <![endif]-->
      <!--[if !mso]><!-->
      <table role="presentation"><tr><td bgcolor="#e00000" style="border-radius:4px">
        <a href="https://acme.com/sale?utm_source=email" style="color:#fff">Shop the sale</a>
      </td></tr></table>
      <!--<![endif]-->
    </td></tr>
    <tr><td style="font-size:12px">You got this because you signed up. <a href="{{unsubscribe_url}}">Unsubscribe</a></td></tr>
  </table>
</body>
</html>
`;

describe('parseEmailHtml', () => {
  it('reads subject, preheader, body, button, links and alt text of a campaign', async () => {
    const doc = await email(CAMPAIGN);
    expect(doc.channel).toBe('email');
    expect(roles(doc)).toEqual([
      ['subject', 'Spring & summer: 30% off'],
      ['preheader', 'Our biggest sale of the year'],
      ['alt', 'Acme'],
      ['heading', 'Hi {{first_name}},'],
      ['body', 'Everything is 30% off until Sunday.'],
      ['body', 'Free shipping, too.'],
      ['button', 'Shop the sale'],
      ['body', 'You got this because you signed up.'],
      ['link', 'Unsubscribe'],
    ]);
    expect(doc.links.map((link) => [link.href, doc.segments[link.segment!]?.role])).toEqual([
      ['https://acme.com/sale?utm_source=email', 'button'],
      ['{{unsubscribe_url}}', 'link'],
    ]);
    expect(doc.images).toHaveLength(1);
    expect(doc.meta).toEqual({ subject: 'Spring & summer: 30% off', preheader: 'Our biggest sale of the year', lang: 'en' });
  });

  it('maps the subject to the title text, entities covered whole', async () => {
    const doc = await email(CAMPAIGN);
    const [subject] = only(doc, 'subject');
    expect(where(doc, subject)).toBe('5:10-5:38');
    const amp = present(subject).text.indexOf('&');
    expect(sourceOf(doc, subject, amp, amp + 1)).toBe('&amp;');
  });

  it('maps the preheader and drops its &zwnj;&nbsp; padding', async () => {
    const doc = await email(CAMPAIGN);
    const [preheader] = only(doc, 'preheader');
    expect(where(doc, preheader)).toBe('9:48-9:76');
    expect(sourceOf(doc, preheader)).toBe('Our biggest sale of the year');
    expect(preheader?.map.isVerbatim(0, preheader?.text.length)).toBe(true);
  });

  it('keeps the heading level and the merge tag opaque', async () => {
    const doc = await email(CAMPAIGN);
    const [heading] = only(doc, 'heading');
    expect(heading?.level).toBe(1);
    expect(heading?.opaque).toEqual([{ kind: 'merge-tag', start: 3, end: 17 }]);
    expect(where(doc, heading)).toBe('12:17-12:35');
  });

  it('separates the lines of a paragraph at <br> but keeps them in one block', async () => {
    const doc = await email(CAMPAIGN);
    const [first, second] = only(doc, 'body');
    expect(first?.block).toBe(second?.block);
    expect(where(doc, second)).toBe('13:49-13:68');
  });

  it('ends the line at a mid-sentence <br class="em_hide"> but keeps the sentence whole for analysis', async () => {
    const doc = await email(
      '<table role="presentation"><tr><td align="center">To track your order or make<br class="em_hide" />\n  any changes please click the button below.\n</td></tr></table>',
    );
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.block, where(doc, segment)])).toEqual([
      ['body', 'To track your order or make', 1, '1:51-1:78'],
      ['body', 'any changes please click the button below.', 1, '2:3-2:45'],
    ]);
    expect(analyze(doc).sentences.map((sentence) => sentence.text)).toEqual(['To track your order or make any changes please click the button below.']);
  });

  it('reads the button once, not the Outlook copy in the conditional comment', async () => {
    const doc = await email(CAMPAIGN);
    const buttons = only(doc, 'button');
    expect(buttons).toHaveLength(1);
    expect(where(doc, buttons[0])).toBe('20:77-20:90');
    expect(buttons[0]?.href).toBe('https://acme.com/sale?utm_source=email');
  });

  it('takes the subject from <meta name="subject"> when there is no title', async () => {
    const doc = await email('<html><head><meta name="subject" content="Last chance &ndash; ends tonight"></head><body><p>Hi</p></body></html>');
    expect(roles(doc)).toEqual([
      ['subject', 'Last chance – ends tonight'],
      ['body', 'Hi'],
    ]);
    expect(sourceOf(doc, doc.segments[0])).toBe('Last chance &ndash; ends tonight');
    expect(doc.meta.subject).toBe('Last chance – ends tonight');
  });

  it('finds a preheader hidden by style at the top of the body, and skips the spacing hack after it', async () => {
    const html = `<body>
<div style="max-height:0; overflow:hidden; mso-hide:all;" aria-hidden="true">
    Preview text here.
</div>
<div style="display: none; font-size: 1px; max-height: 0px; opacity: 0; overflow: hidden; mso-hide: all;">
    &zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&#847; &#847; &#847;
</div>
<p>Body text.</p>
</body>`;
    const doc = await email(html);
    expect(roles(doc)).toEqual([
      ['preheader', 'Preview text here.'],
      ['body', 'Body text.'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('3:5-3:23');
  });

  it('treats a hidden block after visible text as hidden, not as a preheader', async () => {
    const doc = await email('<body><p>View in browser</p><div style="display:none">Mobile only copy</div><p>Hello</p></body>');
    expect(roles(doc)).toEqual([
      ['body', 'View in browser'],
      ['body', 'Hello'],
    ]);
    expect(doc.meta).toEqual({});
  });

  it('keeps exact positions with a BOM and CRLF line endings', async () => {
    const html = CAMPAIGN.replace(/\n/g, '\r\n');
    const doc = await email(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]));
    expect(doc.encoding).toEqual({ encoding: 'utf8', bom: true, eol: '\r\n' });
    expect(where(doc, only(doc, 'subject')[0])).toBe('5:10-5:38');
    expect(where(doc, only(doc, 'preheader')[0])).toBe('9:48-9:76');
    expect(where(doc, only(doc, 'button')[0])).toBe('20:77-20:90');
  });

  it('detects an Inky template (no <html>, no <head>) as an email and reads its button and spacer-free text', async () => {
    const inky =
      '<container>\n  <row>\n    <columns small="12">\n      <h1>Hi, Susan</h1>\n      <p>Your order has shipped.</p>\n      <spacer size="16"></spacer>\n      <button href="https://acme.com/track">Track it</button>\n    </columns>\n  </row>\n</container>\n';
    const doc = await readText('templates/order.html', inky);
    expect(doc.channel).toBe('email');
    expect(roles(doc)).toEqual([
      ['heading', 'Hi, Susan'],
      ['body', 'Your order has shipped.'],
      ['button', 'Track it'],
    ]);
    expect(where(doc, doc.segments[2])).toBe('7:45-7:53');
    expect(doc.links).toEqual([{ href: 'https://acme.com/track', segment: 2, start: inky.indexOf('<button'), end: inky.indexOf('</button>') + 9 }]);
    expectSegmentsMapBack(doc);
  });

  it('detects MJML source as an email, and leaves a web page with one stray <row> tag a web page', async () => {
    expect((await readText('welcome.html', '<mjml><mj-body><mj-text>Hello</mj-text></mj-body></mjml>')).channel).toBe('email');
    expect((await readText('page.html', '<html><body><row>Hello</row></body></html>')).channel).toBe('web');
  });

  it('detects a classic fixed-width table email without presentation roles, and leaves a web page with a data table a web page', async () => {
    const classic =
      '<html><body bgcolor="#ffffff"><table width="600" cellpadding="0" cellspacing="0" border="0" align="center">\n<tr><td style="font-family:Arial,sans-serif;font-size:15px">You\'re registered!</td></tr>\n</table></body></html>';
    expect((await readText('confirmation.html', classic)).channel).toBe('email');
    const page = '<html><body><h1>Prices</h1><table><tr><th>Plan</th><td>$25</td></tr></table></body></html>';
    expect((await readText('pricing.html', page)).channel).toBe('web');
  });

  it('leaves Liquid and Handlebars comment blocks out, and finds the hidden preheader after one', async () => {
    const html =
      '<html><body>\n{% comment %}\n  Send at 6 a.m. <b>Do not</b> change the code.\n{% endcomment %}\n{{!-- owner: Maya --}}\n<div style="display:none">Fresh coffee, 20% off.</div>\n<p>Hello.</p></body></html>';
    const doc = await email(html);
    expect(roles(doc)).toEqual([
      ['preheader', 'Fresh coffee, 20% off.'],
      ['body', 'Hello.'],
    ]);
  });

  it("takes the preheader from Mailchimp's .preheaderContent, not the view-in-browser notice beside it", async () => {
    const html =
      '<html><body><table><tr><td class="preheaderContent"><table><tr><td><div>Get your books tax-ready this spring.</div></td>' +
      '<td width="190"><div>Email not displaying correctly?<br><a href="*|ARCHIVE|*">View it in your browser</a>.</div></td></tr></table></td></tr></table>' +
      '<p>Hi *|FNAME|*,</p></body></html>';
    const doc = await email(html);
    expect(only(doc, 'preheader').map((segment) => segment.text)).toEqual(['Get your books tax-ready this spring.']);
    expect(where(doc, only(doc, 'preheader')[0])).toBe(`1:${html.indexOf('Get your') + 1}-1:${html.indexOf('</div>') + 1}`);
  });

  it('reads a superscript footnote marker apart from the word before it, but keeps an ordinal whole', async () => {
    const doc = await email('<html><body><p>Try it free for 30 days<sup>1</sup> from March 10<sup>th</sup>.</p></body></html>');
    expect(doc.segments[0]?.text).toBe('Try it free for 30 days 1 from March 10th.');
  });
});

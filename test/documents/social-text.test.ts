import { describe, expect, it } from 'vitest';
import { parsePlainText, parseSocialText } from '../../src/documents/parsers/social-text.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';
import { opaqueOf, parseWith, utf16le, utf8WithBom } from './support/parse.js';

const post = (text: string | Uint8Array, path = 'post.txt', defaultPlatform?: string) =>
  parseWith(parseSocialText, path, text, 'social', defaultPlatform ? { defaultPlatform } : {});
const plain = (text: string, channel: 'email' | 'web' = 'email') => parseWith(parsePlainText, 'content.txt', text, channel);

describe('parseSocialText', () => {
  it('reads the whole file as one post, line breaks kept, ends trimmed', async () => {
    const doc = await post('\nBig news! 🎉 Our spring sale starts today.\nShop now: https://acme.com/spring #SpringSale @acme\n\n');
    expect(roles(doc)).toEqual([['post', 'Big news! 🎉 Our spring sale starts today.\nShop now: https://acme.com/spring #SpringSale @acme']]);
    const segment = present(doc.segments[0]);
    expect(where(doc, segment)).toBe('2:1-3:52');
    expect(segment.map.isVerbatim(0, segment.text.length)).toBe(true);
    expect(segment.platform).toBeUndefined();
    expect(segment.block).toBe(1);
    expectSegmentsMapBack(doc);
  });

  it('counts columns in UTF-16 units after an emoji', async () => {
    const doc = await post('Big news! 🎉 Our sale');
    const segment = present(doc.segments[0]);
    const our = segment.text.indexOf('Our');
    expect(where(doc, segment, our, our + 3)).toBe('1:14-1:17');
    expect(sourceOf(doc, segment, our, our + 3)).toBe('Our');
    expectSegmentsMapBack(doc);
  });

  it('marks hashtags, mentions, URLs, emoji and merge tags as opaque', async () => {
    const doc = await post('Hi {{ first_name }} 👋 join @acme at https://acme.com/live #AcmeLive 🇩🇪');
    expect(opaqueOf(doc.segments[0])).toEqual([
      'merge-tag:{{ first_name }}',
      'emoji:👋',
      'handle:@acme',
      'url:https://acme.com/live',
      'hashtag:#AcmeLive',
      'emoji:🇩🇪',
    ]);
    expectSegmentsMapBack(doc);
  });

  it('treats emoji shortcodes as emoji, not words, but leaves times alone', async () => {
    const doc = await post(':tada: Doors open at 10:30:45 :flag-cz: :+1:');
    const segment = present(doc.segments[0]);
    expect(opaqueOf(segment)).toEqual(['emoji::tada:', 'emoji::flag-cz:', 'emoji::+1:']);
    const flag = segment.text.indexOf(':flag-cz:');
    expect(where(doc, segment, flag, flag + 9)).toBe('1:31-1:40');
    expectSegmentsMapBack(doc);
  });

  it('uses the platform option when the file does not name one', async () => {
    const doc = await post('Hello there', 'post.txt', 'linkedin');
    expect(doc.segments[0]?.platform).toBe('linkedin');
    expectSegmentsMapBack(doc);
  });

  it('reads platform, campaign, sponsored and date from front matter', async () => {
    const doc = await post('---\nplatform: Twitter\ncampaign: Spring Launch\nsponsored: yes\ndate: 2025-03-01\n---\n\nOur spring line is here.\n');
    const segment = present(doc.segments[0]);
    expect(roles(doc)).toEqual([['post', 'Our spring line is here.']]);
    expect(where(doc, segment)).toBe('8:1-8:25');
    expect(segment.platform).toBe('x');
    expect(segment.data).toEqual({ campaign: 'Spring Launch', sponsored: 'true', date: '2025-03-01' });
    expect(doc.meta).toMatchObject({ platform: 'Twitter', campaign: 'Spring Launch', sponsored: 'yes', platforms: ['x'] });
    expectSegmentsMapBack(doc);
  });

  it('takes the first of several platforms and keeps them all in meta', async () => {
    const doc = await post('---\nplatforms:\n  - bsky\n  - LinkedIn\n---\nPost text');
    expect(doc.segments[0]?.platform).toBe('bluesky');
    expect(doc.meta.platforms).toEqual(['bluesky', 'linkedin']);
    expectSegmentsMapBack(doc);
  });

  it('reads galaxy-social media lists as platforms', async () => {
    const doc = await post(
      '---\nmedia:\n - mastodon-galaxyproject\n - bluesky-galaxyproject\n---\nWe are excited to announce Galaxy 24.2!',
      'posts/release.md',
    );
    expect(doc.segments[0]?.platform).toBe('mastodon');
    expect(doc.meta.platforms).toEqual(['mastodon', 'bluesky']);
    expectSegmentsMapBack(doc);
  });

  it("does not take brandlint's own channel key for a platform", async () => {
    const doc = await post('---\nchannel: social\n---\nPost text', 'post.md');
    expect(doc.segments[0]?.platform).toBeUndefined();
    expect(doc.meta).toEqual({ channel: 'social' });
    expectSegmentsMapBack(doc);
  });

  it('reports a front matter error as a warning and still reads the post', async () => {
    const doc = await post('---\nplatform: [x\n---\nPost text');
    expect(roles(doc)).toEqual([['post', 'Post text']]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]?.message).toMatch(/^front matter: /);
    expectSegmentsMapBack(doc);
  });

  it('leaves directive comment lines out of the post text', async () => {
    const source = 'First line of the post.\n<!-- brandlint-disable-next-line tone/emoji -->\nSecond line 🎉\n';
    const doc = await post(source);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('First line of the post.\nSecond line 🎉');
    expect(segment.map.chunks.map((chunk) => [chunk.srcStart, chunk.srcEnd])).toEqual([
      [0, 24],
      [72, 86],
    ]);
    const second = segment.text.indexOf('Second');
    expect(where(doc, segment, second, second + 6)).toBe('3:1-3:7');
    expect(doc.directives).toEqual([{ kind: 'disable-next-line', rules: ['tone/emoji'], start: 24, end: 71, line: 2 }]);
    expectSegmentsMapBack(doc);
  });

  it('cuts a directive comment at the end of a line but keeps the line', async () => {
    const doc = await post('Buy now!!! <!-- brandlint-disable-line tone/exclamations -->\nLimited offer.');
    expect(doc.segments[0]?.text).toBe('Buy now!!! \nLimited offer.');
    expect(doc.directives.map((directive) => [directive.kind, directive.line])).toEqual([['disable-line', 1]]);
    expectSegmentsMapBack(doc);
  });

  it('keeps CRLF line breaks verbatim', async () => {
    const doc = await post('Hello\r\nWorld\r\n');
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('Hello\r\nWorld');
    expect(where(doc, segment)).toBe('1:1-2:6');
    expect(where(doc, segment, 7, 12)).toBe('2:1-2:6');
    expectSegmentsMapBack(doc);
  });

  it('reads UTF-16 LE with a byte order mark', async () => {
    const doc = await post(utf16le('Grüße aus Berlin 👋\n#Berlin'));
    expect(doc.encoding).toMatchObject({ encoding: 'utf16le', bom: true });
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('Grüße aus Berlin 👋\n#Berlin');
    const tag = segment.text.indexOf('#Berlin');
    expect(where(doc, segment, tag, tag + 7)).toBe('2:1-2:8');
    expect(opaqueOf(segment)).toEqual(['emoji:👋', 'hashtag:#Berlin']);
    expectSegmentsMapBack(doc);
  });

  it('starts column 1 after a UTF-8 byte order mark', async () => {
    const doc = await post(utf8WithBom('Hello'));
    expect(where(doc, doc.segments[0])).toBe('1:1-1:6');
    expectSegmentsMapBack(doc);
  });

  it('turns Markdown images into attachments with alt text, outside the post text', async () => {
    const source =
      '---\nmedia:\n- bluesky-galaxyproject\n---\nRead more https://galaxyproject.org/news/\n\n![Workshop participants](https://galaxyproject.org/sanbi.jpg)\n<!-- internal note -->\n';
    const doc = await post(source, 'posts/news.md');
    expect(roles(doc)).toEqual([
      ['post', 'Read more https://galaxyproject.org/news/'],
      ['alt', 'Workshop participants'],
    ]);
    const [text, alt] = doc.segments;
    expect(alt?.platform).toBe('bluesky');
    expect(alt?.block).not.toBe(text?.block);
    expect(where(doc, alt)).toBe('7:3-7:24');
    expect(doc.images).toEqual([{ src: 'https://galaxyproject.org/sanbi.jpg', alt: 'Workshop participants', start: 82, end: 143 }]);
    expect(source.slice(82, 143)).toBe('![Workshop participants](https://galaxyproject.org/sanbi.jpg)');
    expectSegmentsMapBack(doc);
  });

  it('keeps image syntax as text in a .txt post, where nothing turns it into an attachment', async () => {
    const doc = await post('Look ![cat](cat.png)');
    expect(roles(doc)).toEqual([['post', 'Look ![cat](cat.png)']]);
    expect(doc.images).toEqual([]);
    expectSegmentsMapBack(doc);
  });

  it('reads a Markdown link in a post as its text and its URL, as Mastodon and Bluesky show it', async () => {
    const source = '---\nmedia:\n- mastodon-brc\n---\n🔬 Free BRC webinar. Register [here](https://tinyurl.com/NIAIDBRCWebinar) today!\n';
    const doc = await post(source, 'posts/webinar.md');
    expect(roles(doc)).toEqual([['post', '🔬 Free BRC webinar. Register here https://tinyurl.com/NIAIDBRCWebinar today!']]);
    const segment = present(doc.segments[0]);
    const here = segment.text.indexOf('here');
    expect(where(doc, segment, here, here + 4)).toBe('5:32-5:36');
    expect(sourceOf(doc, segment, here, here + 5)).toBe('here](');
    const url = segment.text.indexOf('https://');
    expect(sourceOf(doc, segment, url, url + 35)).toBe('https://tinyurl.com/NIAIDBRCWebinar');
    expect(opaqueOf(segment)).toEqual(['emoji:🔬', 'url:https://tinyurl.com/NIAIDBRCWebinar']);
    expect(where(doc, segment, segment.text.indexOf('today'))).toBe('5:75-5:81');
    expect(doc.links).toEqual([{ href: 'https://tinyurl.com/NIAIDBRCWebinar', segment: 0, start: 60, end: 103 }]);
    expect(source.slice(60, 103)).toBe('[here](https://tinyurl.com/NIAIDBRCWebinar)');
    expectSegmentsMapBack(doc);
  });

  it('reads link text alone when it spells out the address, and keeps link syntax in .txt posts', async () => {
    const markdown = await post('See [galaxyproject.org](https://galaxyproject.org/) and [docs](<https://x.org/a (b)> "Docs").', 'posts/see.md');
    expect(roles(markdown)).toEqual([['post', 'See galaxyproject.org and docs https://x.org/a (b).']]);
    expect(markdown.links.map((link) => link.href)).toEqual(['https://galaxyproject.org/', 'https://x.org/a (b)']);
    expectSegmentsMapBack(markdown);
    const text = await post('Register [here](https://acme.com/r)');
    expect(roles(text)).toEqual([['post', 'Register [here](https://acme.com/r)']]);
    expect(text.links).toEqual([]);
  });

  it('takes images and links from the Markdown tree: none in code, escaped brackets in link text, an encoded address mapped whole', async () => {
    const source = 'Use `![logo](logo.png)` in your bio. [Save \\[20%\\]](https://acme.com/?a=1&amp;b=2) 🎉\n![A *bold* team](team.png)\n';
    const doc = await post(source, 'posts/tree.md');
    expect(roles(doc)).toEqual([
      ['post', 'Use `![logo](logo.png)` in your bio. Save \\[20%\\] https://acme.com/?a=1&b=2 🎉'],
      ['alt', 'A bold team'],
    ]);
    const [text, alt] = doc.segments;
    expect(doc.images).toEqual([{ src: 'team.png', alt: 'A bold team', start: 86, end: 112 }]);
    expect(doc.links).toEqual([{ href: 'https://acme.com/?a=1&b=2', segment: 0, start: 37, end: 82 }]);
    const url = present(text).text.indexOf('https://');
    expect(sourceOf(doc, text, url, url + 25)).toBe('https://acme.com/?a=1&amp;b=2');
    expect(present(text).map.isVerbatim(url, url + 25)).toBe(false);
    expect(where(doc, text, present(text).text.indexOf('🎉'))).toBe('1:84-1:86');
    expect(where(doc, alt)).toBe('2:3-2:16');
    expect(where(doc, alt, alt?.text.indexOf('team'))).toBe('2:12-2:16');
    expectSegmentsMapBack(doc);
  });

  it('yields no segment for an empty post', async () => {
    const doc = await post('---\nplatform: x\n---\n\n   \n');
    expect(doc.segments).toEqual([]);
    expectSegmentsMapBack(doc);
  });
});

describe('parsePlainText', () => {
  it('reads paragraphs as body segments, each its own block, line breaks kept', async () => {
    const doc = await plain('Hi {{name}},\n\nThanks for signing up.\nYour trial runs 14 days.\n\n\nCheers,\nThe Acme team\n');
    expect(roles(doc)).toEqual([
      ['body', 'Hi {{name}},'],
      ['body', 'Thanks for signing up.\nYour trial runs 14 days.'],
      ['body', 'Cheers,\nThe Acme team'],
    ]);
    expect(doc.segments.map((segment) => segment.block)).toEqual([1, 2, 3]);
    expect(where(doc, doc.segments[1])).toBe('3:1-4:25');
    expect(opaqueOf(doc.segments[0])).toEqual(['merge-tag:{{name}}']);
    expectSegmentsMapBack(doc);
  });

  it('reads a first Subject: line of an email as the subject', async () => {
    const doc = await plain('Subject: Your receipt from Acme\n\nThanks for your order.');
    expect(roles(doc)).toEqual([
      ['subject', 'Your receipt from Acme'],
      ['body', 'Thanks for your order.'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('1:10-1:32');
    expectSegmentsMapBack(doc);
  });

  it('keeps the rest of the first paragraph after the subject as body', async () => {
    const doc = await plain('Subject: Welcome!\nHi there,');
    expect(roles(doc)).toEqual([
      ['subject', 'Welcome!'],
      ['body', 'Hi there,'],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('reads Subject: as body text outside the email channel', async () => {
    const doc = await plain('Subject: physics', 'web');
    expect(roles(doc)).toEqual([['body', 'Subject: physics']]);
    expectSegmentsMapBack(doc);
  });

  it('drops rule lines and reads a framed line as a heading', async () => {
    const doc = await plain('************\nHi {{name}},\n************\n\n{{receipt_id}}\n--------------\n\nTotal\n---\n$10');
    expect(roles(doc)).toEqual([
      ['heading', 'Hi {{name}},'],
      ['heading', '{{receipt_id}}'],
      ['body', 'Total\n$10'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('2:1-2:13');
    expectSegmentsMapBack(doc);
  });

  it('leaves directive comments out and reports them', async () => {
    const doc = await plain('<!-- brandlint-disable lexicon -->\nFirst paragraph.\n\nSecond. <!-- brandlint-enable -->');
    expect(roles(doc)).toEqual([
      ['body', 'First paragraph.'],
      ['body', 'Second.'],
    ]);
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable', ['lexicon'], 1],
      ['enable', [], 4],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('keeps CRLF line breaks inside a paragraph', async () => {
    const doc = await plain('One\r\ntwo\r\n\r\nThree');
    expect(roles(doc)).toEqual([
      ['body', 'One\r\ntwo'],
      ['body', 'Three'],
    ]);
    expect(where(doc, doc.segments[1])).toBe('4:1-4:6');
    expectSegmentsMapBack(doc);
  });
});

describe('through readDocument', () => {
  it('routes a .txt without speaker labels to the social post reader', async () => {
    const doc = await readText('tweets/launch.txt', 'We shipped it 🚀 #launch');
    expect(doc.channel).toBe('social');
    expect(roles(doc)).toEqual([['post', 'We shipped it 🚀 #launch']]);
    expectSegmentsMapBack(doc);
  });

  it('routes a Markdown file with channel: social front matter to the post reader', async () => {
    const doc = await readText('posts/hello.md', '---\nchannel: social\nplatform: threads\n---\nHello *world*');
    expect(doc.segments.map((segment) => [segment.role, segment.text, segment.platform])).toEqual([['post', 'Hello *world*', 'threads']]);
    expectSegmentsMapBack(doc);
  });

  it('routes a .txt on the email channel to the plain text reader', async () => {
    const doc = await readText('email/welcome.txt', 'Subject: Welcome\n\nHello.', 'email');
    expect(roles(doc)).toEqual([
      ['subject', 'Welcome'],
      ['body', 'Hello.'],
    ]);
    expectSegmentsMapBack(doc);
  });
});

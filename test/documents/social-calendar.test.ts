import { describe, expect, it } from 'vitest';
import { NOT_A_CALENDAR, parseSocialCalendar } from '../../src/documents/parsers/social-calendar.js';
import { expectSegmentsMapBack, present, readText, roles, sourceOf, where } from '../helpers/documents.js';
import { decodeJsonEscape, expectEscapesMapBack, opaqueOf, parseWith, utf16le, utf8WithBom } from './support/parse.js';

const calendar = (path: string, text: string | Uint8Array, defaultPlatform?: string) =>
  parseWith(parseSocialCalendar, path, text, 'social', defaultPlatform ? { defaultPlatform } : {});

/** Where a word of a segment's text stands in the file. */
const whereWord = (doc: Awaited<ReturnType<typeof calendar>>, index: number, word: string) => {
  const segment = present(doc.segments[index]);
  const start = segment.text.indexOf(word);
  expect(start, `"${word}" in segment ${index}`).toBeGreaterThanOrEqual(0);
  return where(doc, segment, start, start + word.length);
};

describe('CSV calendars', () => {
  it('reads one post per row with its fields, columns matched by synonym and case', async () => {
    const csv = [
      'Publish Date,Network,Copy,Campaign,Paid,Handle,URL,Notes',
      '2025-03-01,Twitter,Spring is here 🌷 #spring,Spring25,Y,@acme,https://acme.com/spring,first',
      '2025-03-02,IG,New colours in store,,no,@acme,,',
      '',
      '2025-03-03,,Join us live,Spring25,,,,',
    ].join('\n');
    const doc = await calendar('calendar.csv', csv, 'linkedin');
    expect(roles(doc)).toEqual([
      ['post', 'Spring is here 🌷 #spring'],
      ['post', 'New colours in store'],
      ['post', 'Join us live'],
    ]);
    const [first, second, third] = doc.segments;
    expect(first?.platform).toBe('x');
    expect(first?.data).toEqual({
      date: '2025-03-01',
      campaign: 'Spring25',
      sponsored: 'true',
      account: '@acme',
      link: 'https://acme.com/spring',
      Notes: 'first',
    });
    expect(second?.platform).toBe('instagram');
    expect(second?.data).toEqual({ date: '2025-03-02', sponsored: 'false', account: '@acme' });
    expect(third?.platform).toBe('linkedin');
    expect(doc.segments.map((segment) => segment.block)).toEqual([1, 2, 3]);
    expect(where(doc, first)).toBe('2:20-2:45');
    expect(where(doc, third)).toBe('5:13-5:25');
    expect(opaqueOf(first)).toEqual(['emoji:🌷', 'hashtag:#spring']);
    expect(doc.meta).toEqual({
      format: 'csv',
      delimiter: ',',
      columns: ['Publish Date', 'Network', 'Copy', 'Campaign', 'Paid', 'Handle', 'URL', 'Notes'],
      rows: 3,
    });
    expect(doc.warnings).toEqual([]);
    expectSegmentsMapBack(doc);
  });

  it('maps each doubled quote in a quoted cell to its two source characters', async () => {
    const csv = 'date,text\n2025-01-01,"She said ""wow"" 🎉, twice"\n';
    const doc = await calendar('calendar.csv', csv);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('She said "wow" 🎉, twice');
    expect(where(doc, segment)).toBe('2:13-2:39');
    expect(whereWord(doc, 0, 'wow')).toBe('2:24-2:27');
    expect(sourceOf(doc, segment, 9, 10)).toBe('""');
    expect(whereWord(doc, 0, 'twice')).toBe('2:34-2:39');
    expect(segment.map.isVerbatim(0, 8)).toBe(true);
    expect(segment.map.isVerbatim(8, 14)).toBe(false);
    expectSegmentsMapBack(doc);
  });

  it('keeps line breaks inside quoted cells and points at the right line', async () => {
    const csv = 'date,platform,text\r\n2025-01-01,x,"Line one\nLine two\r\nLine ""three"""\r\n2025-01-02,x,Next\r\n';
    const doc = await calendar('calendar.csv', csv);
    expect(roles(doc)).toEqual([
      ['post', 'Line one\nLine two\r\nLine "three"'],
      ['post', 'Next'],
    ]);
    expect(where(doc, doc.segments[0])).toBe('2:15-4:15');
    expect(whereWord(doc, 0, 'two')).toBe('3:6-3:9');
    expect(whereWord(doc, 0, 'three')).toBe('4:8-4:13');
    expect(where(doc, doc.segments[1])).toBe('5:14-5:18');
    expectSegmentsMapBack(doc);
  });

  it('reads a semicolon-delimited file with a byte order mark, as Excel saves it', async () => {
    const doc = await calendar('kalender.csv', utf8WithBom('Datum;Plattform;Text\r\n2025-01-01;LinkedIn;"Hallo, Welt; schön"\r\n'));
    expect(roles(doc)).toEqual([['post', 'Hallo, Welt; schön']]);
    expect(doc.meta.delimiter).toBe(';');
    expect(where(doc, doc.segments[0])).toBe('2:22-2:40');
    expectSegmentsMapBack(doc);
  });

  it('reads a tab-delimited file in UTF-16 LE', async () => {
    const doc = await calendar('calendar.csv', utf16le('platform\ttext\nbsky\tHello 👋 @friend.bsky.social\n'));
    expect(doc.encoding.encoding).toBe('utf16le');
    expect(doc.meta.delimiter).toBe('\t');
    const segment = present(doc.segments[0]);
    expect(segment.platform).toBe('bluesky');
    expect(whereWord(doc, 0, '@friend')).toBe('2:15-2:22');
    expectSegmentsMapBack(doc);
  });

  it('counts columns in UTF-16 units after astral characters in earlier cells', async () => {
    const doc = await calendar('calendar.csv', 'campaign,text\n🚀🚀,Launch day\n');
    expect(where(doc, doc.segments[0])).toBe('2:6-2:16');
    expectSegmentsMapBack(doc);
  });

  it('lists several platforms of one row as data.platforms and takes the first', async () => {
    const doc = await calendar('calendar.csv', 'platform,text\n"X, LinkedIn / fb",Cross-post\n');
    expect(doc.segments[0]?.platform).toBe('x');
    expect(doc.segments[0]?.data).toEqual({ platforms: 'x,linkedin,facebook' });
    expectSegmentsMapBack(doc);
  });

  it('reads the sponsored flag as scheduling tools and spreadsheets write it', async () => {
    const csv = [
      'Social Network,Message,Paid Partnership',
      'FB,Check mark,✓',
      'IG,Column word,Boosted',
      'X,Promoted word,Promoted',
      'X,On switch,on',
      'X,Not paid,No',
      'X,Left blank,',
    ].join('\n');
    const doc = await calendar('calendar.csv', csv);
    expect(doc.segments.map((segment) => [segment.text, segment.data?.sponsored])).toEqual([
      ['Check mark', 'true'],
      ['Column word', 'true'],
      ['Promoted word', 'true'],
      ['On switch', 'true'],
      ['Not paid', 'false'],
      ['Left blank', 'false'],
    ]);
  });

  it('takes the platform from a profile column that names it in parentheses when there is no platform column', async () => {
    const csv = 'Profile,Post text\n@acme (Twitter),Tweet\nAcme Inc. (LinkedIn Page),Update\nAcme (US),No platform named\n';
    const doc = await calendar('calendar.csv', csv);
    expect(doc.segments.map((segment) => [segment.text, segment.platform, segment.data?.account])).toEqual([
      ['Tweet', 'x', '@acme (Twitter)'],
      ['Update', 'linkedin', 'Acme Inc. (LinkedIn Page)'],
      ['No platform named', undefined, 'Acme (US)'],
    ]);
    expect(where(doc, doc.segments[1])).toBe('3:27-3:33');
  });

  it('turns a brandlint column into directives that cover every line of the row', async () => {
    const csv = 'text,brandlint\n"Line one 🎉\nline two",disable-line tone/emoji\nPlain row,\nOther,brandlint-disable lexicon\nBad,hello there\n';
    const doc = await calendar('calendar.csv', csv);
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable-line', ['tone/emoji'], 2],
      ['disable-line', ['tone/emoji'], 3],
      ['disable', ['lexicon'], 5],
    ]);
    const [first] = doc.directives;
    expect(csv.slice(first?.start, first?.end)).toBe('disable-line tone/emoji');
    expect(doc.warnings).toEqual([{ message: 'not a brandlint directive: "hello there"', start: 109, end: 120 }]);
    expect(doc.segments.every((segment) => segment.data?.brandlint === undefined)).toBe(true);
    expectSegmentsMapBack(doc);
  });

  it('warns and reads nothing when no column holds post text', async () => {
    const doc = await calendar('prices.csv', 'sku,price\nA1,10\n');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings).toEqual([{ message: NOT_A_CALENDAR, start: 0, end: 0 }]);
    expectSegmentsMapBack(doc);
  });

  it('keeps the rows before an unclosed quote and warns', async () => {
    const doc = await calendar('calendar.csv', 'text\nGood row\n"Never closed\nmore\n');
    expect(roles(doc)).toEqual([['post', 'Good row']]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]?.message).toMatch(/^CSV: Quote Not Closed/);
    expect(doc.warnings[0]?.start).toBe(14);
    expectSegmentsMapBack(doc);
  });

  it('keeps a stray quote inside an unquoted cell as text', async () => {
    const doc = await calendar('calendar.csv', 'text,platform\nOur 27" screen is here,x\n');
    expect(roles(doc)).toEqual([['post', 'Our 27" screen is here']]);
    expect(where(doc, doc.segments[0])).toBe('2:1-2:23');
    expectSegmentsMapBack(doc);
  });

  it('ends rows at any line ending in a file that mixes them', async () => {
    const doc = await calendar('calendar.csv', 'text\r\nHello\nWorld\rAgain\r\n');
    expect(roles(doc)).toEqual([
      ['post', 'Hello'],
      ['post', 'World'],
      ['post', 'Again'],
    ]);
    expect(doc.segments.map((segment) => where(doc, segment))).toEqual(['2:1-2:6', '3:1-3:6', '4:1-4:6']);
    expectSegmentsMapBack(doc);
  });

  it('points at the whole row, with a warning, when a cell cannot be placed exactly', async () => {
    const csv = 'platform,text\nx,"Quoted"then more\n';
    const doc = await calendar('calendar.csv', csv);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('"Quoted"then more');
    expect(where(doc, segment)).toBe('2:1-2:20');
    expect(doc.warnings).toEqual([{ message: 'CSV: could not place the cells of this row exactly; findings point at the whole row', start: 14, end: 33 }]);
    expectSegmentsMapBack(doc);
  });

  it('reads the real nodejs/tweet calendar layout', async () => {
    const csv =
      'date,platform,account,text,source_file\n2020-10-27,x,@nodejs,"🎉  Node.js 14.15.0 \'Fermium\' (LTS) has now been released. 🎉 \nhttps://nodejs.org/en/blog/release/v14.15.0/\n",tweets/releases/v14.15.0.tweet\n';
    const doc = await calendar('derived/calendar.csv', csv);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe("🎉  Node.js 14.15.0 'Fermium' (LTS) has now been released. 🎉 \nhttps://nodejs.org/en/blog/release/v14.15.0/");
    expect(segment.data).toEqual({ date: '2020-10-27', account: '@nodejs', source_file: 'tweets/releases/v14.15.0.tweet' });
    expect(whereWord(doc, 0, 'https://nodejs.org')).toBe('3:1-3:19');
    expect(opaqueOf(segment)).toEqual(['emoji:🎉', 'emoji:🎉', 'url:https://nodejs.org/en/blog/release/v14.15.0/']);
    expectSegmentsMapBack(doc);
  });
});

describe('JSON calendars', () => {
  it('reads a top-level list of posts and maps escapes as replaced chunks', async () => {
    const json =
      '[\n  {"platform": "Threads", "text": "Caf\\u00e9 \\"open\\" now\\nSee you 🎉", "date": "2025-05-01", "sponsored": true},\n  {"text": "Second", "platform": ["ig", "x"]}\n]\n';
    const doc = await calendar('calendar.json', json);
    expect(roles(doc)).toEqual([
      ['post', 'Café "open" now\nSee you 🎉'],
      ['post', 'Second'],
    ]);
    const [first, second] = doc.segments;
    expect(first?.platform).toBe('threads');
    expect(first?.data).toEqual({ date: '2025-05-01', sponsored: 'true' });
    expect(where(doc, first)).toBe('2:36-2:70');
    expect(whereWord(doc, 0, 'Café')).toBe('2:36-2:45');
    expect(sourceOf(doc, first, 3, 4)).toBe('\\u00e9');
    expect(whereWord(doc, 0, 'open')).toBe('2:48-2:52');
    expect(whereWord(doc, 0, 'See')).toBe('2:60-2:63');
    expect(second?.platform).toBe('instagram');
    expect(second?.data).toEqual({ platforms: 'instagram,x' });
    expect(doc.meta).toEqual({ format: 'json', rows: 2 });
    expectEscapesMapBack(doc, decodeJsonEscape);
  });

  it('maps an escaped surrogate pair to the emoji it spells', async () => {
    const doc = await calendar('calendar.json', '{"posts": [{"text": "Party \\ud83c\\udf89 time"}]}');
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('Party 🎉 time');
    expect(opaqueOf(segment)).toEqual(['emoji:🎉']);
    expect(whereWord(doc, 0, 'time')).toBe('1:41-1:45');
    expectEscapesMapBack(doc, decodeJsonEscape);
  });

  it('reads posts under an items key, with synonyms for the text field', async () => {
    const doc = await calendar('calendar.json', '{"name": "Q3", "items": [{"Caption": "Summer vibes"}, {"message": "Last call"}, {"id": 3}]}');
    expect(roles(doc)).toEqual([
      ['post', 'Summer vibes'],
      ['post', 'Last call'],
    ]);
    expect(doc.meta.rows).toBe(3);
    expectSegmentsMapBack(doc);
  });

  it('turns a brandlint field into a directive for that item', async () => {
    const json = '[\n{"text": "Wow!!!",\n "brandlint": "disable-line tone"}\n]';
    const doc = await calendar('calendar.json', json);
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable-line', ['tone'], 2],
      ['disable-line', ['tone'], 3],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('warns, without segments, for JSON that is not a calendar', async () => {
    const doc = await calendar('package.json', '{\n  "name": "brandlint",\n  "version": "1.0.0",\n  "scripts": {"test": "vitest"}\n}\n');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings).toEqual([{ message: NOT_A_CALENDAR, start: 0, end: 0 }]);
    expectSegmentsMapBack(doc);
  });

  it('warns for a list of objects without a text string', async () => {
    const doc = await calendar('data.json', '[{"id": 1, "body": {"html": "<p>x</p>"}}]');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings.map((warning) => warning.message)).toEqual([NOT_A_CALENDAR]);
    expectSegmentsMapBack(doc);
  });

  it('reports a JSON syntax error with its position instead of throwing', async () => {
    const doc = await calendar('calendar.json', '[{"text": "Hi",}]');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings[0]).toEqual({ message: 'expected a string key in JSON object', start: 15, end: 15 });
    expect(doc.warnings[1]?.message).toBe(NOT_A_CALENDAR);
    expectSegmentsMapBack(doc);
  });

  it('reports an unterminated string', async () => {
    const doc = await calendar('calendar.json', '[{"text": "Hi\n"}]');
    expect(doc.warnings[0]).toMatchObject({ message: 'unterminated string in JSON', start: 13 });
    expectSegmentsMapBack(doc);
  });
});

describe('YAML calendars', () => {
  it('maps a literal block scalar line by line', async () => {
    const yaml =
      'posts:\n  - platform: linkedin\n    text: |\n      We are hiring! 🎉\n      Apply at https://acme.com/jobs\n\n      #hiring\n    campaign: Jobs\n';
    const doc = await calendar('calendar.yaml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('We are hiring! 🎉\nApply at https://acme.com/jobs\n\n#hiring');
    expect(where(doc, segment)).toBe('4:7-7:14');
    expect(whereWord(doc, 0, 'Apply')).toBe('5:7-5:12');
    expect(whereWord(doc, 0, '#hiring')).toBe('7:7-7:14');
    expect(segment.platform).toBe('linkedin');
    expect(segment.data).toEqual({ campaign: 'Jobs' });
    expect(opaqueOf(segment)).toEqual(['emoji:🎉', 'url:https://acme.com/jobs', 'hashtag:#hiring']);
    expectSegmentsMapBack(doc);
  });

  it('maps a folded block scalar, line breaks folded to spaces', async () => {
    const yaml = '- text: >-\n    First line\n    folds here.\n\n    New paragraph.\n  platform: mastodon\n';
    const doc = await calendar('calendar.yml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('First line folds here.\nNew paragraph.');
    expect(whereWord(doc, 0, 'folds')).toBe('3:5-3:10');
    expect(whereWord(doc, 0, 'New')).toBe('5:5-5:8');
    expect(segment.platform).toBe('mastodon');
    expectSegmentsMapBack(doc);
  });

  it('maps escapes and folding in double-quoted strings', async () => {
    const yaml = '- text: "Say \\"hi\\" to\n    the team\\n🎉 now"\n';
    const doc = await calendar('calendar.yaml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('Say "hi" to the team\n🎉 now');
    expect(whereWord(doc, 0, 'hi')).toBe('1:16-1:18');
    expect(whereWord(doc, 0, 'team')).toBe('2:9-2:13');
    expect(whereWord(doc, 0, 'now')).toBe('2:18-2:21');
    expectEscapesMapBack(doc, decodeJsonEscape);
  });

  it('maps doubled quotes in single-quoted strings and folds plain multi-line scalars', async () => {
    const yaml = "- text: 'It''s here'\n- text: plain words\n    that continue  \n";
    const doc = await calendar('calendar.yaml', yaml);
    expect(roles(doc)).toEqual([
      ['post', "It's here"],
      ['post', 'plain words that continue'],
    ]);
    expect(sourceOf(doc, doc.segments[0], 2, 3)).toBe("''");
    expect(whereWord(doc, 0, 'here')).toBe('1:16-1:20');
    expect(whereWord(doc, 1, 'continue')).toBe('3:10-3:18');
    expectSegmentsMapBack(doc);
  });

  it('keeps positions right in a CRLF file', async () => {
    const yaml = 'items:\r\n  - text: |\r\n      One\r\n      Two\r\n    platform: x\r\n';
    const doc = await calendar('calendar.yaml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('One\nTwo');
    expect(whereWord(doc, 0, 'Two')).toBe('4:7-4:10');
    expectSegmentsMapBack(doc);
  });

  it('reads a brandlint key as a directive', async () => {
    const doc = await calendar('calendar.yaml', '- text: Hello!!!\n  brandlint: disable-line tone/exclamations\n');
    expect(doc.directives.map((directive) => [directive.kind, directive.rules, directive.line])).toEqual([
      ['disable-line', ['tone/exclamations'], 1],
      ['disable-line', ['tone/exclamations'], 2],
    ]);
    expectSegmentsMapBack(doc);
  });

  it('warns, without segments, for YAML that is not a calendar', async () => {
    const doc = await calendar('.brandlintrc.yaml', 'brand:\n  name: Acme\nrules:\n  tone/emoji: warn\n');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings).toEqual([{ message: NOT_A_CALENDAR, start: 0, end: 0 }]);
    expectSegmentsMapBack(doc);
  });

  it('reports a YAML syntax error instead of throwing', async () => {
    const doc = await calendar('calendar.yaml', '- text: [unclosed\n');
    expect(doc.segments).toEqual([]);
    expect(doc.warnings[0]?.message).toMatch(/^YAML: /);
    expect(doc.warnings[doc.warnings.length - 1]?.message).toBe(NOT_A_CALENDAR);
    expectSegmentsMapBack(doc);
  });

  it('falls back to the whole scalar for block headers it does not map line by line', async () => {
    const yaml = '- text: |2\n     Indented code line\n    Normal line\n';
    const doc = await calendar('calendar.yaml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.text).toBe('Indented code line\nNormal line');
    expect(segment.map.chunks).toHaveLength(1);
    expect(segment.map.chunks[0]?.verbatim).toBe(false);
    expect(yaml.slice(segment.map.chunks[0]?.srcStart, segment.map.chunks[0]?.srcEnd)).toBe('|2\n     Indented code line\n    Normal line\n');
    expectSegmentsMapBack(doc);
  });

  it("takes fields from merge keys, the item's own fields first", async () => {
    const yaml = 'defaults: &defaults\n  platform: ig\n  campaign: Q3\nposts:\n  - <<: *defaults\n    text: Hello\n    campaign: Q4\n';
    const doc = await calendar('calendar.yaml', yaml);
    const segment = present(doc.segments[0]);
    expect(segment.platform).toBe('instagram');
    expect(segment.data).toEqual({ campaign: 'Q4' });
    expectSegmentsMapBack(doc);
  });

  it('does not expand aliases of whole lists, so alias bombs stay cheap', async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 12; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const doc = await calendar('bomb.yaml', `${levels.join('\n')}\nposts:\n  - text: Still fine\n    tags: *l\n`);
    expect(roles(doc)).toEqual([['post', 'Still fine']]);
    expectSegmentsMapBack(doc);
  });

  it('reads an alias to an anchored text', async () => {
    const doc = await calendar('calendar.yaml', '- text: &shared Same copy everywhere\n  platform: x\n- text: *shared\n  platform: threads\n');
    expect(doc.segments.map((segment) => [segment.text, segment.platform, where(doc, segment)])).toEqual([
      ['Same copy everywhere', 'x', '1:17-1:37'],
      ['Same copy everywhere', 'threads', '1:17-1:37'],
    ]);
    expectSegmentsMapBack(doc);
  });
});

describe('through readDocument', () => {
  it('reads a .csv as a social calendar', async () => {
    const doc = await readText('social/calendar.csv', 'date,platform,text\n2025-01-01,x,Hello 2025\n');
    expect(doc.channel).toBe('social');
    expect(roles(doc)).toEqual([['post', 'Hello 2025']]);
    expect(where(doc, doc.segments[0])).toBe('2:14-2:24');
    expectSegmentsMapBack(doc);
  });
});

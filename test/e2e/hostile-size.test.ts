/**
 * Hostile shapes of input that once made a reader or a rule take time
 * growing with the square of their length: one long token, runs of marks,
 * a paragraph of thousands of sentences, a post of thousands of lines, a
 * calendar of thousands of rows, a word longer than any word. Each is
 * generated at a size where linear work takes well under a second and
 * quadratic work takes minutes, so a regression shows as a test that never
 * finishes; the run must read each and report on it as it would any file.
 * (How long they take is measured by `npm run bench`, never here.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKit } from '../../src/config/load.js';
import type { FilesConfig } from '../../src/config/types.js';
import { lintFiles } from '../../src/engine/run.js';

const SIZE = 50_000;

async function lintOne(name: string, text: string, files: Partial<FilesConfig> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-hostile-size-'));
  writeFileSync(join(cwd, name), text);
  const kit = defaultKit(cwd);
  const run = await lintFiles({ cwd, patterns: [name], kit: { ...kit, files: { ...kit.files, ...files } }, threads: 'off' });
  expect(run.results.map((result) => result.path)).toEqual([name]);
  return run.results[0]?.findings;
}

const repeat = (unit: string, length = SIZE): string => unit.repeat(Math.ceil(length / unit.length));

describe('hostile shapes are read in linear time', () => {
  it.each([
    ['one token', 'token.md', 'x'.repeat(SIZE)],
    ['a word of letters, and CJK text without punctuation', 'word.md', `${'a'.repeat(30_000)} ${repeat('漢字仮名交じり文', 20_000)}\n`],
    ['a run of full stops', 'dots.md', `Word${'.'.repeat(SIZE)}\n`],
    ['a run of exclamation marks', 'bangs.md', `Word${'!'.repeat(SIZE)}\n`],
    ['a paragraph of abbreviations that run on', 'versus.md', repeat('Spreadsheets vs. ')],
    ['a paragraph of short sentences', 'sentences.md', repeat('April 9. They came. ')],
    ['a post of many lines', 'calendar.csv', `date,platform,text\n2026-05-01,linkedin,"${repeat('and\n', SIZE / 2)}"\n`],
    [
      'a calendar of many rows',
      'rows.csv',
      `date,platform,text\n${Array.from({ length: 1_000 }, (_, row) => `2026-05-0${(row % 9) + 1},linkedin,"Save 20% on Acme Cloud today! #AcmeSpring"\n`).join('')}`,
    ],
  ])('%s', async (_, name, text) => {
    const findings = await lintOne(name, text);
    expect(findings?.filter((finding) => finding.fatal)).toEqual([]);
  });
});

/** An email whose only part is `html`, sent in `encoding` (base64 or quoted-printable), lines as the encoders wrap them. */
function encodedHtmlEmail(html: string, encoding: 'base64' | 'quoted-printable'): string {
  const body =
    encoding === 'base64'
      ? Buffer.from(html)
          .toString('base64')
          .replace(/(.{76})/g, '$1\r\n')
      : html
          .replace(/</g, '=3C')
          .split('\n')
          .map((line) => line.replace(/(.{72})/g, '$1=\r\n'))
          .join('\r\n');
  return ['Subject: Deep', 'Content-Type: text/html; charset=utf-8', `Content-Transfer-Encoding: ${encoding}`, '', body, ''].join('\r\n');
}

describe('nesting past the limit is reported once, and the run goes on', () => {
  const DEPTH = 10_000;
  const deepEmail = `<p>${'Hi. '.repeat(30)}</p>\n${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}`;
  it.each([
    ['a blockquote', 'quote.md', `Intro\n${'>'.repeat(DEPTH)} deep\n`, 2, 'quotes and lists'],
    ['a list', 'list.md', `${'- '.repeat(DEPTH)}deep\n`, 1, 'quotes and lists'],
    ['a list by indentation', 'indented.md', Array.from({ length: 1_000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n'), 201, 'quotes and lists'],
    ['divs in a page', 'page.html', `<p>Hi</p>\n${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}`, 2, 'elements'],
    ['JSX in MDX', 'page.mdx', `# Title\n\n${'<div>'.repeat(DEPTH)}deep${'</div>'.repeat(DEPTH)}\n`, 3, 'elements'],
    // Reported on the encoded line where the deep decoded line starts.
    ['divs in a base64 email part', 'message.eml', encodedHtmlEmail(deepEmail, 'base64'), 7, 'elements'],
    ['divs in a quoted-printable email part', 'message.eml', encodedHtmlEmail(deepEmail, 'quoted-printable'), 7, 'elements'],
  ])('%s', async (_, name, text, line, containers) => {
    const findings = await lintOne(name, text);
    expect(findings?.map(({ ruleId, line, column, fatal }) => ({ ruleId, line, column, fatal }))).toEqual([
      { ruleId: 'brandlint/unreadable', line, column: 1, fatal: true },
    ]);
    expect(findings?.[0]!.message).toMatch(
      new RegExp(`^The file is too deeply nested to check \\(\\d+ levels from line ${line}; the limit is 200\\): split or flatten its ${containers}\\.$`),
    );
  });
});

describe('a paragraph of more emphasis marks than brandlint checks is reported once, and the run goes on', () => {
  const cues = `${'*[pause]* AGENT: _Thanks for calling._ '.repeat(2_600)}\n`;
  it.each([
    ['a Markdown page', 'page.md', `# Transcript\n\n${cues}`, 3],
    ['a call script', 'support-call.md', `AGENT: Hello.\n\n${cues}`, 3],
  ])('%s', async (_, name, text, line) => {
    const findings = await lintOne(name, text);
    expect(findings?.map(({ ruleId, line, column, fatal, message }) => ({ ruleId, line, column, fatal, message }))).toEqual([
      {
        ruleId: 'brandlint/unreadable',
        line,
        column: 1,
        fatal: true,
        message: `The paragraph from line ${line} has more than 10000 emphasis marks (* and _), more than brandlint checks in one paragraph: break it with blank lines.`,
      },
    ]);
  });
});

describe('the size limits are kit settings', () => {
  // About 1.1 MB, nearly all of it a comment: the size is what counts, and the copy stays one sentence.
  const text = `<!-- ${'x'.repeat(1_150_000)} -->\n\nPlain words in a paragraph.\n`;

  it('reports a file over files.maxFileMB with its size, the limit and how to raise it', async () => {
    const findings = await lintOne('large.md', text, { maxFileMB: 1 });
    expect(findings?.map(({ ruleId, message }) => ({ ruleId, message }))).toEqual([
      { ruleId: 'brandlint/unreadable', message: 'File is 1.1 MB; brandlint reads files up to 1 MB (raise files.maxFileMB in the kit to read it).' },
    ]);
  });

  it('reads it when the limit is raised', async () => {
    const findings = await lintOne('large.md', text, { maxFileMB: 2 });
    expect(findings?.filter((finding) => finding.fatal)).toEqual([]);
  });
});

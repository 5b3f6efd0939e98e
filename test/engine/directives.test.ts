/**
 * Inline directives, table-driven: every kind of directive (disable,
 * enable, disable-next-line, disable-line, and one that suppresses nothing)
 * in every format that writes them — HTML, Markdown, MDX, call scripts,
 * calendar rows — and on a drift finding, with --report-unused-disable on.
 * A directive that hides a campaign finding is used; the output is the same
 * on worker threads and from the cache.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/documents/positions.js';
import { sliceMap } from '../../src/documents/source-map.js';
import type { Document } from '../../src/documents/types.js';
import { LintCache } from '../../src/engine/cache.js';
import { directiveScopes } from '../../src/engine/directives.js';
import { fixFiles } from '../../src/engine/fix-files.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import { json } from '../../src/reporters/json.js';
import { loadRule } from '../../rules/registry.js';
import { kitFromYaml } from '../helpers/kit.js';

/** A rule that reports every word starting with `prefix` ("FlagOne"), in any segment. */
function wordRule(id: string, prefix: string): Rule {
  return {
    meta: {
      id,
      description: id,
      severity: 'warn',
      channels: ['email', 'web', 'social', 'call'],
      fixable: false,
      docs: { details: '', bad: '', findings: [], good: '' },
    },
    check(context) {
      for (const segment of context.document.segments) {
        for (const match of segment.text.matchAll(new RegExp(`\\b${prefix}\\w*`, 'g'))) {
          context.report({ ...segment.map.toSource(match.index, match.index + match[0].length), segment: segment.index, message: match[0] });
        }
      }
    },
  };
}

const RULES = [wordRule('test/flag', 'Flag'), wordRule('test/other', 'Other')];

/** A finding as `rule text`, and an unused directive as `unused <its comment>`. */
function summary(finding: Finding): string {
  return finding.ruleId === 'brandlint/unused-disable' ? `unused ${finding.text}` : `${finding.ruleId} ${finding.text}`;
}

function folder(files: Record<string, string>): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-directives-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, name)), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
  return cwd;
}

async function lint(path: string, text: string): Promise<string[]> {
  const run = await lintFiles({ cwd: folder({ [path]: text }), patterns: [path], kit: await kitFromYaml(''), rules: RULES, reportUnusedDisable: true });
  return run.results.flatMap((result) => result.findings.map(summary));
}

/** How a format writes a directive comment, a paragraph of copy, and copy with a comment inside it. */
interface Format {
  path: string;
  comment(directive: string): string;
  block(text: string): string;
  inline(before: string, directive: string, after: string): string;
}

const FORMATS: Record<string, Format> = {
  Markdown: {
    path: 'page.md',
    comment: (directive) => `<!-- ${directive} -->`,
    block: (text) => text,
    inline: (before, directive, after) => `${before} <!-- ${directive} --> ${after}`,
  },
  HTML: {
    path: 'page.html',
    comment: (directive) => `<!-- ${directive} -->`,
    block: (text) => `<p>${text}</p>`,
    inline: (before, directive, after) => `<p>${before} <!-- ${directive} --> ${after}</p>`,
  },
  MDX: {
    path: 'page.mdx',
    comment: (directive) => `{/* ${directive} */}`,
    block: (text) => text,
    inline: (before, directive, after) => `${before} {/* ${directive} */} ${after}`,
  },
  'call script': {
    path: 'call.md',
    comment: (directive) => `<!-- ${directive} -->`,
    block: (text) => `AGENT: ${text}`,
    inline: (before, directive, after) => `AGENT: ${before} <!-- ${directive} --> ${after}`,
  },
};

/** A directive case: the copy (blocks, each on its own paragraph) and the findings that remain. */
interface Case {
  name: string;
  blocks(format: Format): string[];
  expected(format: Format): string[];
}

const CASES: Case[] = [
  {
    name: 'disable hides the rules it names from the comment on',
    blocks: (f) => [f.block('FlagOne OtherOne.'), f.comment('brandlint-disable test/flag'), f.block('FlagTwo OtherTwo.')],
    expected: () => ['test/flag FlagOne', 'test/other OtherOne', 'test/other OtherTwo'],
  },
  {
    name: 'a bare disable, then enable of one rule, re-enables only that rule',
    blocks: (f) => [
      f.block('Intro.'),
      f.comment('brandlint-disable'),
      f.block('FlagOne OtherOne.'),
      f.comment('brandlint-enable test/flag'),
      f.block('FlagTwo OtherTwo.'),
    ],
    expected: () => ['test/flag FlagTwo'],
  },
  {
    name: 'disable of a family, then a bare enable, re-enables every rule',
    blocks: (f) => [f.block('Intro.'), f.comment('brandlint-disable test'), f.block('FlagOne OtherOne.'), f.comment('brandlint-enable'), f.block('FlagTwo.')],
    expected: () => ['test/flag FlagTwo'],
  },
  {
    name: 'disable of two rules, then enable of one, leaves the other disabled',
    blocks: (f) => [
      f.block('Intro.'),
      f.comment('brandlint-disable test/flag, test/other'),
      f.block('FlagOne OtherOne.'),
      f.comment('brandlint-enable test/other'),
      f.block('FlagTwo OtherTwo.'),
    ],
    expected: () => ['test/other OtherTwo'],
  },
  {
    name: 'a disable before any copy covers the whole file',
    blocks: (f) => [f.comment('brandlint-disable test/other'), f.block('FlagOne OtherOne.')],
    expected: () => ['test/flag FlagOne'],
  },
  {
    name: 'disable-next-line covers the next line with text',
    blocks: (f) => [`${f.comment('brandlint-disable-next-line test/flag')}\n${f.block('FlagOne OtherOne.')}`, f.block('FlagTwo.')],
    expected: () => ['test/other OtherOne', 'test/flag FlagTwo'],
  },
  {
    name: 'disable-line covers the line it stands on',
    blocks: (f) => [f.inline('FlagOne', 'brandlint-disable-line test/flag', 'OtherOne.'), f.block('FlagTwo.')],
    expected: () => ['test/other OtherOne', 'test/flag FlagTwo'],
  },
  {
    name: 'a directive that suppresses nothing is reported',
    blocks: (f) => [f.block('Intro.'), f.comment('brandlint-disable test/other'), f.block('FlagOne.')],
    expected: (f) => [`unused ${f.comment('brandlint-disable test/other')}`, 'test/flag FlagOne'],
  },
  {
    name: 'a line directive inside a disabled stretch hides nothing more, and is reported',
    blocks: (f) => [
      f.block('Intro.'),
      f.comment('brandlint-disable test/flag'),
      `${f.comment('brandlint-disable-next-line test/flag')}\n${f.block('FlagOne.')}`,
    ],
    expected: (f) => [`unused ${f.comment('brandlint-disable-next-line test/flag')}`],
  },
];

describe('inline directives', () => {
  for (const [formatName, format] of Object.entries(FORMATS)) {
    describe(formatName, () => {
      for (const testCase of CASES) {
        it(testCase.name, async () => {
          const text = `${testCase.blocks(format).join('\n\n')}\n`;
          expect(await lint(format.path, text)).toEqual(testCase.expected(format));
        });
      }
    });
  }

  describe('calendar rows', () => {
    const header = 'date,platform,text,brandlint\n';
    it('disable-line covers its row, every line of it', async () => {
      const csv = `${header}2026-05-01,x,FlagOne OtherOne.,disable-line test/flag\n2026-05-02,x,"FlagTwo\nplain line",disable-line test/flag\n2026-05-03,x,FlagThree.,\n`;
      expect(await lint('posts.csv', csv)).toEqual(['test/other OtherOne', 'test/flag FlagThree']);
    });
    it('a row directive that suppresses nothing is reported once', async () => {
      const csv = `${header}2026-05-01,x,"OtherOne\nplain line",disable-line test/flag\n`;
      expect(await lint('posts.csv', csv)).toEqual(['test/other OtherOne', 'unused disable-line test/flag']);
    });
    it('disable in a row covers the rows after it', async () => {
      const csv = `${header}2026-05-01,x,FlagOne.,\n2026-05-02,x,FlagTwo.,disable test/flag\n2026-05-03,x,FlagThree.,\n`;
      expect(await lint('posts.csv', csv)).toEqual(['test/flag FlagOne', 'test/flag FlagTwo']);
    });
  });
});

describe('directives on drift findings', () => {
  const KIT = 'campaigns:\n  spring:\n    files: ["**/*.md"]\n    truth: { discount: 20 }\n';
  const FILES = {
    'spring/page.md': '<!-- brandlint-disable drift/source-of-truth -->\n\nGet 30% off today.\n',
    'spring/post.md': 'Get 20% off today.\n',
    'spring/email.md': '<!-- brandlint-disable-next-line drift/source-of-truth -->\nSave 25% off now.\n\nSave 35% off later.\n',
  };

  async function request(): Promise<LintRequest> {
    const cwd = folder(FILES);
    const kit = { ...(await kitFromYaml(KIT)), root: cwd };
    return { cwd, patterns: ['.'], kit, reportUnusedDisable: true, rules: [await loadRule('drift/source-of-truth')] };
  }

  it('hide the drift finding and count as used, whole-file and next-line alike', async () => {
    const run = await lintFiles(await request());
    expect(run.results.flatMap((result) => result.findings.map((finding) => `${result.path} ${summary(finding)}`))).toEqual([
      'spring/email.md drift/source-of-truth 35% off',
    ]);
  });

  it('give the same bytes on worker threads and from the cache', async () => {
    const base = await request();
    const options = { cwd: base.cwd, color: false, quiet: false, version: 'test' };
    const onMainThread = json(await lintFiles(base), options);
    expect(json(await lintFiles({ ...base, threads: 2 }), options)).toBe(onMainThread);
    const cache = LintCache.inMemory();
    expect(json(await lintFiles({ ...base, cache }), options)).toBe(onMainThread);
    expect(json(await lintFiles({ ...base, cache }), options)).toBe(onMainThread);
    expect(json(await lintFiles({ ...base, cache, threads: 2 }), options)).toBe(onMainThread);
  });
});

describe('directives and --fix', () => {
  it('leave what a directive covers as it is, in every pass', async () => {
    const text = '<!-- brandlint-disable-next-line lexicon/names -->\nTry AcmeCloud.\n\nTry AcmeCloud or ACME cloud again.\n';
    const cwd = folder({ 'page.md': text });
    const kit = await kitFromYaml('lexicon: { names: [Acme Cloud] }');
    const { fixes } = await fixFiles({ cwd, patterns: ['page.md'], kit, rules: [await loadRule('lexicon/names')] }, { dryRun: true });
    expect(fixes.map((fix) => fix.after)).toEqual([
      '<!-- brandlint-disable-next-line lexicon/names -->\nTry AcmeCloud.\n\nTry Acme Cloud or Acme Cloud again.\n',
    ]);
  });
});

describe('directive scopes of a document of very many segments (a large Word document)', () => {
  it('are found without passing every segment to one call', () => {
    const source = `<!-- brandlint-disable -->\n${'x '.repeat(1_000_000)}`;
    const segments = Array.from({ length: 1_000_000 }, (_, index) => ({ map: sliceMap(27 + index * 2, 1) }));
    const directives = [{ kind: 'disable', rules: [], start: 0, end: 26, line: 1 }];
    const document = { path: 'deck.docx', source, segments, directives } as unknown as Document;
    expect(directiveScopes(document, new LineIndex(source))[0]).toMatchObject({ kind: 'disable', rules: [], from: 0 });
  });
});

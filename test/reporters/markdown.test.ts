import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown, MAX_FINDINGS_SHOWN, MAX_LENGTH } from '../../src/reporters/markdown.js';
import { summarise, type LintRun } from '../../src/engine/run.js';
import { REPORT_OPTIONS, sampleCampaignRun, trickyRun } from './sample-runs.js';
import { itemAt } from '../../src/text/items.js';

/** The cells of a Markdown table row, split at pipes that are not escaped. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe('markdown', () => {
  const output = markdown(trickyRun(), REPORT_OPTIONS);
  const lines = output.split('\n');

  it('opens with a headline of the counts', () => {
    expect(lines.slice(0, 3)).toEqual(['## brandlint', '', '**2 errors and 1 warning** in 2 of 3 files. 1 problem fixable with `--fix`.']);
  });

  it('tables the counts per rule, linked to the rule pages, and per file', () => {
    expect(output).toContain(
      [
        '### By rule',
        '',
        '| Rule | Errors | Warnings |',
        '| :--- | ---: | ---: |',
        '| brandlint/unreadable | 1 | 0 |',
        '| [lexicon/names](https://github.com/brandlint/brandlint/blob/main/docs/rules/lexicon/names.md) | 1 | 0 |',
      ].join('\n'),
    );
    expect(output).toContain(
      ['### By file', '', '| File | Errors | Warnings |', '| :--- | ---: | ---: |', '| copy/page.md | 1 | 1 |', '| copy/odd, name: 50%.md | 1 | 0 |'].join(
        '\n',
      ),
    );
  });

  it('escapes content so it cannot break a table or inject markup', () => {
    const row = lines.find((line) => line.startsWith('| warning |'))!;
    expect(cells(row)).toHaveLength(4);
    expect(cells(row)[3]).toBe(
      'Say "a \\| b" not &lt;script&gt;alert(1)&lt;/script&gt; &amp; 100% \\*bold\\* \\_x\\_ \\`code\\` \\[link\\](http://x) \\~\\~s\\~\\~ \\$x\\$, next line: done',
    );
    expect(output).not.toContain('<script>');
    expect(escapeMarkdown('a|b\\c\r\nd')).toBe('a\\|b\\\\c d');
  });

  it('shows each campaign with its one-message score and its deliverables', () => {
    expect(output).toContain(
      [
        '### Campaign Spring \\| Sale &lt;2026&gt; (spring-sale): one-message score 81/100',
        '',
        '| # | Deliverable | Channel | Score |',
        '| ---: | :--- | :--- | ---: |',
        '| 1 | copy/page.md | web | 90 |',
      ].join('\n'),
    );
  });

  it('carries the drift matrix of the sample campaign, worded as `brandlint drift` words it', async () => {
    const sample = markdown(await sampleCampaignRun(), REPORT_OPTIONS);
    expect(sample).toContain(
      [
        '| Row | Expected | 1 | 2 | 3 | 4 | 5 | 6 |',
        '| :--- | :--- | :---: | :---: | :---: | :---: | :---: | :---: |',
        '| discount ×2 | 20% off (kit) | ✗ 15% off | ✗ 25% off | ✓ | ✓ | ✓ | ✓ |',
      ].join('\n'),
    );
    expect(sample).toContain('| cta | Claim your discount (kit) | – | ✗ Get the deal | ✓ | – | ✗ Start your free trial | – |');
    expect(sample).toContain('| product Acme | carried (most) |');
    expect(sample).toContain('<sub>✓ agrees · ✗ contradicts · – missing · · not expected</sub>');
  });

  it(`lists at most ${MAX_FINDINGS_SHOWN} findings, with a note`, () => {
    const run = trickyRun();
    const finding = itemAt(itemAt(run.results, 0).findings, 1);
    const many = summarise(
      'copy/many.md',
      undefined,
      Array.from({ length: MAX_FINDINGS_SHOWN + 5 }, (_, index) => ({ ...finding, path: 'copy/many.md', line: index + 1 })),
    );
    const big: LintRun = { ...run, results: [many], errorCount: 0, warningCount: many.warningCount };
    const text = markdown(big, REPORT_OPTIONS);
    expect(text.split('\n').filter((line) => line.startsWith('| warning |'))).toHaveLength(MAX_FINDINGS_SHOWN);
    expect(text).toContain('_… and 5 more findings; `--format json` or `sarif` lists them all._');
  });

  it(`stays within a pull-request comment's ${MAX_LENGTH} characters, saying how much it leaves out`, () => {
    const run = trickyRun();
    const finding = { ...itemAt(itemAt(run.results, 0).findings, 1), message: 'A long message. '.repeat(40) };
    const results = Array.from({ length: 3000 }, (_, index) =>
      summarise(`copy/folder-${index}/page-with-a-long-name.md`, undefined, [{ ...finding, path: `copy/folder-${index}/page-with-a-long-name.md` }]),
    );
    const big: LintRun = { ...run, results, errorCount: 0, warningCount: results.length };
    const text = markdown(big, REPORT_OPTIONS);
    expect(text.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(text).toMatch(/_… and 2\d\d\d more findings; `--format json` or `sarif` lists them all\._/);
    expect(text).toMatch(/_… and \d+ more files\._\n$/);
    expect(text).toContain('### Campaign Spring');
  });

  it('says so when there is nothing to report', () => {
    const clean: LintRun = { results: [summarise('a.md', undefined, [])], campaigns: [], timing: {}, errorCount: 0, warningCount: 0 };
    expect(markdown(clean, REPORT_OPTIONS)).toBe('## brandlint\n\n**No problems** in 1 file.\n');
  });
});

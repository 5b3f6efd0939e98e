import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdown, MAX_FINDINGS_SHOWN } from '../../src/reporters/markdown.js';
import { summarise, type LintRun } from '../../src/engine/run.js';
import { REPORT_OPTIONS, trickyRun } from './sample-runs.js';

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
        '### Campaigns',
        '',
        '| Campaign | One-message score | Deliverables |',
        '| :--- | ---: | :--- |',
        '| Spring \\| Sale &lt;2026&gt; (spring-sale) | 81 | copy/page.md 90 |',
      ].join('\n'),
    );
  });

  it(`lists at most ${MAX_FINDINGS_SHOWN} findings, with a note`, () => {
    const run = trickyRun();
    const finding = run.results[0].findings[1];
    const many = summarise(
      'copy/many.md',
      undefined,
      Array.from({ length: MAX_FINDINGS_SHOWN + 5 }, (_, index) => ({ ...finding, path: 'copy/many.md', line: index + 1 })),
    );
    const big: LintRun = { ...run, results: [many], errorCount: 0, warningCount: many.warningCount };
    const text = markdown(big, REPORT_OPTIONS);
    expect(text.split('\n').filter((line) => line.startsWith('| warning |'))).toHaveLength(MAX_FINDINGS_SHOWN);
    expect(text).toContain(`_Showing the first ${MAX_FINDINGS_SHOWN} of ${MAX_FINDINGS_SHOWN + 5} findings;`);
  });

  it('says so when there is nothing to report', () => {
    const clean: LintRun = { results: [summarise('a.md', undefined, [])], campaigns: [], timing: {}, errorCount: 0, warningCount: 0 };
    expect(markdown(clean, REPORT_OPTIONS)).toBe('## brandlint\n\n**No problems** in 1 file.\n');
  });
});

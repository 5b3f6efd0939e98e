import { describe, expect, it } from 'vitest';
import { summarise, type LintRun } from '../../src/engine/run.js';
import { printable } from '../../src/reporters/printable.js';
import { stylish } from '../../src/reporters/stylish.js';
import { REPORT_OPTIONS } from './sample-runs.js';

const ESC = '\u001b';

function runWith(source: string, message: string, suggestion: string): LintRun {
  const start = source.indexOf('AcmeCloud');
  const result = summarise('copy/page.md', undefined, [
    {
      ruleId: 'lexicon/terms',
      severity: 'warning',
      message,
      path: 'copy/page.md',
      line: 1,
      column: start + 1,
      endLine: 1,
      endColumn: start + 10,
      start,
      end: start + 9,
      channel: 'web',
      role: 'body',
      text: 'AcmeCloud',
      suggestion,
    },
  ]);
  result.source = source;
  return { results: [result], errorCount: 0, warningCount: 1, campaigns: [] } as unknown as LintRun;
}

describe('printable', () => {
  it('escapes control characters and bidirectional overrides, and keeps tabs, line feeds and ordinary text', () => {
    expect(printable(`a${ESC}[2Jb\u000bc\rd\u009be\u202ef\tg\nh ™ é`)).toBe('a\\u001b[2Jb\\u000bc\\u000dd\\u009be\\u202ef\tg\nh ™ é');
  });
});

describe('stylish', () => {
  it('prints control characters from the content and from kit messages escaped, with the marker still under the flagged text', () => {
    const output = stylish(runWith(`${ESC}[31mTry AcmeCloud\u000b now`, `Use "x${ESC}]0;pwned\u0007" instead.`, `Acme${ESC}[0m`), REPORT_OPTIONS);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(output).toContain('Use "x\\u001b]0;pwned\\u0007" instead.');
    expect(output).toContain('suggestion: Acme\\u001b[0m');
    const lines = output.split('\n');
    const frame = lines.findIndex((line) => line.includes('> 1 |'));
    expect(lines[frame]).toBe('    > 1 | \\u001b[31mTry AcmeCloud\\u000b now');
    expect(lines[frame + 1]?.indexOf('^')).toBe(lines[frame]?.indexOf('AcmeCloud'));
    expect(lines[frame + 1]).toMatch(/\| +\^{9}$/);
  });
});

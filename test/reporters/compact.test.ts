/** The one-line formats, in ESLint's compact and unix shapes. */
import { describe, expect, it } from 'vitest';
import { compact, unix } from '../../src/reporters/compact.js';
import { REPORT_OPTIONS, trickyRun } from './sample-runs.js';

describe('compact and unix', () => {
  it('compact: path, line, column, severity, message and rule on one line each, then the count', () => {
    expect(compact(trickyRun(), REPORT_OPTIONS)).toBe(
      [
        'copy/page.md: line 1, col 5, Error - Write the name as "Acme Cloud", not "AcmeCloud". (lexicon/names)',
        'copy/page.md: line 2, col 1, Warning - Say "a | b" not <script>alert(1)</script> & 100% *bold* _x_ `code` [link](http://x) ~~s~~ $x$, next line: done (tone/emoji)',
        'copy/odd, name: 50%.md: line 1, col 1, Error - File looks binary (it contains NUL bytes); brandlint reads text files. (brandlint/unreadable)',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
  });

  it('unix: path:line:column: message [Severity/rule]', () => {
    expect(unix(trickyRun(), REPORT_OPTIONS).split('\n')[0]).toBe('copy/page.md:1:5: Write the name as "Acme Cloud", not "AcmeCloud". [Error/lexicon/names]');
  });

  it('print nothing when there is nothing to report', () => {
    const clean = { ...trickyRun(), results: [], errorCount: 0, warningCount: 0 };
    expect(compact(clean, REPORT_OPTIONS)).toBe('');
    expect(unix(clean, REPORT_OPTIONS)).toBe('');
  });
});

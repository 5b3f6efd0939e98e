/** The terminal format: one frame per group of findings on the same text, frames as wide as the terminal, and none on request. */
import { describe, expect, it } from 'vitest';
import { summarise, type LintRun } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { stylish } from '../../src/reporters/stylish.js';
import { REPORT_OPTIONS } from './sample-runs.js';

const SOURCE = '<title>Spring Sale: 25% off Acme Cloud for every team that signs up before the end of May</title>\n<p>Hi</p>\n';

function documentFinding(ruleId: string, message: string, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId,
    severity,
    message,
    path: 'mail.html',
    line: 1,
    column: 8,
    endLine: 1,
    endColumn: 95,
    start: 7,
    end: 94,
    channel: 'email',
    text: 'Spring Sale…',
  };
}

function run(findings: Finding[]): LintRun {
  const result = { ...summarise('mail.html', undefined, findings), source: SOURCE };
  return { results: [result], campaigns: [], timing: {}, errorCount: result.errorCount, warningCount: result.warningCount };
}

const GROUP = [
  documentFinding('channel/email-unsubscribe', 'This email has no unsubscribe link.', 'error'),
  documentFinding('channel/email-postal-address', 'This email shows no postal address.', 'error'),
  documentFinding('drift/required-cta', 'This email does not carry the call to action.'),
];

describe('stylish', () => {
  it('shows one frame for findings on the same text, after their lines', () => {
    const output = stylish(run(GROUP), REPORT_OPTIONS);
    expect(output.match(/> 1 \|/g)).toHaveLength(1);
    expect(output).toContain(
      [
        '  1:8  error  This email has no unsubscribe link.  channel/email-unsubscribe',
        '  1:8  error  This email shows no postal address.  channel/email-postal-address',
        '  1:8  warning  This email does not carry the call to action.  drift/required-cta',
        '    > 1 | <title>Spring Sale: 25% off Acme Cloud for every team that signs up before the end of May</title>',
      ].join('\n'),
    );
  });

  it('cuts frame lines to the terminal width', () => {
    const output = stylish(run(GROUP.slice(0, 1)), { ...REPORT_OPTIONS, columns: 60 });
    const frame = output.split('\n').filter((line) => / \d \|/.test(line) || /^ +\| /.test(line));
    expect(frame.length).toBeGreaterThan(0);
    for (const line of frame) expect(line.length).toBeLessThanOrEqual(60);
    expect(output).toContain('    > 1 | <title>Spring Sale: 25% off Acme Cloud for every…\n        |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n');
  });

  it('--no-code-frame prints the finding lines only', () => {
    expect(stylish(run(GROUP), { ...REPORT_OPTIONS, codeFrame: false })).toBe(
      [
        '',
        'mail.html',
        '  1:8  error  This email has no unsubscribe link.  channel/email-unsubscribe',
        '  1:8  error  This email shows no postal address.  channel/email-postal-address',
        '  1:8  warning  This email does not carry the call to action.  drift/required-cta',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });
});

/**
 * A rule that fails makes the run an internal error: exit code 2, the
 * failure named on standard error and in the report, and every other
 * finding still reported.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import exclamations from '../../rules/tone/exclamations.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('a rule that fails during brandlint lint', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exits 2, names the rule and the file on standard error, and reports the rest', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-rule-failure-'));
    writeFileSync(join(cwd, '.brandlintrc.yaml'), 'lexicon: { names: [Acme Cloud] }\n');
    writeFileSync(join(cwd, 'page.md'), '# Launch\n\nTry AcmeCloud today!!!\n');
    vi.spyOn(exclamations, 'check').mockImplementation(() => {
      throw new Error('out of marks');
    });
    const { io, out } = memoryIo(cwd);
    const code = await main(['node', 'brandlint', '--format', 'json', 'page.md'], io);
    expect(code).toBe(2);
    expect(out.stderr).toBe(
      'brandlint: internal error: page.md: The rule tone/exclamations failed on this file (Error: out of marks), so its findings here are missing. This is a bug in brandlint; please report it.\n',
    );
    const findings = JSON.parse(out.stdout).files[0].findings as { ruleId: string; fatal?: boolean }[];
    expect(findings.map((finding) => finding.ruleId)).toEqual(['brandlint/rule-error', 'lexicon/names']);
    expect(findings[0]?.fatal).toBe(true);
  });
});

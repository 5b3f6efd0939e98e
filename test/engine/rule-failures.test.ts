/**
 * A rule that throws, or breaks its contract with the engine (a range
 * outside the document, a fix from a rule that is not fixable), gives one
 * fatal brandlint/rule-error finding in that file naming the rule and the
 * error; the other rules and files go on, and nothing of it is cached.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintCache } from '../../src/engine/cache.js';
import { lintFiles } from '../../src/engine/run.js';
import type { Finding, Report, Rule, RuleContext } from '../../src/engine/types.js';
import { lintWithRule } from '../helpers/rule-tester.js';
import { kitFromYaml } from '../helpers/kit.js';
import { itemAt } from '../../src/text/items.js';

function testRule(id: string, check: (context: RuleContext) => void, fixable = false): Rule {
  return {
    meta: { id, description: id, severity: 'warn', channels: ['web'], fixable, docs: { details: '', bad: '', findings: [], good: '' } },
    check,
  };
}

/** Reports the first word of the document, changed as `change` says. */
function reporting(id: string, change: (report: Report) => Report, fixable = false): Rule {
  return testRule(
    id,
    (context) => {
      const [word] = context.analysis.words;
      if (!word) return;
      context.report(change({ start: word.sourceStart, end: word.sourceEnd, message: `Saw "${word.text}".` }));
    },
    fixable,
  );
}

const sound = reporting('test/sound', (report) => report);
const throwing = testRule('test/throwing', (context) => {
  context.report({ start: 0, end: 1, message: 'Reported before the crash.' });
  if (context.document.path === 'b.md') throw new TypeError('cannot read the segment');
});

function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-rule-failures-'));
  writeFileSync(join(cwd, 'a.md'), 'Alpha copy.\n');
  writeFileSync(join(cwd, 'b.md'), 'Beta copy.\n');
  return cwd;
}

const summary = (finding: Finding) => `${finding.path} ${finding.ruleId} ${finding.message}`;

describe('a rule that fails', () => {
  it('gives a fatal finding in that file naming the rule and the error, and the run goes on', async () => {
    const cwd = project();
    const run = await lintFiles({ cwd, patterns: ['.'], kit: await kitFromYaml(''), rules: [throwing, sound] });
    expect(run.results.flatMap((result) => result.findings.map(summary))).toEqual([
      'a.md test/throwing Reported before the crash.',
      'a.md test/sound Saw "Alpha".',
      'b.md brandlint/rule-error The rule test/throwing failed on this file (TypeError: cannot read the segment), so its findings here are missing. This is a bug in brandlint; please report it.',
      'b.md test/sound Saw "Beta".',
    ]);
    const [failure] = itemAt(run.results, 1).findings;
    expect(failure).toMatchObject({
      severity: 'error',
      fatal: true,
      line: 1,
      column: 1,
      data: { rule: 'test/throwing', error: 'TypeError: cannot read the segment' },
    });
    expect(run.errorCount).toBe(1);
  });

  it('is never cached: the next run with the cache tries the file again', async () => {
    const cwd = project();
    let runs = 0;
    const counting = testRule('test/counting', (context) => {
      runs++;
      if (context.document.path === 'b.md') throw new Error('boom');
    });
    const cache = LintCache.inMemory();
    const request = { cwd, patterns: ['.'], kit: await kitFromYaml(''), rules: [counting], cache };
    const first = await lintFiles(request);
    const second = await lintFiles(request);
    expect(runs).toBe(3);
    expect(second.results.map((result) => result.findings)).toEqual(first.results.map((result) => result.findings));
    expect(second.results[1]?.findings.map((finding) => finding.ruleId)).toEqual(['brandlint/rule-error']);
  });

  it('on a campaign gives the finding in the campaign’s first document, naming the campaign', async () => {
    const cwd = project();
    const kit = await kitFromYaml('campaigns:\n  launch: { files: ["*.md"] }');
    const campaignRule: Rule = {
      meta: {
        id: 'test/campaign',
        description: '',
        severity: 'warn',
        channels: ['web'],
        fixable: false,
        docs: { details: '', bad: '', findings: [], good: '' },
      },
      checkCampaign: () => {
        throw new RangeError('no deliverables');
      },
    };
    const run = await lintFiles({ cwd, patterns: ['.'], kit: { ...kit, root: cwd }, rules: [campaignRule] });
    expect(run.results.flatMap((result) => result.findings.map(summary))).toEqual([
      'a.md brandlint/rule-error The rule test/campaign failed on the campaign "launch" (RangeError: no deliverables), so its findings here are missing. This is a bug in brandlint; please report it.',
    ]);
  });
});

describe('the rule contract', () => {
  const cases: [string, Rule, RegExp][] = [
    [
      'a range past the end of the document',
      reporting('test/past-end', (report) => ({ ...report, end: 500 })),
      /reported the range 0–500, outside the document \(0–12\)/,
    ],
    [
      'a range before the start of the document',
      reporting('test/negative', (report) => ({ ...report, start: -1 })),
      /reported the range -1–5, outside the document/,
    ],
    [
      'a range that ends before it starts',
      reporting('test/backwards', (report) => ({ ...report, start: 4, end: 2 })),
      /reported the range 4–2, outside the document/,
    ],
    [
      'a fix from a rule that is not fixable',
      reporting('test/unfixable', (report) => ({ ...report, fix: { start: 0, end: 5, text: 'Omega' } })),
      /meta\.fixable is false/,
    ],
    [
      'a fix outside the document from a fixable rule',
      reporting('test/fix-past-end', (report) => ({ ...report, fix: { start: 0, end: 99, text: 'Omega' } }), true),
      /reported a fix of the range 0–99, outside the document/,
    ],
  ];
  for (const [name, rule, message] of cases) {
    it(`fails the rule for ${name}, in the rule tester too`, async () => {
      await expect(lintWithRule(rule, { text: 'Alpha copy.\n' })).rejects.toThrow(message);
      const run = await lintFiles({ cwd: project(), patterns: ['a.md'], kit: await kitFromYaml(''), rules: [rule, sound] });
      expect(run.results[0]?.findings.map((finding) => finding.ruleId)).toEqual(['brandlint/rule-error', 'test/sound']);
      expect(run.results[0]?.findings[0]?.message).toMatch(message);
    });
  }

  it('lets a fixable rule report a fix inside the document', async () => {
    const rule = reporting('test/fixable', (report) => ({ ...report, fix: { start: report.start, end: report.end, text: 'Omega' } }), true);
    const [finding] = await lintWithRule(rule, { text: 'Alpha copy.\n' });
    expect(finding?.fix).toEqual({ start: 0, end: 5, text: 'Omega' });
  });
});

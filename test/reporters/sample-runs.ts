/**
 * Runs for the reporter tests: a small hand-made run whose content holds
 * every character the formats must escape, and a real run of the sample
 * campaign (fixtures/spring-sale with fixtures/brand-kit.yaml).
 */
import { resolve } from 'node:path';
import { loadKit } from '../../src/config/load.js';
import type { CampaignReport } from '../../src/drift/report.js';
import { lintFiles, summarise, type LintRun } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import type { ReportOptions } from '../../src/reporters/types.js';
import { knownRuleOptions } from '../../rules/options.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const REPORT_OPTIONS: ReportOptions = { cwd: ROOT, color: false, quiet: false, version: '0.1.0' };

/** Content that breaks naive output: table pipes, markup, percent signs, line breaks, XML-hostile characters. */
export const TRICKY_MESSAGE = 'Say "a | b" not <script>alert(1)</script> & 100% *bold* _x_ `code` [link](http://x) ~~s~~ $x$,\nnext line: done';
export const TRICKY_PATH = 'copy/odd, name: 50%.md';

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'lexicon/names',
    severity: 'error',
    message: 'Write the name as "Acme Cloud", not "AcmeCloud".',
    path: 'copy/page.md',
    line: 1,
    column: 5,
    endLine: 1,
    endColumn: 14,
    start: 4,
    end: 13,
    channel: 'web',
    role: 'body',
    text: 'AcmeCloud',
    ...overrides,
  };
}

const CAMPAIGN: CampaignReport = {
  id: 'spring-sale',
  name: 'Spring | Sale <2026>',
  declared: true,
  score: 81,
  deliverables: [{ name: 'copy/page.md', path: 'copy/page.md', channel: 'web', score: 90, facts: [] }],
  rows: [],
};

export function trickyRun(): LintRun {
  const source = 'Try AcmeCloud now.\nSecond line.\n';
  const page = summarise('copy/page.md', undefined, [
    finding({ suggestion: 'Acme Cloud', fix: { start: 4, end: 13, text: 'Acme Cloud' } }),
    finding({
      ruleId: 'tone/emoji',
      severity: 'warning',
      message: TRICKY_MESSAGE,
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 7,
      start: 19,
      end: 25,
      text: 'Second\u0001\uD800',
    }),
  ]);
  const odd = summarise(TRICKY_PATH, undefined, [
    finding({
      ruleId: 'brandlint/unreadable',
      message: 'File looks binary (it contains NUL bytes); brandlint reads text files.',
      path: TRICKY_PATH,
      column: 1,
      endColumn: 1,
      start: 0,
      end: 0,
      text: '',
      role: undefined,
      fatal: true,
    }),
  ]);
  const clean = summarise('copy/clean.md', undefined, []);
  const results = [{ ...page, source }, odd, clean];
  return { results, campaigns: [CAMPAIGN], timing: {}, errorCount: 2, warningCount: 1 };
}

let sample: Promise<LintRun> | undefined;

export function sampleCampaignRun(): Promise<LintRun> {
  sample ??= lintFiles({
    cwd: ROOT,
    patterns: ['fixtures/spring-sale'],
    kit: loadKit(resolve(ROOT, 'fixtures/brand-kit.yaml'), { knownRules: knownRuleOptions() }),
    keepDocuments: true,
  });
  return sample;
}

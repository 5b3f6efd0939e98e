/**
 * Counting findings by rule or by file, for the formats that summarise a
 * run (markdown tables, JUnit suites).
 */
import type { LintRun } from '../engine/run.js';
import type { Finding } from '../engine/types.js';

export interface Tally {
  key: string;
  errors: number;
  warnings: number;
}

export function allFindings(run: LintRun): Finding[] {
  return run.results.flatMap((result) => result.findings);
}

/** Findings counted per key: most findings first, then by key in code-unit order (the same on every machine). */
export function tallyBy(findings: readonly Finding[], keyOf: (finding: Finding) => string): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const tally = tallies.get(key) ?? { key, errors: 0, warnings: 0 };
    if (finding.severity === 'error') tally.errors++;
    else tally.warnings++;
    tallies.set(key, tally);
  }
  return [...tallies.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

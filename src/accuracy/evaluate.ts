/**
 * Lints a labelled set with the real engine and matches every finding to
 * its label by file, rule and start position. A finding with a `right`
 * label counts as right, with a `wrong` label as wrong; a `right` label
 * with no finding is a miss; a finding with no label is unlabelled (the set
 * is incomplete). A `wrong` label with no finding is a false alarm that no
 * longer happens: kept in the set, so it counts again should it come back.
 */
import { join } from 'node:path';
import { defaultKit, loadKit } from '../config/load.js';
import type { BrandKit } from '../config/types.js';
import { chooseRules } from '../engine/rule-sets.js';
import { lintFiles } from '../engine/run.js';
import type { Finding, OutputSeverity } from '../engine/types.js';
import { outputSeverity } from '../engine/types.js';
import { knownRuleOptions } from '../../rules/options.js';
import { RULE_CATALOG } from '../../rules/registry.js';
import type { Label, LabelledSet, Targets } from './labels.js';

export type OutcomeKind = 'right' | 'wrong' | 'missed' | 'unlabelled' | 'resolved';

export interface Outcome {
  kind: OutcomeKind;
  file: string;
  rule: string;
  /** The finding's severity, or for a miss the severity the rule has in the set's kit. */
  severity: OutputSeverity;
  line: number;
  column: number;
  finding?: Finding;
  label?: Label;
}

export interface SetResult {
  set: LabelledSet;
  outcomes: Outcome[];
}

/** Counts of one slice of outcomes (a rule, a severity, a set). */
export interface Tally {
  right: number;
  wrong: number;
  missed: number;
  unlabelled: number;
}

export async function evaluateSet(set: LabelledSet): Promise<SetResult> {
  const kit = set.kit === 'built-in' ? defaultKit(set.directory) : loadKit(join(set.directory, set.kit), { knownRules: knownRuleOptions() });
  const run = await lintFiles({ cwd: set.directory, patterns: set.files, kit });
  const findings = run.results.flatMap((result) => result.findings);
  return { set, outcomes: matchFindings(findings, set.labels, ruleSeverities(kit)) };
}

/** Severity of each rule in the kit, for misses: a rule switched off keeps its default severity. */
function ruleSeverities(kit: BrandKit): Map<string, OutputSeverity> {
  const severities = new Map<string, OutputSeverity>(RULE_CATALOG.map(({ meta }) => [meta.id, outputSeverity(meta.severity)]));
  for (const { id, severity } of chooseRules(kit, {})) severities.set(id, outputSeverity(severity));
  return severities;
}

export function matchFindings(findings: readonly Finding[], labels: readonly Label[], severities: ReadonlyMap<string, OutputSeverity>): Outcome[] {
  const waiting = new Map<string, Label[]>();
  for (const label of labels) {
    const key = keyOf(label.file, label.rule, label.line, label.column);
    waiting.set(key, [...(waiting.get(key) ?? []), label]);
  }
  const outcomes: Outcome[] = [];
  for (const finding of findings) {
    const key = keyOf(finding.path, finding.ruleId, finding.line, finding.column);
    const label = takeLabel(waiting.get(key), finding.message);
    const base = { file: finding.path, rule: finding.ruleId, severity: finding.severity, line: finding.line, column: finding.column, finding };
    outcomes.push(label ? { ...base, kind: label.verdict, label } : { ...base, kind: 'unlabelled' });
  }
  for (const label of [...waiting.values()].flat()) {
    outcomes.push({
      kind: label.verdict === 'right' ? 'missed' : 'resolved',
      file: label.file,
      rule: label.rule,
      severity: severities.get(label.rule) ?? 'warning',
      line: label.line,
      column: label.column,
      label,
    });
  }
  return outcomes;
}

/** The first waiting label whose message fits the finding's, one naming its message first. */
function takeLabel(labels: Label[] | undefined, message: string): Label | undefined {
  if (!labels) return undefined;
  const index = [
    labels.findIndex((label) => label.message !== undefined && message.includes(label.message)),
    labels.findIndex((label) => label.message === undefined),
  ].find((candidate) => candidate >= 0);
  return index === undefined ? undefined : labels.splice(index, 1)[0];
}

function keyOf(file: string, rule: string, line: number, column: number): string {
  return `${file.split('\\').join('/')}\u0000${rule}\u0000${line}:${column}`;
}

export function tally(outcomes: readonly Outcome[]): Tally {
  const counts: Tally = { right: 0, wrong: 0, missed: 0, unlabelled: 0 };
  for (const { kind } of outcomes) if (kind !== 'resolved') counts[kind]++;
  return counts;
}

/** Right findings over labelled findings; undefined when there are none. */
export function precision(counts: Tally): number | undefined {
  const judged = counts.right + counts.wrong;
  return judged === 0 ? undefined : counts.right / judged;
}

/** Right findings over everything that should have been found; undefined when nothing should. */
export function recall(counts: Tally): number | undefined {
  const expected = counts.right + counts.missed;
  return expected === 0 ? undefined : counts.right / expected;
}

export interface TargetCheck {
  name: keyof Targets;
  target: number;
  /** The measured figure; undefined when nothing was measured (which passes). */
  actual: number | undefined;
  /** e.g. "1 wrong of 40 errors". */
  detail: string;
  passed: boolean;
}

export function checkTargets(outcomes: readonly Outcome[], targets: Targets): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (name: keyof Targets, counts: Tally, figure: (counts: Tally) => number | undefined, detail: string): void => {
    const target = targets[name];
    if (target === undefined) return;
    const actual = figure(counts);
    checks.push({ name, target, actual, detail, passed: actual === undefined || actual >= target - 1e-9 });
  };
  const errors = tally(outcomes.filter((outcome) => outcome.severity === 'error'));
  const warnings = tally(outcomes.filter((outcome) => outcome.severity === 'warning'));
  const all = tally(outcomes);
  add('errorPrecision', errors, precision, `${errors.wrong} wrong of ${errors.right + errors.wrong} errors`);
  add('warningPrecision', warnings, precision, `${warnings.wrong} wrong of ${warnings.right + warnings.wrong} warnings`);
  add('precision', all, precision, `${all.wrong} wrong of ${all.right + all.wrong} findings`);
  add('recall', all, recall, `${all.missed} missed of ${all.right + all.missed} problems`);
  return checks;
}

/**
 * The accuracy report: per rule and per severity, findings right and
 * wrong, problems missed, precision and recall; the targets and whether
 * they hold; and every unlabelled finding, written as a label to complete.
 */
import { compareText } from '../text/compare.js';
import { checkTargets, precision, recall, tally, type Outcome, type TargetCheck, type Tally } from './evaluate.js';
import type { Targets } from './labels.js';

const COLUMNS = ['findings', 'right', 'wrong', 'precision', 'missed', 'recall'];

function figure(value: number | undefined): string {
  return value === undefined ? '–' : value.toFixed(2);
}

function row(name: string, counts: Tally, width: number): string {
  const cells = [counts.right + counts.wrong + counts.unlabelled, counts.right, counts.wrong, figure(precision(counts)), counts.missed, figure(recall(counts))];
  return name.padEnd(width) + cells.map((cell, index) => String(cell).padStart((COLUMNS[index] ?? '').length + 2)).join('');
}

function header(first: string, width: number): string {
  return first.padEnd(width) + COLUMNS.map((column) => column.padStart(column.length + 2)).join('');
}

/** The tables of one group of outcomes (a set, or several pooled) under a title. */
export function formatTables(title: string, outcomes: readonly Outcome[], targets: Targets): string {
  const counted = outcomes.filter((outcome) => outcome.kind !== 'resolved');
  const rules = [...new Set(counted.map((outcome) => outcome.rule))].sort(compareText);
  const width = Math.max(28, ...rules.map((rule) => rule.length + 2));
  const lines = [title, '', header('rule', width)];
  for (const rule of rules) lines.push(row(rule, tally(counted.filter((outcome) => outcome.rule === rule)), width));
  lines.push('', header('severity', width));
  for (const severity of ['error', 'warning'] as const) lines.push(row(severity, tally(counted.filter((outcome) => outcome.severity === severity)), width));
  lines.push(row('all', tally(counted), width));
  const unlabelled = tally(counted).unlabelled;
  if (unlabelled > 0) lines.push(`(${unlabelled} unlabelled finding${unlabelled === 1 ? '' : 's'}, counted in "findings" only)`);
  const checks = checkTargets(counted, targets);
  if (checks.length > 0) lines.push('', ...checks.map(formatCheck));
  return lines.join('\n');
}

const TARGET_NAMES: Record<keyof Targets, string> = {
  errorPrecision: 'error precision',
  warningPrecision: 'warning precision',
  precision: 'precision',
  recall: 'recall',
};

export function formatCheck(check: TargetCheck): string {
  return `${check.passed ? 'PASS' : 'FAIL'}  ${TARGET_NAMES[check.name]} ${figure(check.actual)} (target ≥ ${check.target}): ${check.detail}`;
}

/** Unlabelled findings as label entries to paste into set.yaml, by file, verdict left for the labeller. */
export function formatUnlabelled(outcomes: readonly Outcome[]): string {
  const byFile = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'unlabelled') continue;
    byFile.set(outcome.file, [...(byFile.get(outcome.file) ?? []), outcome]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(`  ${file}:`);
    for (const { rule, line, column, finding } of list) {
      const text = JSON.stringify(shorten(finding?.text ?? '', 60));
      lines.push(`    - { rule: ${rule}, at: "${line}:${column}", verdict: ?, reason: "", text: ${text} }  # ${shorten(finding?.message ?? '', 120)}`);
    }
  }
  return lines.join('\n');
}

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

/**
 * What the scorecards count: findings by rule family and severity, and the
 * one-line description of each rule for the findings list.
 */
import type { FileResult } from '../../engine/run.js';
import { RULE_FAMILIES, type Finding, type RuleFamily } from '../../engine/types.js';
import { ruleEntry } from '../../../rules/registry.js';

export const FAMILIES: readonly RuleFamily[] = RULE_FAMILIES;

/** Findings the engine itself reports (a file it could not read, a directive that suppresses nothing). */
const ENGINE_FAMILY = 'brandlint';

const ENGINE_RULES: Readonly<Record<string, string>> = {
  'brandlint/parse': 'The file could only be read in part (malformed markup or encoding).',
  'brandlint/unreadable': 'The file could not be read.',
  'brandlint/rule-error': 'A rule failed on the file; its findings there are missing.',
  'brandlint/unused-disable': 'A brandlint-disable comment that suppresses nothing.',
};

export interface Counts {
  errors: number;
  warnings: number;
}

export function familyOf(ruleId: string): string {
  const family = ruleId.slice(0, ruleId.indexOf('/'));
  return (FAMILIES as readonly string[]).includes(family) ? family : ENGINE_FAMILY;
}

export function ruleDescription(ruleId: string): string | undefined {
  return ruleEntry(ruleId)?.meta.description ?? ENGINE_RULES[ruleId];
}

export function countFindings(findings: readonly Finding[]): Counts {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** Counts per family: the rule families always, the engine's own findings only when there are some. */
export function countByFamily(results: readonly FileResult[]): { family: string; counts: Counts }[] {
  const findings = results.flatMap((result) => result.findings);
  const families = findings.some((finding) => familyOf(finding.ruleId) === ENGINE_FAMILY) ? [...FAMILIES, ENGINE_FAMILY] : FAMILIES;
  return families.map((family) => ({ family, counts: countFindings(findings.filter((finding) => familyOf(finding.ruleId) === family)) }));
}

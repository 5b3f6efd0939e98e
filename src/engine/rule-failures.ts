/**
 * A rule that fails — it throws, or breaks its contract with the engine —
 * does not stop the run. As ESLint names the rule and the file of a crash,
 * the file gets one fatal finding (`brandlint/rule-error`) that names the
 * rule and the error; the rule's other findings in that file are left out,
 * the other rules and files go on, and the run exits with code 2, since the
 * fault is brandlint's, not the copy's.
 *
 * The contract a report must keep, checked as it is made:
 * - its range lies in the document (0 ≤ start ≤ end ≤ the source length,
 *   whole offsets), and so does its fix's;
 * - only a rule whose `meta.fixable` is true reports a fix.
 * A report that breaks it is a bug in the rule, so it fails the rule the
 * same way: the rule tester shows it, and it is never clamped or dropped
 * without a word.
 */
import { isRangeWithin } from '../documents/positions.js';
import type { Document } from '../documents/types.js';
import type { Finding, Report, RuleMeta } from './types.js';
import { firstLine } from '../text/first-line.js';

export const RULE_ERROR = 'brandlint/rule-error';

/** A report that breaks the rule contract. */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
}

/** Throws a RuleContractError when the report breaks the contract (see above). */
export function checkReport(meta: RuleMeta, document: Document, report: Report): void {
  checkRange('reported the range', report.start, report.end, document);
  if (!report.fix) return;
  if (!meta.fixable) throw new RuleContractError(`reported a fix, but its meta.fixable is false`);
  checkRange('reported a fix of the range', report.fix.start, report.fix.end, document);
}

function checkRange(what: string, start: number, end: number, document: Document): void {
  const length = document.source.length;
  if (isRangeWithin(start, end, length)) return;
  throw new RuleContractError(`${what} ${start}–${end}, outside the document (0–${length})`);
}

/**
 * The finding for a rule that failed, in the file it is reported in;
 * `where` names what a campaign or programme rule failed on (default: this file).
 */
export function ruleErrorFinding(document: Pick<Document, 'path' | 'channel'>, ruleId: string, error: unknown, where = 'this file'): Finding {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ruleId: RULE_ERROR,
    severity: 'error',
    message: `The rule ${ruleId} failed on ${where} (${firstLine(reason)}), so its findings here are missing. This is a bug in brandlint; please report it.`,
    path: document.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    start: 0,
    end: 0,
    channel: document.channel,
    text: '',
    data: { rule: ruleId, error: reason },
    fatal: true,
  };
}

/** The findings of rules that failed, among findings of any kind. */
export function ruleErrors(findings: Iterable<Finding>): Finding[] {
  return [...findings].filter((finding) => finding.ruleId === RULE_ERROR);
}

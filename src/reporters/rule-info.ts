/**
 * What the report formats say about a rule id: its descriptions, default
 * severity and documentation URL. Rules describe themselves (the rule catalog);
 * the ids the engine reports on its own are described here.
 */
import { rulePagePath } from '../docs/rule-docs.js';
import type { OutputSeverity } from '../engine/types.js';
import { ruleEntry } from '../../rules/registry.js';

/** The public repository; rule pages live in docs/rules/ on its main branch. */
export const REPOSITORY_URL = 'https://github.com/brandlint/brandlint';
/** Rule documentation URLs are this base plus `rulePagePath(rule)`. */
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/`;

export interface RuleInfo {
  id: string;
  description: string;
  /** A paragraph on what the rule checks and why. */
  details: string;
  severity: OutputSeverity;
  helpUri?: string;
}

const ENGINE_RULES: Record<string, string> = {
  'brandlint/unreadable': 'A file brandlint could not read: binary, not valid UTF-8 or UTF-16, or too large.',
  'brandlint/parse': 'Markup or data that brandlint could read only in part.',
  'brandlint/unused-disable': 'An inline brandlint-disable directive that suppresses nothing.',
  'brandlint/rule-error': 'A rule that failed on the file (a bug in brandlint); its findings there are missing.',
};

/** Engine ids whose findings are errors. */
const ENGINE_ERRORS = new Set(['brandlint/unreadable', 'brandlint/rule-error']);

export function ruleInfo(id: string): RuleInfo {
  const rule = ruleEntry(id);
  if (rule) {
    const { meta } = rule;
    return {
      id,
      description: meta.description,
      details: meta.docs.details,
      severity: meta.severity === 'warn' ? 'warning' : 'error',
      helpUri: DOCS_BASE_URL + rulePagePath(rule),
    };
  }
  // Engine ids, and ids from a merged report written by another brandlint version.
  const description = ENGINE_RULES[id] ?? id;
  return { id, description, details: description, severity: ENGINE_ERRORS.has(id) ? 'error' : 'warning' };
}

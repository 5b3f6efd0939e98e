/**
 * rules/catalog.ts: the metadata of every rule, written out from the rule
 * modules, so that `brandlint rules`, the kit's validation and the reports
 * know the rules without importing them (see rules/registry.ts).
 * `npm run docs` writes it; a test fails when it is stale.
 */
import type { Rule, RuleEntry } from '../engine/types.js';

export const CATALOG_PATH = 'rules/catalog.ts';

export function entryOf(rule: Rule): RuleEntry {
  return {
    meta: rule.meta,
    checksDocuments: Boolean(rule.check),
    checksCampaigns: Boolean(rule.checkCampaign),
    checksProgramme: Boolean(rule.checkProgramme),
  };
}

export function catalogSource(rules: readonly Rule[]): string {
  return [
    '// Generated from the rule modules by `npm run docs`; test/docs.test.ts fails when it is out of date.',
    "import type { RuleEntry } from '../src/engine/types.js';",
    '',
    `export const RULE_CATALOG: readonly RuleEntry[] = ${JSON.stringify(rules.map(entryOf), null, 2)};`,
    '',
  ].join('\n');
}

/**
 * The rules brandlint ships, known without importing them: their metadata is
 * in the catalog (generated from the modules), and a rule's module — with the
 * libraries it uses — is imported by id when a run switches the rule on. The
 * id names the module: `tone/sentence-length` is rules/tone/sentence-length.ts.
 */
import type { Rule, RuleEntry } from '../src/engine/types.js';
import { RULE_CATALOG } from './catalog.js';

export { RULE_CATALOG };

const ENTRIES = new Map(RULE_CATALOG.map((entry) => [entry.meta.id, entry]));

export function ruleEntry(id: string): RuleEntry | undefined {
  return ENTRIES.get(id);
}

export async function loadRule(id: string): Promise<Rule> {
  if (!ENTRIES.has(id)) throw new Error(`Unknown rule "${id}".`);
  return ((await import(`./${id}.js`)) as { default: Rule }).default;
}

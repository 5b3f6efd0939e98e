import { RULE_CATALOG } from './registry.js';

let known: Map<string, Record<string, unknown>> | undefined;

/**
 * Rule id → JSON Schema of its options, for validating the kit's `rules:`
 * section. One map for the process, so the kit validator compiled for it is reused.
 */
export function knownRuleOptions(): Map<string, Record<string, unknown>> {
  known ??= new Map(RULE_CATALOG.map(({ meta }) => [meta.id, meta.options ?? { type: 'object', additionalProperties: false }]));
  return known;
}

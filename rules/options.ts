import { allRules } from './index.js';

/** Rule id → JSON Schema of its options, for validating the kit's `rules:` section. */
export function knownRuleOptions(): Map<string, Record<string, unknown>> {
  return new Map(allRules.map((rule) => [rule.meta.id, rule.meta.options ?? { type: 'object', additionalProperties: false }]));
}

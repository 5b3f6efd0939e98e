/**
 * Which rules run, with what severity and options: the kit's rule settings
 * under the command line's --rule. A file's overrides may set rules too,
 * so a run chooses once per kit it compiles (the kit without overrides,
 * and each combination of overrides some file matches).
 */
import type { BrandKit, RuleSetting, Severity } from '../config/types.js';
import { loadRule, RULE_CATALOG } from '../../rules/registry.js';
import type { CompiledKit } from './compiled-kit.js';
import type { EnabledRule } from './lint-document.js';
import type { Rule } from './types.js';

/** A rule the kit and the command line switch on. */
export interface RuleChoice {
  id: string;
  severity: Exclude<Severity, 'off'>;
  options: Record<string, unknown>;
  /** The rule itself, when the request gave its rules; a built-in rule is imported by id when first needed. */
  rule?: Rule;
}

/** The rules of a run, per compiled kit, each set with its modules imported once. */
export class RuleSets {
  private readonly enabled = new Map<CompiledKit, Promise<EnabledRule[]>>();

  constructor(
    /** --rule id:severity, over every kit's settings. */
    private readonly overrides: Record<string, Severity>,
    /** The rules to consider (default: the built-in ones). */
    readonly considered?: readonly Rule[],
  ) {}

  choices(kit: BrandKit): RuleChoice[] {
    return chooseRules(kit, this.overrides, this.considered);
  }

  /** The rules `compiled` switches on, ready to run; a built-in rule's module is imported on first need. */
  of(compiled: CompiledKit): Promise<EnabledRule[]> {
    let rules = this.enabled.get(compiled);
    if (!rules) {
      rules = withModules(this.choices(compiled.kit));
      this.enabled.set(compiled, rules);
    }
    return rules;
  }

  /** Of the rules `compiled` switches on, those `wanted` picks, importing no other rule's module. */
  some(compiled: CompiledKit, wanted: (choice: RuleChoice) => boolean): Promise<EnabledRule[]> {
    return withModules(this.choices(compiled.kit).filter(wanted));
  }
}

/** The rules the kit and the command line switch on, with their severity and options (default: from the built-in rules). */
export function chooseRules(kit: BrandKit, overrides: Record<string, Severity>, rules?: readonly Rule[]): RuleChoice[] {
  const choices: RuleChoice[] = [];
  for (const candidate of rules ?? RULE_CATALOG) {
    const { id } = candidate.meta;
    const setting: RuleSetting = kit.rules[id] ?? { severity: candidate.meta.severity, options: {} };
    const severity = overrides[id] ?? setting.severity;
    if (severity !== 'off') choices.push({ id, severity, options: setting.options, ...(rules ? { rule: candidate as Rule } : {}) });
  }
  return choices;
}

/** The chosen rules with their modules; a built-in rule's module (and the libraries it uses) is imported here. */
function withModules(choices: readonly RuleChoice[]): Promise<EnabledRule[]> {
  return Promise.all(choices.map(async ({ id, severity, options, rule }) => ({ rule: rule ?? (await loadRule(id)), severity, options })));
}

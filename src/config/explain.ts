/**
 * Turns ajv's errors into one plain sentence per place in the kit.
 *
 * ajv reports a failed `oneOf` as the failure of every branch plus the
 * `oneOf` itself. The user meant one branch — the one whose type fits what
 * they wrote (a map, when they wrote a map) — so only that branch's errors
 * are told; when no branch fits, the one sentence lists the forms allowed.
 */
import type { ErrorObject } from 'ajv';
import type { KitProblem } from './errors.js';
import type { JsonSchema } from './schema.js';
import type { KitSource, Target } from './source.js';
import { closestMatch, describeValue, didYouMean, dottedPath, listWords, splitRules, subject, type KitPath } from './wording.js';

interface Issue {
  path: KitPath;
  target: Target;
  reason: string;
  /** Lower wins when several issues fall on one place: a wrong type says more than a failed enum. */
  rank: number;
  /** Required keys missing at `path`, merged into one sentence. */
  missing?: string[];
  /** For an unknown key: the key it was probably meant to be. */
  meant?: string;
}

const COMBINATORS = new Set(['oneOf', 'anyOf']);
const MOST_KEYS_LISTED = 12;

export function explainErrors(errors: readonly ErrorObject[], source: KitSource): KitProblem[] {
  const explainer = new Explainer(source);
  const issues = mostTellingPerPlace(explainer.issuesFrom(errors));
  return issues
    .map((issue) => source.problem(issue.path, issue.missing ? missingReason(issue.path, issue.missing) : issue.reason, issue.target))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

class Explainer {
  constructor(private readonly source: KitSource) {}

  issuesFrom(errors: readonly ErrorObject[]): Issue[] {
    const combinator = outermostCombinator(errors);
    if (!combinator) return errors.flatMap((error) => this.issueFor(error));
    const inside = errors.filter((error) => isInside(error, combinator));
    const outside = errors.filter((error) => error !== combinator && !isInside(error, combinator));
    return [...this.issuesFrom(outside), ...this.combinatorIssues(combinator, inside)];
  }

  private combinatorIssues(combinator: ErrorObject, inside: readonly ErrorObject[]): Issue[] {
    const path = this.pathOf(combinator.instancePath);
    const branches = combinator.schema as JsonSchema[];
    if (branches.every(isRequiredOnly)) return [requiredChoice(path, branches, combinator)];
    const branchErrors = branches.map((_, index) => inside.filter((error) => error.schemaPath.startsWith(`${combinator.schemaPath}/${index}/`)));
    const fitting = branchErrors.filter((errors, index) => !errors.some((error) => isTypeMismatchOf(error, combinator, index)));
    const best = fitting.reduce<ErrorObject[] | undefined>((chosen, errors) => (chosen && chosen.length <= errors.length ? chosen : errors), undefined);
    if (!best) return [this.wrongType(path, branches.map(expectedForm), combinator.data)];
    if (best.length === 0) return [{ path, target: 'value', rank: 2, reason: `${subject(path)} matches more than one allowed form` }];
    return this.issuesFrom(best);
  }

  private issueFor(error: ErrorObject): Issue[] {
    // Inner errors of `propertyNames` repeat what its own error says.
    if ((error as { propertyName?: string }).propertyName !== undefined) return [];
    const path = this.pathOf(error.instancePath);
    const limit = error.params.limit as number;
    const value = error.data;
    const about = subject(path);
    switch (error.keyword) {
      case 'additionalProperties':
        return [unknownKey(path, String(error.params.additionalProperty), Object.keys((error.parentSchema as JsonSchema).properties ?? {}))];
      case 'required':
        return [{ path, target: 'value', rank: 3, reason: '', missing: [String(error.params.missingProperty)] }];
      case 'type': {
        const allowed = (error.parentSchema as JsonSchema).enum;
        return [allowed ? badEnum(path, allowed, value) : this.wrongType(path, String(error.params.type).split(','), value)];
      }
      case 'enum':
        return [badEnum(path, error.params.allowedValues as unknown[], value)];
      case 'const':
        return [{ path, target: 'value', rank: 1, reason: `${about} must be ${describeValue(error.params.allowedValue)}, got ${describeValue(value)}` }];
      case 'pattern':
        return [{ path, target: 'value', rank: 2, reason: `${about} ${patternWords(error)}, got ${describeValue(value)}` }];
      case 'propertyNames':
        return [badKeyName(path, String(error.params.propertyName), error)];
      case 'minimum':
        return [bound(path, `at least ${limit}`, value)];
      case 'maximum':
        return [bound(path, `at most ${limit}`, value)];
      case 'exclusiveMinimum':
        return [bound(path, `greater than ${limit}`, value)];
      case 'exclusiveMaximum':
        return [bound(path, `less than ${limit}`, value)];
      case 'minLength':
        return [{ path, target: 'value', rank: 2, reason: limit === 1 ? `${about} must not be empty` : `${about} must have at least ${limit} characters` }];
      case 'minItems':
        return [
          {
            path,
            target: 'value',
            rank: 2,
            reason: limit === 1 ? `${about} must not be an empty list` : `${about} must have at least ${limit} items, got ${(value as unknown[]).length}`,
          },
        ];
      case 'additionalItems':
        return [{ path, target: 'value', rank: 2, reason: `${about} must have at most ${limit} items, got ${(value as unknown[]).length}` }];
      default:
        return [{ path, target: 'value', rank: 2, reason: `${about} ${error.message ?? 'is not valid'}` }];
    }
  }

  /** `types` are JSON types, or already-worded forms from `oneOf` branches. */
  private wrongType(path: KitPath, types: readonly string[], value: unknown): Issue {
    const fraction = types.length === 1 && types[0] === 'integer' && typeof value === 'number';
    const wanted = fraction ? 'a whole number' : alternatives([...new Set(types.map(typeWords))]);
    return { path, target: 'value', rank: 0, reason: `${subject(path)} must be ${wanted}, got ${this.got(path, value)}` };
  }

  private got(path: KitPath, value: unknown): string {
    if (value === null && this.source.isCommentedOut(path)) {
      return 'an empty value: YAML reads " #" and the rest of the line as a comment, so put the value in quotes';
    }
    return describeValue(value);
  }

  /** Decodes a JSON pointer; list indexes become numbers, so paths print as `terms[0]`. */
  private pathOf(pointer: string): KitPath {
    const path: (string | number)[] = [];
    let value: unknown = this.source.data;
    for (const raw of pointer.split('/').slice(1)) {
      const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      const index = Array.isArray(value) ? Number(step) : undefined;
      path.push(index ?? step);
      value = (value as Record<string | number, unknown> | undefined)?.[index ?? step];
    }
    return path;
  }
}

// ---------------------------------------------------------------- sentences

/** Words for a JSON type; anything else is taken as already worded. */
function typeWords(type: string): string {
  switch (type) {
    case 'string':
      return 'a string';
    case 'integer':
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a map';
    default:
      return type;
  }
}

/** `a string or a list`; `error, warn or off, or a list` when a form is itself a choice. */
function alternatives(forms: readonly string[]): string {
  return forms.some((form) => form.includes(' or ')) ? forms.join(', or ') : listWords(forms, 'or');
}

function expectedForm(branch: JsonSchema): string {
  if (branch.enum) return listWords(branch.enum.map(String), 'or');
  return branch.type ?? 'another form';
}

function unknownKey(parent: KitPath, key: string, candidates: readonly string[]): Issue {
  const path = [...parent, key];
  const issue = (reason: string): Issue => ({ path, target: 'key', rank: 0, reason });
  const { within, inRules } = splitRules(parent);
  const [section, id, slot] = inRules;
  if (inRules.length === 1 && section === 'rules') {
    const where = within.length > 0 ? ` in "${dottedPath(within)}"` : '';
    return issue(`unknown rule "${key}"${where}${didYouMean(key, candidates) || '; run "brandlint rules" to list the rule ids'}`);
  }
  if (inRules.length === 3 && section === 'rules' && slot === 1) {
    const advice = candidates.length === 0 ? '; the rule takes no options' : didYouMean(key, candidates) || `; its options are ${listWords(candidates, 'and')}`;
    return issue(`unknown option "${key}" for rule "${String(id)}"${advice}`);
  }
  const where = parent.length === 0 ? '' : ` in ${subject(parent)}`;
  return { ...issue(`unknown key "${key}"${where}${didYouMean(key, candidates) || expectedKeys(candidates)}`), meant: closestMatch(key, candidates) };
}

function expectedKeys(candidates: readonly string[]): string {
  if (candidates.length === 0) return '; no keys are allowed here';
  if (candidates.length > MOST_KEYS_LISTED) return '';
  return `; expected ${listWords(candidates, 'or')}`;
}

function badEnum(path: KitPath, allowed: readonly unknown[], value: unknown): Issue {
  const words = allowed.map(String);
  const suggestion = typeof value === 'string' ? didYouMean(value, words) : '';
  return { path, target: 'value', rank: 1, reason: `${subject(path)} must be one of ${words.join(', ')}; got ${describeValue(value)}${suggestion}` };
}

function bound(path: KitPath, limit: string, value: unknown): Issue {
  return { path, target: 'value', rank: 2, reason: `${subject(path)} must be ${limit}, got ${describeValue(value)}` };
}

function patternWords(error: ErrorObject): string {
  return (error.parentSchema as JsonSchema).patternErrorMessage ?? `must match the pattern /${String(error.params.pattern)}/`;
}

function badKeyName(parent: KitPath, key: string, error: ErrorObject): Issue {
  const rule = (error.schema as JsonSchema).patternErrorMessage ?? 'is not allowed here';
  return { path: [...parent, key], target: 'key', rank: 0, reason: `key "${key}" in ${subject(parent)} ${rule}` };
}

function requiredChoice(path: KitPath, branches: readonly JsonSchema[], combinator: ErrorObject): Issue {
  const keys = branches.map((branch) => `"${branch.required?.[0]}"`);
  const passing = combinator.params.passingSchemas as number[] | null | undefined;
  const reason = passing
    ? `${subject(path)} has both ${listWords(passing.flatMap((index) => keys[index] ?? []))}; keep only one`
    : `${subject(path)} needs either ${listWords(keys, 'or')}`;
  return { path, target: 'value', rank: 1, reason };
}

function missingReason(path: KitPath, missing: readonly string[]): string {
  const keys = missing.map((key) => `"${key}"`);
  return `${subject(path)} is missing the required key${keys.length > 1 ? 's' : ''} ${listWords(keys)}`;
}

// ---------------------------------------------------------------- error tree

function outermostCombinator(errors: readonly ErrorObject[]): ErrorObject | undefined {
  let outermost: ErrorObject | undefined;
  for (const error of errors) {
    if (COMBINATORS.has(error.keyword) && (!outermost || error.schemaPath.length < outermost.schemaPath.length)) outermost = error;
  }
  return outermost;
}

function isInside(error: ErrorObject, combinator: ErrorObject): boolean {
  const sameOrDeeper = error.instancePath === combinator.instancePath || error.instancePath.startsWith(`${combinator.instancePath}/`);
  return sameOrDeeper && error.schemaPath.startsWith(`${combinator.schemaPath}/`);
}

function isTypeMismatchOf(error: ErrorObject, combinator: ErrorObject, branch: number): boolean {
  return error.keyword === 'type' && error.instancePath === combinator.instancePath && error.schemaPath === `${combinator.schemaPath}/${branch}/type`;
}

function isRequiredOnly(branch: JsonSchema): boolean {
  return Object.keys(branch).length === 1 && branch.required?.length === 1;
}

/**
 * One issue per place: the most telling one, with missing keys merged. A
 * missing key is not told when a misspelt key nearby already points to it.
 */
function mostTellingPerPlace(issues: readonly Issue[]): Issue[] {
  const byPlace = new Map<string, Issue>();
  for (const issue of issues) {
    const place = `${issue.target}:${JSON.stringify(issue.path)}`;
    const current = byPlace.get(place);
    if (!current || issue.rank < current.rank) byPlace.set(place, issue);
    else if (current.missing && issue.missing) current.missing = [...new Set([...current.missing, ...issue.missing])];
  }
  const meant = new Set(issues.filter((issue) => issue.meant).map((issue) => JSON.stringify([...issue.path.slice(0, -1), issue.meant])));
  return [...byPlace.values()].flatMap((issue) => {
    if (!issue.missing) return [issue];
    const missing = issue.missing.filter((key) => !meant.has(JSON.stringify([...issue.path, key])));
    return missing.length > 0 ? [{ ...issue, missing }] : [];
  });
}

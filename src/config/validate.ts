/**
 * Schema validation of one kit file. Kits checked against the built-in rules
 * — every run of the command line — use the validator ajv generated ahead of
 * time from that schema (kit-validator.js), so no run compiles it, as long
 * as it was generated from the schema as it is; any other set of known rules
 * (or a schema changed since) has its schema compiled by ajv, once.
 */
import { createHash } from 'node:crypto';
import type { Ajv, ValidateFunction } from 'ajv';
import { knownRuleOptions } from '../../rules/options.js';
import { ajv } from '../libraries.js';
import type { KitProblem } from './errors.js';
import { explainErrors } from './explain.js';
import { schemaDigest as generatedFrom, validate as validateWithBuiltInRules } from './kit-validator.js';
import { kitSchema, type JsonSchema, type KnownRules } from './schema.js';
import type { KitSource } from './source.js';

const compiledByRules = new WeakMap<object, ValidateFunction>();
let compiledWithoutRules: ValidateFunction | undefined;

/**
 * ajv set up for kits: every error, with the data and schema it failed on, so each can be told well.
 * `standalone` also keeps the generated code, for writing kit-validator.js.
 */
export function createKitAjv({ standalone = false } = {}): Ajv {
  // strict: false because rule modules bring their own option schemas, which may use keywords ajv does not know.
  // inlineRefs: false compiles each section an override refers to once, not once per place.
  const kitAjv = new (ajv().Ajv)({
    allErrors: true,
    verbose: true,
    strict: false,
    inlineRefs: false,
    ...(standalone ? { code: { source: true, esm: true } } : {}),
  });
  kitAjv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return kitAjv;
}

/** Identifies a schema, so the generated validator is only used for the schema it was generated from. */
export function schemaDigest(schema: JsonSchema): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

function validatorFor(knownRules: KnownRules | undefined): ValidateFunction {
  if (!knownRules) return (compiledWithoutRules ??= createKitAjv().compile(kitSchema()));
  let validate = compiledByRules.get(knownRules);
  if (!validate) {
    const schema = kitSchema(knownRules);
    const generated = knownRules === knownRuleOptions() && schemaDigest(schema) === generatedFrom;
    validate = generated ? validateWithBuiltInRules : createKitAjv().compile(schema);
    compiledByRules.set(knownRules, validate);
  }
  return validate;
}

/** Every schema problem in the file, one per place, in file order. */
export function schemaProblems(source: KitSource, knownRules?: KnownRules): KitProblem[] {
  const validate = validatorFor(knownRules);
  return validate(source.data) ? [] : explainErrors(validate.errors ?? [], source);
}

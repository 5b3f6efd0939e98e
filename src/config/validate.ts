/**
 * Schema validation of one kit file, with ajv compiled once per set of
 * known rules.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import type { KitProblem } from './errors.js';
import { explainErrors } from './explain.js';
import { kitSchema, type KnownRules } from './schema.js';
import type { KitSource } from './source.js';

const compiledByRules = new WeakMap<object, ValidateFunction>();
let compiledWithoutRules: ValidateFunction | undefined;

/** ajv set up for kits: every error, with the data and schema it failed on, so each can be told well. */
export function createKitAjv(): Ajv {
  // strict: false because rule modules bring their own option schemas, which may use keywords ajv does not know.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv;
}

function validatorFor(knownRules: KnownRules | undefined): ValidateFunction {
  if (!knownRules) return (compiledWithoutRules ??= createKitAjv().compile(kitSchema()));
  let validate = compiledByRules.get(knownRules);
  if (!validate) {
    validate = createKitAjv().compile(kitSchema(knownRules));
    compiledByRules.set(knownRules, validate);
  }
  return validate;
}

/** Every schema problem in the file, one per place, in file order. */
export function schemaProblems(source: KitSource, knownRules?: KnownRules): KitProblem[] {
  const validate = validatorFor(knownRules);
  return validate(source.data) ? [] : explainErrors(validate.errors ?? [], source);
}

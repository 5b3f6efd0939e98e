/** The generated validator of kit-validator.js: the kit schema with the built-in rules. */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
/** `schemaDigest` of the schema it was generated from. */
export declare const schemaDigest: string;

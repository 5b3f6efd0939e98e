/** The generated validator of kit-validator.js: the kit schema with the built-in rules. */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;

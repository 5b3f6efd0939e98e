/**
 * The official SARIF 2.1.0 JSON Schema (2.1.0-rtm.5, draft-04, shipped by
 * Microsoft's @microsoft/jest-sarif), compiled once for the tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const SCHEMA_FILE = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// Both packages are CommonJS; under NodeNext their default export is the `default` property.
// unicodeRegExp: false because one pattern of the schema (language tags) is not valid with the u flag.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));

/** The schema errors of a SARIF log, as readable lines (none when it is valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

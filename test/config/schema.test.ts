import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kitSchema, type JsonSchema } from '../../src/config/schema.js';
import { createKitAjv } from '../../src/config/validate.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema/brandlint.schema.json', import.meta.url));
const FULL_KIT = fileURLToPath(new URL('./fixtures/full/.brandlintrc.yaml', import.meta.url));

/** Every schema in the tree with the path that leads to it. */
function* schemasIn(schema: JsonSchema, path = '#'): Generator<[string, JsonSchema]> {
  yield [path, schema];
  for (const [key, child] of Object.entries(schema.properties ?? {})) yield* schemasIn(child, `${path}/properties/${key}`);
  if (typeof schema.additionalProperties === 'object') yield* schemasIn(schema.additionalProperties, `${path}/additionalProperties`);
  const items = Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : [];
  for (const [index, item] of items.entries()) yield* schemasIn(item, `${path}/items/${index}`);
  for (const [index, branch] of (schema.oneOf ?? []).entries()) yield* schemasIn(branch, `${path}/oneOf/${index}`);
}

describe('schema/brandlint.schema.json', () => {
  it('is kitSchema() written out (update it with: npx vitest run test/config/schema.test.ts -u)', async () => {
    await expect(`${JSON.stringify(kitSchema(), null, 2)}\n`).toMatchFileSnapshot(SCHEMA_FILE);
  });

  it('describes every property, for editors', () => {
    const undescribed = [...schemasIn(kitSchema())]
      .flatMap(([path, schema]) => Object.entries(schema.properties ?? {}).map(([key, property]) => [`${path}/properties/${key}`, property] as const))
      .filter(([, property]) => !property.description)
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  it('closes every map with named keys', () => {
    const open = [...schemasIn(kitSchema())].filter(([, schema]) => schema.properties && schema.additionalProperties !== false).map(([path]) => path);
    expect(open).toEqual([]);
  });

  it('compiles in ajv’s strict mode', () => {
    // strictTuples is off: [severity] alone is a valid rule setting, as in ESLint.
    const ajv = new Ajv({ strict: true, strictRequired: false, strictTuples: false });
    ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    expect(() => ajv.compile(kitSchema())).not.toThrow();
  });

  it('accepts the complete example kit', () => {
    const validate = createKitAjv().compile(kitSchema());
    expect(validate(parse(readFileSync(FULL_KIT, 'utf8'))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('lists the known rules with their options when given them', () => {
    const schema = kitSchema(
      new Map([
        ['tone/sentence-length', { type: 'object', properties: { max: { type: 'integer' } } }],
        ['tone/passive', undefined],
      ]),
    );
    const rules = schema.properties?.rules;
    expect(Object.keys(rules?.properties ?? {})).toEqual(['tone/passive', 'tone/sentence-length']);
    expect(rules?.additionalProperties).toBe(false);
    const [, tuple] = rules?.properties?.['tone/sentence-length'].oneOf ?? [];
    expect((tuple.items as JsonSchema[])[1]).toMatchObject({ properties: { max: { type: 'integer' } } });
  });
});

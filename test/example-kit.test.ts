/**
 * The example kit that documents every key must load cleanly, and must show
 * every top-level section and every tone, messaging and channel setting,
 * and every key of an override.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKit } from '../src/config/load.js';
import { dereferenced, kitSchema, type JsonSchema } from '../src/config/schema.js';
import { knownRuleOptions } from '../rules/options.js';

const EXAMPLE = '.brandlintrc.example.yaml';

describe('.brandlintrc.example.yaml', () => {
  it('loads without a problem', () => {
    const kit = loadKit(EXAMPLE, { knownRules: knownRuleOptions() });
    expect(kit.lexicon.names.map((name) => name.name)).toContain('Acme Cloud');
    expect(kit.campaigns[0]?.truth.discount).toBe(20);
  });

  it('shows every key the schema knows', () => {
    const raw = parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const schema = kitSchema();
    const missing: string[] = [];
    for (const [section, reference] of Object.entries(schema.properties ?? {})) {
      const definition = dereferenced(reference, schema);
      if (section === 'extends') continue; // shown commented out: it needs real files to point at
      if (!(section in raw)) missing.push(section);
      const value = raw[section] as Record<string, unknown> | undefined;
      if (!value || !definition.properties || Array.isArray(value)) continue;
      for (const key of Object.keys(definition.properties)) if (!(key in value)) missing.push(`${section}.${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('shows every key an override may set', () => {
    const raw = parse(readFileSync(EXAMPLE, 'utf8')) as { overrides: Record<string, unknown>[] };
    const overrides = kitSchema().properties?.overrides?.items as JsonSchema;
    const shown = new Set(raw.overrides.flatMap((override) => Object.keys(override)));
    expect(Object.keys(overrides.properties ?? {}).filter((key) => !shown.has(key))).toEqual([]);
  });
});

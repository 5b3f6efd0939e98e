import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { loadRule } from '../rules/registry.js';
import { CATALOG_PATH, catalogSource } from '../src/docs/catalog.js';
import { rulePage, rulePagePath, withRuleTable } from '../src/docs/rule-docs.js';

describe('generated documentation', () => {
  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md is up to date (npm run docs)', (_id, rule) => {
    const path = rulePagePath(rule);
    expect(existsSync(path), `${path} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(rulePage(rule));
  });

  it('the README rule table is up to date (npm run docs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('<!-- rules:start -->');
    expect(withRuleTable(readme, allRules)).toBe(readme);
  });

  it('the rule catalog is up to date (npm run docs)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(catalogSource(allRules));
  });

  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s is loaded by its id', async (id, rule) => {
    expect(await loadRule(id)).toBe(rule);
  });
});

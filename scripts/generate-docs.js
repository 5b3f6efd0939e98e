#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule, the rule table in README.md and
// the rule catalog (rules/catalog.ts), from the rules' metadata (run after `npm run build`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { allRules } from '../dist/rules/index.js';
import { CATALOG_PATH, catalogSource } from '../dist/src/docs/catalog.js';
import { rulePage, rulePagePath, withRuleTable } from '../dist/src/docs/rule-docs.js';

for (const rule of allRules) {
  const path = rulePagePath(rule);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rulePage(rule));
}
writeFileSync('README.md', withRuleTable(readFileSync('README.md', 'utf8'), allRules));
writeFileSync(CATALOG_PATH, catalogSource(allRules));
console.log(`Wrote ${allRules.length} rule pages, the README rule table and ${CATALOG_PATH}.`);

#!/usr/bin/env node
// Writes docs/rules/<id>.md for every rule and the rule table in README.md,
// from the rules' metadata (run after `npm run build`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { allRules } from '../dist/rules/index.js';
import { rulePage, rulePagePath, withRuleTable } from '../dist/src/docs/rule-docs.js';

for (const rule of allRules) {
  const path = rulePagePath(rule);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rulePage(rule));
}
writeFileSync('README.md', withRuleTable(readFileSync('README.md', 'utf8'), allRules));
console.log(`Wrote ${allRules.length} rule pages and the README rule table.`);

#!/usr/bin/env node
// Prints "N passed, N failed" from vitest JSON reports, and exits 1 when a
// report is missing (the runner never got that far) or any test failed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  if (report.success === false && (report.numFailedTests ?? 0) === 0) failed += report.numFailedTestSuites ?? 1;
}
if (process.argv.length <= 2) missing++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing > 0 || passed === 0 ? 1 : 0);

/**
 * The position invariant over the sample campaign and every test fixture:
 * each segment maps back to its source, and each finding's range reads back
 * as its flagged text (entities covered whole).
 */
import { describe, expect, it } from 'vitest';
import { loadKit } from '../src/config/load.js';
import { lintFiles } from '../src/engine/run.js';
import { knownRuleOptions } from '../rules/options.js';
import { documentsOf, expectSegmentsMapBack } from './helpers/documents.js';
import { findingsNotReadingBack } from './helpers/invariant.js';

describe('position invariant over the fixtures', () => {
  it.each(['fixtures/spring-sale', 'test/fixtures'])('%s', async (folder) => {
    const kit = loadKit('fixtures/brand-kit.yaml', { knownRules: knownRuleOptions() });
    const { results } = await lintFiles({ cwd: process.cwd(), patterns: [folder], kit });
    expect(results.length).toBeGreaterThan(3);
    for (const document of await documentsOf(results, kit, process.cwd())) expectSegmentsMapBack(document);
    const { checked, mismatches } = findingsNotReadingBack(results, process.cwd());
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});

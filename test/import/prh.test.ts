import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrandKit } from '../../src/config/types.js';
import { FIXTURES, lexiconOf, loadFragment, runIn } from './support.js';

const MAIN = join(FIXTURES, 'prh', 'main.yml');
const BENCH = '/work/shared/bench/terms';

describe('brandlint import prh', () => {
  const { code, stdout, report } = runIn('prh', MAIN);
  const lexicon = lexiconOf(stdout);

  it('makes terms of literal patterns (case-sensitive, as prh matches them) and of regexes that spell out literals', () => {
    expect(code).toBe(0);
    expect(lexicon.terms).toEqual([
      { use: 'website', insteadOf: ['web-site', 'web site'], inflect: false },
      { use: 'sign in', insteadOf: ['log in', 'login to'], inflect: false, caseSensitive: true },
      { use: 'email', insteadOf: ['e-mail'], inflect: false },
      { use: 'Cloud', insteadOf: ['cloud'], inflect: false, caseSensitive: true },
    ]);
  });

  it('makes a protected name of `expected` without a pattern', () => {
    expect(lexicon.names).toEqual([{ name: 'JavaScript', nearMisses: false }]);
  });

  it('bans other regexes with `expected` as suggestion and the prh note as reason', () => {
    expect(lexicon.banned).toEqual([{ pattern: '\\d+ ?pct', suggestion: 'percent', reason: 'Spell out percent in copy.' }]);
  });

  it('follows imports once, and reports missing imports, backreferences, unsafe patterns and rules without expected', () => {
    expect(report).toEqual([
      'test/fixtures/import/prh/shared.yml:9: skipped: a rule without `expected`',
      'test/fixtures/import/prh/main.yml:4: skipped: imports "./missing.yml", which does not exist',
      'test/fixtures/import/prh/main.yml:13: skipped: rule "$1 ID": `expected` refers to what the pattern captured ($1), which kit terms cannot',
      expect.stringMatching(/^test\/fixtures\/import\/prh\/main\.yml:18: skipped: rule "web": pattern "\(a\+\)\+\$" can backtrack catastrophically/),
    ]);
  });

  it('writes a fragment that loads as a brand kit', () => {
    expect(loadFragment(stdout).lexicon.terms).toHaveLength(4);
  });
});

/** "wrong → preferred" pairs the kit carries: as terms, or as names when only the case differs. */
function carriedPairs(kit: BrandKit): (pair: BenchPair) => boolean {
  const replacements = new Set(kit.lexicon.terms.flatMap((term) => term.insteadOf.map((wrong) => `${wrong} → ${term.use}`)));
  const names = new Set(kit.lexicon.names.map((name) => name.name));
  return ({ wrong, preferred }) => replacements.has(`${wrong} → ${preferred}`) || (names.has(preferred) && wrong.toLowerCase() === preferred.toLowerCase());
}

interface BenchPair {
  wrong: string;
  preferred: string;
}

describe.runIf(existsSync(BENCH))('brandlint import prh on the shared bench term lists', () => {
  it.each(['base', '5k'])('carries every pair of %s.prh.yml, and the kit loads', (list) => {
    const { code, stdout, report } = runIn('prh', join(BENCH, `${list}.prh.yml`));
    expect(code).toBe(0);
    expect(report).toEqual([]);
    const kit = loadFragment(stdout);
    const pairs = JSON.parse(readFileSync(join(BENCH, `${list}.json`), 'utf8')) as BenchPair[];
    const isCarried = carriedPairs(kit);
    expect(pairs.filter((pair) => !isCarried(pair))).toEqual([]);
    expect(kit.lexicon.banned).toEqual([]);
  });
});

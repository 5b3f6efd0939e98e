import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reasonFrom } from '../../src/import/vale.js';
import { FIXTURES, lexiconOf, loadFragment, runIn } from './support.js';

const STYLES = join(FIXTURES, 'vale', 'styles');
const VOCABULARY = join(STYLES, 'config', 'vocabularies', 'Acme');
const RULES = join(STYLES, 'Acme');

describe('brandlint import vale: vocabularies', () => {
  const { code, stdout, report } = runIn('vale', VOCABULARY);

  it('carries accepted words to lexicon.allow, expanding patterns that spell out a few words', () => {
    expect(code).toBe(0);
    expect(lexiconOf(stdout).allow).toEqual(['Acmeflow', 'Observability', 'Kubernetes', 'API']);
  });

  it('carries rejected entries to lexicon.banned as phrases', () => {
    expect(lexiconOf(stdout).banned).toEqual([
      { phrase: 'utilise' },
      { phrase: 'whitelist' },
      { phrase: 'click here' },
      { phrase: 'synergy' },
      { phrase: 'synergies' },
    ]);
  });

  it('reports accepted patterns and case corrections it cannot carry, with file and line', () => {
    expect(report).toEqual([
      'test/fixtures/import/vale/styles/config/vocabularies/Acme/accept.txt:6: skipped: accepted "\\\\w+ops": lexicon.allow holds words, and this pattern matches too many to list',
      'test/fixtures/import/vale/styles/config/vocabularies/Acme/reject.txt:2: skipped: rejected entry: "Javascript" is case-sensitive and has capitals: kit phrases match in any case, so banning it would ban the right spelling too; add that spelling to lexicon.names',
    ]);
  });

  it('reads the older Vocab/<Name>/ layout too', () => {
    const legacy = runIn('vale', join(FIXTURES, 'vale', 'legacy'));
    expect(lexiconOf(legacy.stdout)).toEqual({ allow: ['Acmeflow'] });
  });
});

describe('brandlint import vale: substitution rules', () => {
  const { stdout, report } = runIn('vale', join(RULES, 'Terms.yml'));
  const lexicon = lexiconOf(stdout);

  it('makes terms of literal swaps, one term per replacement, with the level as severity', () => {
    expect(lexicon.terms).toEqual([
      { use: 'email', insteadOf: ['e-mail'], inflect: false, severity: 'warn' },
      { use: 'sign in to', insteadOf: ['log into', 'sign into'], inflect: false, severity: 'warn' },
      { use: 'website', insteadOf: ['web site'], inflect: false, severity: 'warn' },
    ]);
  });

  it('makes a protected name of a swap that only fixes the case', () => {
    expect(lexicon.names).toEqual([{ name: 'JavaScript', nearMisses: false }]);
  });

  it('bans keys with several replacements, none, or a pattern, naming the suggestion', () => {
    expect(lexicon.banned).toEqual([
      { phrase: 'leverage', suggestion: 'use or apply', severity: 'warn' },
      { phrase: 'obviously', severity: 'warn' },
      { pattern: '\\b(?:\\d+ ?pct)\\b', suggestion: 'percent', severity: 'warn' },
    ]);
  });

  it('reports replacements that use capture groups or are patterns', () => {
    expect(report).toEqual([
      'test/fixtures/import/vale/styles/Acme/Terms.yml:10: skipped: swap "within the (.*)?folder": the replacement "in the $1 folder" uses a capture group',
      'test/fixtures/import/vale/styles/Acme/Terms.yml:13: skipped: swap "(?:team|group) members?": the replacement "(?:colleague|teammate)s?" is a regular expression',
    ]);
  });

  it('keeps case-sensitive swaps case-sensitive, and a message that says more as the reason', () => {
    const wordiness = lexiconOf(runIn('vale', join(RULES, 'Wordiness.yml')).stdout);
    expect(wordiness.terms).toContainEqual({
      use: 'to',
      insteadOf: ['in order to'],
      inflect: false,
      caseSensitive: true,
      reason: "Prefer 'to' to 'in order to': shorter copy reads faster.",
      severity: 'error',
    });
  });
});

describe('brandlint import vale: existence rules', () => {
  it('bans each token, expanding small patterns to phrases', () => {
    const { stdout, report } = runIn('vale', join(RULES, 'Hype.yml'));
    expect(report).toEqual([]);
    expect(lexiconOf(stdout).banned).toEqual([
      { phrase: 'revolutionary', reason: "Drop 'revolutionary'.", severity: 'error' },
      { phrase: 'game-changer', reason: "Drop 'game-changer'.", severity: 'error' },
      { phrase: 'game changer', reason: "Drop 'game changer'.", severity: 'error' },
      { phrase: 'world-class', reason: "Drop 'world-class'.", severity: 'error' },
    ]);
  });

  it('keeps nonword tokens as patterns, and says what of the scope and exceptions is lost', () => {
    const { stdout, report } = runIn('vale', join(RULES, 'Shouting.yml'));
    expect(lexiconOf(stdout).banned).toEqual([{ pattern: '!{2,}', reason: 'Too many exclamation marks.', severity: 'warn' }]);
    expect(report).toEqual([
      'test/fixtures/import/vale/styles/Acme/Shouting.yml:5: approximated: `scope: ~code` is not carried over; the entries apply to all text',
      'test/fixtures/import/vale/styles/Acme/Shouting.yml:9: approximated: `exceptions` are not carried over; the imported entries also match there',
    ]);
  });

  it('reports tokens it cannot translate, case-sensitive patterns and patterns that could stall a run', () => {
    const { stdout, report } = runIn('vale', join(RULES, 'Unsupported.yml'));
    expect(lexiconOf(stdout).banned).toEqual([{ phrase: 'simply' }]);
    expect(report).toEqual([
      'test/fixtures/import/vale/styles/Acme/Unsupported.yml:4: skipped: token "(?s)begin.end": pattern "(?s)begin.end": the flags (?s) have no JavaScript equivalent here',
      'test/fixtures/import/vale/styles/Acme/Unsupported.yml:5: skipped: token "[[:upper:]]{5,}": pattern "[A-Z]{5,}" is case-sensitive, and kit patterns match in any case',
      expect.stringMatching(
        /^test\/fixtures\/import\/vale\/styles\/Acme\/Unsupported\.yml:6: skipped: token "\(a\+\)\+b": pattern .* can backtrack catastrophically/,
      ),
    ]);
  });
});

describe('brandlint import vale: other check types and scopes', () => {
  it.each([
    [
      'Headings.yml',
      'test/fixtures/import/vale/styles/Acme/Headings.yml:1: skipped: `extends: capitalization` checks the case of headings; brandlint has no such check',
    ],
    [
      'SentenceLength.yml',
      'test/fixtures/import/vale/styles/Acme/SentenceLength.yml:1: skipped: `extends: occurrence` counts occurrences in a scope; brandlint has tone limits such as tone.sentenceLength instead',
    ],
    [
      'HeadingPunctuation.yml',
      'test/fixtures/import/vale/styles/Acme/HeadingPunctuation.yml:3: skipped: `scope: heading`: the rule applies to part of a document only, and kit entries apply to all text',
    ],
  ])('reports %s, imports nothing from it and exits 2', (file, line) => {
    const { code, report, stderr } = runIn('vale', join(RULES, file));
    expect(code).toBe(2);
    expect(report).toEqual([line]);
    expect(stderr).toContain('brandlint: nothing to import from');
  });
});

describe('brandlint import vale: a whole styles folder', () => {
  const { code, stdout, stderr } = runIn('vale', STYLES);

  it('writes a fragment that loads as a brand kit', () => {
    expect(code).toBe(0);
    const kit = loadFragment(stdout);
    expect(kit.lexicon.terms.map((term) => term.use)).toContain('sign in to');
    expect(kit.lexicon.banned.length).toBeGreaterThan(10);
    expect(kit.lexicon.allow).toContain('Kubernetes');
  });

  it('opens with a header comment and closes stderr with a summary', () => {
    expect(stdout).toMatch(
      /^# Imported with `brandlint import vale test\/fixtures\/import\/vale\/styles`: 1 lexicon\.names, 6 lexicon\.terms, \d+ lexicon\.banned, 4 lexicon\.allow; \d+ not carried over, 2 approximated\.\n/,
    );
    expect(stderr).toMatch(/brandlint: imported 1 lexicon\.names, .*\n$/);
  });
});

describe('reasonFrom', () => {
  it.each([
    ["Use '%s' instead of '%s'.", undefined],
    ['Consider using “%s” rather than “%s”.', undefined],
    ["Don't use '%s'.", undefined],
    ["Prefer '%s': it is shorter.", "Prefer 'email': it is shorter."],
    ['Say what you mean.', 'Say what you mean.'],
    ['', undefined],
  ])('%s → %s', (message, reason) => {
    expect(reasonFrom(message, ['email', 'e-mail'])).toBe(reason);
  });
});

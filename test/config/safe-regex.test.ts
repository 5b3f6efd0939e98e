import { describe, expect, it } from 'vitest';
import { compileUserPattern, patternProblem, USER_PATTERN_FLAGS } from '../../src/config/safe-regex.js';

describe('patternProblem', () => {
  it.each([
    ['\\bbest[- ]in[- ]class\\b'],
    ['guaranteed? (results|success)'],
    ['\\d{1,5} \\w+ (Street|St|Avenue|Ave)'],
    // Quadratic only on adversarial text, as any unanchored search is.
    ['\\d+%\\s*off'],
    ['free.*forever'],
  ])('accepts %s', (source) => {
    expect(patternProblem(source)).toBeUndefined();
  });

  it('refuses exponential backtracking, with an attack string', () => {
    expect(patternProblem('(a+)+$')).toBe(
      'pattern "(a+)+$" can backtrack catastrophically (attack string "aaaaaaaa…\\u0000a"); rewrite it without nested repetition',
    );
  });

  it('refuses polynomial backtracking of degree three and more', () => {
    expect(patternProblem('\\bbest\\b.*\\bin\\b.*\\bclass\\b')).toMatch(
      /^pattern "\\\\bbest\\\\b\.\*\\\\bin\\\\b\.\*\\\\bclass\\\\b" can backtrack catastrophically \(attack string ".+"\); rewrite it so that no two repetitions can match the same text$/,
    );
  });

  it('judges the pattern with the flags rules compile it with', () => {
    // Ambiguous only when case is ignored: (a|A) then matches one letter two ways.
    expect(patternProblem('^(a|A)*$')).toMatch(/backtrack catastrophically/);
  });

  it('refuses invalid patterns, including what only the u flag rejects', () => {
    expect(patternProblem('[a-')).toBe('pattern "[a-" is not a valid regular expression: unterminated character class');
    expect(patternProblem('\\-off')).toBe('pattern "\\\\-off" is not a valid regular expression: invalid escape');
  });
});

describe('compileUserPattern', () => {
  it('compiles with the shared flags plus the rule’s own', () => {
    expect(USER_PATTERN_FLAGS).toBe('iu');
    expect(compileUserPattern('acme', 'g').flags).toBe('giu');
    expect(compileUserPattern('acme').test('ACME')).toBe(true);
  });
});

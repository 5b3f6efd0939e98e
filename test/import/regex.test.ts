import { describe, expect, it } from 'vitest';
import { hasUpperCaseLiteral, literalAlternatives, toJsPattern, withoutWordBoundaries } from '../../src/import/regex.js';

function translated(source: string, dialect: 're2' | 'js' = 're2'): string {
  const result = toJsPattern(source, dialect);
  if (!result.ok) throw new Error(result.problem);
  return result.pattern.source;
}

describe('toJsPattern (RE2 → JavaScript u mode)', () => {
  it.each([
    ['[Oo]bservability', '[Oo]bservability'],
    ['(?P<word>\\w+)', '(?<word>\\w+)'],
    ['\\Afoo\\z', '^foo$'],
    ['[[:alpha:][:digit:]]+', '[A-Za-z0-9]+'],
    ['\\pL\\PN\\p{Greek}', '\\p{L}\\P{N}\\p{Script=Greek}'],
    ['\\x{263A}', '\\u{263A}'],
    ['\\Qa.b*c\\E!', 'a\\.b\\*c!'],
    ["don\\'t \\- now", "don't - now"],
    ['[a\\-z]', '[a\\-z]'],
    ['a{2,3} {x} b}', 'a{2,3} \\{x\\} b\\}'],
    ['(?i:Foo) bar', '(?:Foo) bar'],
    ['\\101', '\\u{41}'],
  ])('%s → %s', (source, expected) => {
    expect(translated(source)).toBe(expected);
  });

  it('escapes \\Q…\\E text so that it stays valid in u mode', () => {
    expect(translated('\\Qa-b{c}\\E')).toBe('a-b\\{c\\}');
    expect(new RegExp(translated('\\Qa-b{c}\\E'), 'u').test('a-b{c}')).toBe(true);
  });

  it('records a leading (?i) as case-insensitive', () => {
    expect(toJsPattern('(?i)click here', 're2')).toEqual({ ok: true, pattern: { source: 'click here', ignoreCase: true } });
    expect(toJsPattern('click (?i)here', 're2')).toEqual({ ok: true, pattern: { source: 'click here', ignoreCase: false } });
  });

  it.each([
    ['(?s)a.b', 'the flags (?s) have no JavaScript equivalent here'],
    ['(?U)a+', 'the flags (?U) have no JavaScript equivalent here'],
    ['[[:^alpha:]]', 'the class [:^alpha:] has no JavaScript equivalent'],
    ['a\\Cb', 'the escape \\C has no JavaScript equivalent'],
    ['(unclosed', 'not valid in JavaScript: Unterminated group'],
  ])('refuses %s', (source, reason) => {
    expect(toJsPattern(source, 're2')).toEqual({ ok: false, problem: `pattern ${JSON.stringify(source)}: ${reason}` });
  });

  it('keeps JavaScript patterns, lookarounds and \\p classes included', () => {
    expect(translated('(?<![\\p{L}\\p{N}_])web site(?![\\p{L}\\p{N}_])', 'js')).toBe('(?<![\\p{L}\\p{N}_])web site(?![\\p{L}\\p{N}_])');
    expect(toJsPattern('(?i)x', 'js').ok).toBe(false);
  });
});

describe('withoutWordBoundaries', () => {
  it.each([
    ['\\bfoo\\b', 'foo'],
    ['(?<![\\p{L}\\p{N}_])drive C:(?![\\p{L}\\p{N}_])', 'drive C:'],
    ['(?<!\\w)foo(?!\\w)', 'foo'],
    ['foo\\b', 'foo'],
    ['(?<!x)foo', '(?<!x)foo'],
  ])('%s → %s', (source, expected) => {
    expect(withoutWordBoundaries(source)).toBe(expected);
  });
});

describe('literalAlternatives', () => {
  it.each([
    ['e-mail', ['e-mail']],
    ['[Oo]bservability', ['Observability', 'observability']],
    ['(?:log|sign) into', ['log into', 'sign into']],
    ['log(?:ged)? in', ['logged in', 'log in']],
    ['game[- ]changer', ['game-changer', 'game changer']],
    ['in\\s+order\\s+to', ['in order to']],
    ['synerg(y|ies)', ['synergy', 'synergies']],
    ['C\\+\\+', ['C++']],
  ])('%s → %j', (source, expected) => {
    expect(literalAlternatives(source)).toEqual(expected);
  });

  it.each(['\\w+ops', 'a.b', '[a-z]at', '[^x]y', 'colou*r', 'a{2}', '^start', '(?=x)y', 'a??'])('%s is not a list of literals', (source) => {
    expect(literalAlternatives(source)).toBeUndefined();
  });

  it('gives up when a pattern spells out more than a couple dozen strings', () => {
    expect(literalAlternatives('[ab][cd][ef][gh][ij]')).toBeUndefined();
  });
});

describe('hasUpperCaseLiteral', () => {
  it.each([
    ['[A-Z]{5,}', true],
    ['Javascript', true],
    ['\\S+ \\p{Lu} \\W', false],
    ['(?<Name>x)', false],
    ['utilise', false],
  ])('%s → %s', (source, expected) => {
    expect(hasUpperCaseLiteral(source)).toBe(expected);
  });
});

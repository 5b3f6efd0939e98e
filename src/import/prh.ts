/**
 * prh dictionaries into a kit fragment.
 *
 * - `expected` with literal patterns, or `/regex/` patterns that spell out
 *   a few literals → `lexicon.terms` (`use: expected`). String patterns
 *   match in exact case in prh, so their terms are case-sensitive.
 * - `expected` alone (prh then matches it in any case) → `lexicon.names`:
 *   the one spelling, case included.
 * - Other regular expressions → `lexicon.banned` patterns suggesting `expected`.
 * - `imports` are followed relative to the importing file, each file once.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { KitFragment } from './kit-fragment.js';
import { readMatcher, type MatcherSpec } from './matchers.js';
import type { ImportReport, Origin } from './report.js';
import { filesUnder, isYamlFile } from './walk.js';
import { YamlFile } from './yaml-file.js';

const REGEX_LITERAL = /^\/(.*)\/([a-z]*)$/s;

interface PrhRule {
  expected?: unknown;
  pattern?: unknown;
  patterns?: unknown;
  prh?: unknown;
  regexpMustEmpty?: unknown;
  options?: { wordBoundary?: unknown };
}

/** Imports the prh dictionary at `path`, or every dictionary in the folder. */
export function importPrh(path: string, fragment: KitFragment, report: ImportReport): void {
  const files = statSync(path).isDirectory() ? filesUnder(path).filter(isYamlFile) : [path];
  const seen = new Set<string>();
  for (const file of files) importDictionary(resolve(file), seen, fragment, report);
}

function importDictionary(file: string, seen: Set<string>, fragment: KitFragment, report: ImportReport): void {
  if (seen.has(file)) return;
  seen.add(file);
  const dictionary = YamlFile.read(file);
  if (typeof dictionary === 'string') return report.skip({ file }, dictionary);
  for (const { value, line } of importsOf(dictionary, report)) {
    const target = resolve(dirname(file), value);
    if (existsSync(target)) importDictionary(target, seen, fragment, report);
    else report.skip({ file, line }, `imports ${JSON.stringify(value)}, which does not exist`);
  }
  dictionary
    .entries('rules')
    .forEach(({ value, line }) => importRule(typeof value === 'string' ? { expected: value } : (value as PrhRule), { file, line }, fragment, report));
}

/** `imports: a.yml`, `imports: [a.yml, { path: b.yml, ignoreRules: [...] }]`. */
function importsOf(dictionary: YamlFile, report: ImportReport): { value: string; line?: number }[] {
  const single = dictionary.get('imports');
  if (typeof single === 'string') return [{ value: single, line: dictionary.line('imports') }];
  return dictionary.entries('imports').flatMap(({ value, line }) => {
    const item = typeof value === 'string' ? { path: value } : (value as { path?: unknown; ignoreRules?: unknown } | null);
    if (typeof item?.path !== 'string') return [];
    if (item.ignoreRules !== undefined)
      report.approximate({ file: dictionary.file, line }, `\`ignoreRules\` of ${JSON.stringify(item.path)} is not applied; every rule of it is imported`);
    return [{ value: item.path, line }];
  });
}

function importRule(rule: PrhRule | null, origin: Origin, fragment: KitFragment, report: ImportReport): void {
  const expected = rule?.expected;
  if (!rule || typeof expected !== 'string' || expected === '') return report.skip(origin, 'a rule without `expected`');
  const label = `rule ${JSON.stringify(expected)}`;
  if (rule.regexpMustEmpty !== undefined) return report.skip(origin, `${label}: \`regexpMustEmpty\` has no kit equivalent`);
  if (/\$(\d|&)/.test(expected)) return report.skip(origin, `${label}: \`expected\` refers to what the pattern captured ($1), which kit terms cannot`);
  const patterns = patternList(rule);
  if (patterns.length === 0) return fragment.addName(expected);
  const reason = typeof rule.prh === 'string' && rule.prh.trim() !== '' ? rule.prh.trim() : undefined;
  const wordBoundary = rule.options?.wordBoundary === true;
  for (const pattern of patterns) {
    const spec = matcherSpec(pattern, wordBoundary);
    if (typeof spec === 'string') {
      report.skip(origin, `${label}: ${spec}`);
      continue;
    }
    const matcher = readMatcher(spec);
    if (matcher.kind === 'problem') report.skip(origin, `${label}: ${matcher.problem}`);
    else if (matcher.kind === 'pattern') fragment.addBanned({ pattern: matcher.pattern, suggestion: expected, reason });
    else for (const wrong of matcher.literals) fragment.addReplacement({ wrong, use: expected, caseSensitive: !matcher.ignoreCase, reason });
  }
}

function patternList(rule: PrhRule): string[] {
  const given = rule.patterns ?? rule.pattern;
  const list = Array.isArray(given) ? given : given === undefined || given === null ? [] : [given];
  return list.map(String);
}

/** How a prh pattern matches: `/body/flags` is a JavaScript regular expression, anything else a literal in exact case. */
function matcherSpec(pattern: string, wordBoundary: boolean): MatcherSpec | string {
  const regex = REGEX_LITERAL.exec(pattern);
  if (!regex) return { text: pattern, dialect: 'literal', ignoreCase: false, wholeWords: true, addWordBoundaries: wordBoundary };
  const [, body = '', flags = ''] = regex;
  if (flags.includes('s')) return `pattern ${pattern}: the s flag has no kit equivalent`;
  return { text: body, dialect: 'js', ignoreCase: flags.includes('i'), wholeWords: true, addWordBoundaries: wordBoundary };
}

/**
 * Vale styles and vocabularies into a kit fragment.
 *
 * - Vocabularies (`config/vocabularies/<Name>/` or `Vocab/<Name>/`):
 *   accept.txt → `lexicon.allow`, reject.txt → `lexicon.banned`.
 * - `extends: substitution` → `lexicon.terms` (a regex key that spells out a
 *   few literals gives one term per literal); other keys, several or empty
 *   replacements → `lexicon.banned` with the suggestion.
 * - `extends: existence` → `lexicon.banned`.
 * - Every other check type is reported, not carried over.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Severity } from '../config/types.js';
import type { Extras, KitFragment } from './kit-fragment.js';
import { addBannedLiterals, CASE_CORRECTION_REASON, readMatcher, type Matcher } from './matchers.js';
import type { ImportReport, Origin } from './report.js';
import { filesUnder, isYamlFile } from './walk.js';
import { YamlFile } from './yaml-file.js';

const VOCABULARY_FILES = new Set(['accept.txt', 'reject.txt']);

const UNSUPPORTED_CHECKS: Record<string, string> = {
  occurrence: 'counts occurrences in a scope; brandlint has tone limits such as tone.sentenceLength instead',
  repetition: 'finds repeated tokens; brandlint has no such check',
  consistency: 'asks for one of two spellings per document; use a lexicon term, or campaign variants',
  capitalization: 'checks the case of headings; brandlint has no such check',
  readability: 'scores readability; set tone.readingGrade instead',
  spelling: 'spell-checks against a dictionary; add house words to lexicon.allow',
  conditional: 'needs one pattern to be defined where another is used (acronyms); brandlint has no such check',
  sequence: 'matches sequences of parts of speech; brandlint has no such check',
  metric: 'computes a formula over document counts; use tone settings instead',
  script: 'runs a script; it cannot be carried over',
};

/** Scopes that cover a document's prose, which is what brandlint's lexicon reads. */
const PROSE_SCOPES = new Set(['text', 'sentence', 'paragraph', 'summary', 'raw', 'list']);

/** Imports every Vale rule and vocabulary file at `path` (a file or a folder). */
export function importVale(path: string, fragment: KitFragment, report: ImportReport): void {
  const files = statSync(path).isDirectory() ? filesUnder(path) : [path];
  for (const file of files) {
    if (VOCABULARY_FILES.has(basename(file))) importVocabulary(file, fragment, report);
    else if (isYamlFile(file)) importRule(file, fragment, report);
    else if (files.length === 1) report.skip({ file }, 'neither a Vale rule (.yml) nor a vocabulary file (accept.txt, reject.txt)');
  }
}

// ---------------------------------------------------------------- vocabularies

function importVocabulary(file: string, fragment: KitFragment, report: ImportReport): void {
  const accepting = basename(file) === 'accept.txt';
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const entry = raw.trim();
      if (entry === '' || entry.startsWith('#')) return;
      const origin = { file, line: index + 1 };
      // Vocabulary entries are case-sensitive regular expressions that match whole words.
      const matcher = readMatcher({ text: entry, dialect: 're2', ignoreCase: false, wholeWords: true, addWordBoundaries: true });
      if (accepting) acceptEntry(entry, matcher, origin, fragment, report);
      else bannedEntry(matcher, false, () => ({}), origin, fragment, report);
    });
}

function acceptEntry(entry: string, matcher: Matcher, origin: Origin, fragment: KitFragment, report: ImportReport): void {
  if (matcher.kind === 'literals') return matcher.literals.forEach((word) => fragment.addAllowed(word));
  const why = matcher.kind === 'problem' ? matcher.problem : 'lexicon.allow holds words, and this pattern matches too many to list';
  report.skip(origin, `accepted ${JSON.stringify(entry)}: ${why}`);
}

// ---------------------------------------------------------------- rules

interface ValeRule {
  rule: YamlFile;
  origin: Origin;
  severity?: Severity;
  message?: string;
  ignoreCase: boolean;
  nonword: boolean;
  fragment: KitFragment;
  report: ImportReport;
}

function importRule(file: string, fragment: KitFragment, report: ImportReport): void {
  const rule = YamlFile.read(file);
  if (typeof rule === 'string') return report.skip({ file }, rule);
  const check = rule.get('extends');
  const origin = { file, line: rule.line('extends') };
  if (typeof check !== 'string') return report.skip({ file }, 'not a Vale rule: it has no `extends`');
  if (check !== 'substitution' && check !== 'existence') {
    return report.skip(origin, `\`extends: ${check}\` ${UNSUPPORTED_CHECKS[check] ?? 'is not a Vale check type brandlint knows'}`);
  }
  if (!inProseScope(rule, report)) return;
  if (rule.get('exceptions') !== undefined)
    report.approximate({ file, line: rule.line('exceptions') }, '`exceptions` are not carried over; the imported entries also match there');
  const context: ValeRule = {
    rule,
    origin,
    severity: severityOf(rule.get('level')),
    message: typeof rule.get('message') === 'string' ? (rule.get('message') as string) : undefined,
    ignoreCase: rule.get('ignorecase') === true,
    nonword: rule.get('nonword') === true,
    fragment,
    report,
  };
  if (check === 'substitution') importSubstitution(context);
  else importExistence(context);
}

/** A rule limited to headings, tables or alt text would apply to all text once imported, so it is left out. */
function inProseScope(rule: YamlFile, report: ImportReport): boolean {
  const scope = rule.get('scope');
  const scopes = (Array.isArray(scope) ? scope : scope === undefined ? [] : [scope]).map(String);
  const origin = { file: rule.file, line: rule.line('scope') };
  const narrow = scopes.filter((name) => !name.startsWith('~') && !PROSE_SCOPES.has(name.replace(/\..*/s, '')));
  if (narrow.length > 0) {
    report.skip(origin, `\`scope: ${narrow.join(', ')}\`: the rule applies to part of a document only, and kit entries apply to all text`);
    return false;
  }
  const excluded = scopes.filter((name) => name.startsWith('~'));
  if (excluded.length > 0) report.approximate(origin, `\`scope: ${excluded.join(', ')}\` is not carried over; the entries apply to all text`);
  return true;
}

function severityOf(level: unknown): Severity | undefined {
  if (level === 'error') return 'error';
  return level === 'warning' || level === 'suggestion' ? 'warn' : undefined;
}

// ---------------------------------------------------------------- substitution

function importSubstitution(context: ValeRule): void {
  const swaps = context.rule.entries('swap');
  if (swaps.length === 0) return context.report.skip(context.origin, 'a substitution rule without `swap` entries');
  for (const { key, value, line } of swaps) swapEntry(context, String(key), value === null ? '' : String(value), { file: context.rule.file, line });
}

function swapEntry(context: ValeRule, wrong: string, right: string, origin: Origin): void {
  const { fragment, report } = context;
  if (/\$\d/.test(right)) return report.skip(origin, `swap ${JSON.stringify(wrong)}: the replacement ${JSON.stringify(right)} uses a capture group`);
  const suggestions = right
    .split('|')
    .map((text) => text.trim())
    .filter(Boolean);
  if (suggestions.some((text) => /[\\()[\]?*+{}^$]/.test(text))) {
    return report.skip(origin, `swap ${JSON.stringify(wrong)}: the replacement ${JSON.stringify(right)} is a regular expression`);
  }
  const matcher = readMatcher({
    text: wrong,
    dialect: 're2',
    ignoreCase: context.ignoreCase,
    wholeWords: !context.nonword,
    addWordBoundaries: !context.nonword,
  });
  const [use, ...others] = suggestions;
  if (matcher.kind === 'literals' && use !== undefined && others.length === 0) {
    for (const literal of matcher.literals) {
      fragment.addReplacement({
        wrong: literal,
        use,
        caseSensitive: !matcher.ignoreCase,
        reason: reasonFrom(context.message, [use, literal]),
        severity: context.severity,
      });
    }
    return;
  }
  // Several suggestions, or none: a banned entry that names them.
  const suggestion = suggestions.join(' or ') || undefined;
  const extras = (text: string): Extras & { suggestion?: string } => ({
    suggestion,
    reason: reasonFrom(context.message, [suggestion ?? '', text]),
    severity: context.severity,
  });
  bannedEntry(matcher, context.ignoreCase, extras, origin, fragment, report, `swap ${JSON.stringify(wrong)}`);
}

// ---------------------------------------------------------------- existence

function importExistence(context: ValeRule): void {
  const { rule, report } = context;
  const tokens = rule.entries('tokens');
  const raw = rule.get('raw');
  if (rule.get('append') === true && raw !== undefined) return report.skip(context.origin, '`append` (tokens followed by `raw`) is not carried over');
  if (tokens.length === 0 && raw === undefined) return report.skip(context.origin, 'an existence rule without `tokens` or `raw`');
  const extras = (text: string): Extras => ({ reason: reasonFrom(context.message, [text]), severity: context.severity });
  for (const { value, line } of tokens) {
    const token = String(value);
    const matcher = readMatcher({
      text: token,
      dialect: 're2',
      ignoreCase: context.ignoreCase,
      wholeWords: !context.nonword,
      addWordBoundaries: !context.nonword,
    });
    bannedEntry(matcher, context.ignoreCase, extras, { file: rule.file, line }, context.fragment, report, `token ${JSON.stringify(token)}`);
  }
  if (Array.isArray(raw)) {
    // `raw` pieces form one expression, matched as written.
    const matcher = readMatcher({ text: raw.join(''), dialect: 're2', ignoreCase: context.ignoreCase, wholeWords: false, addWordBoundaries: false });
    bannedEntry(matcher, context.ignoreCase, extras, { file: rule.file, line: rule.line('raw') }, context.fragment, report, '`raw`');
  }
}

// ---------------------------------------------------------------- shared

/** A matcher carried as banned phrases or a banned pattern, or reported. */
function bannedEntry(
  matcher: Matcher,
  ignoreCase: boolean,
  extras: (text: string) => Extras & { suggestion?: string },
  origin: Origin,
  fragment: KitFragment,
  report: ImportReport,
  label = 'rejected entry',
): void {
  if (matcher.kind === 'problem') return report.skip(origin, `${label}: ${matcher.problem}`);
  if (matcher.kind === 'pattern') return fragment.addBanned({ pattern: matcher.pattern, ...extras(matcher.pattern) });
  const corrections = addBannedLiterals(fragment, matcher.literals, ignoreCase || matcher.ignoreCase, extras);
  for (const literal of corrections) report.skip(origin, `${label}: ${JSON.stringify(literal)} ${CASE_CORRECTION_REASON}`);
}

/** Words a Vale message may hold around its `%s` that say no more than brandlint's own message. */
const TEMPLATE_WORDS = new Set([
  'use',
  'using',
  'instead',
  'of',
  'prefer',
  'over',
  'rather',
  'than',
  'consider',
  'avoid',
  'do',
  "don't",
  'not',
  'remove',
  'the',
  'word',
  'term',
  'phrase',
  'a',
  'an',
  'or',
  'and',
  'in',
  'favor',
  'favour',
  'to',
  'is',
  'it',
]);

/**
 * The reason for a finding, from a Vale message. A message that only says
 * "Use '%s' instead of '%s'" repeats what brandlint says with every finding
 * and is dropped; otherwise `%s` is filled with `values` in order.
 */
export function reasonFrom(message: string | undefined, values: string[]): string | undefined {
  const text = message?.trim();
  if (!text) return undefined;
  if (!text.includes('%s')) return text;
  const words =
    text
      .replace(/%s/g, ' ')
      .replace(/’/g, "'")
      .toLowerCase()
      .match(/\p{L}+(?:'\p{L}+)*/gu) ?? [];
  if (words.every((word) => TEMPLATE_WORDS.has(word))) return undefined;
  let index = 0;
  return text.replace(/%s/g, () => values[index++] ?? '');
}

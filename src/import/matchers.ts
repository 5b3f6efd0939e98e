/**
 * What a source entry matches, decided once for Vale and prh alike: a few
 * literal strings (carried as phrases or terms) or a pattern (carried as a
 * banned pattern), or a reason it cannot be carried at all.
 */
import { patternProblem } from '../config/safe-regex.js';
import type { Extras, KitFragment } from './kit-fragment.js';
import { escapeRegex, hasUpperCaseLiteral, literalAlternatives, toJsPattern, withoutWordBoundaries, withWordBoundaries, type Dialect } from './regex.js';

export interface MatcherSpec {
  text: string;
  /** Whether `text` is a regular expression, and in which syntax. */
  dialect: Dialect | 'literal';
  ignoreCase: boolean;
  /** The source matched whole words only, so literals may become kit phrases (which match whole words). */
  wholeWords: boolean;
  /** Vale puts word boundaries around tokens; prh patterns match where they are written. */
  addWordBoundaries: boolean;
}

export type Matcher =
  { kind: 'literals'; literals: string[]; ignoreCase: boolean } | { kind: 'pattern'; pattern: string } | { kind: 'problem'; problem: string };

export function readMatcher(spec: MatcherSpec): Matcher {
  if (spec.dialect === 'literal') {
    return hasWord(spec.text) && spec.wholeWords
      ? { kind: 'literals', literals: [spec.text.trim()], ignoreCase: spec.ignoreCase }
      : checkedPattern(escapeRegex(spec.text), spec.ignoreCase, spec.addWordBoundaries);
  }
  const translation = toJsPattern(spec.text, spec.dialect);
  if (!translation.ok) return { kind: 'problem', problem: translation.problem };
  const ignoreCase = spec.ignoreCase || translation.pattern.ignoreCase;
  const literals = spec.wholeWords ? literalAlternatives(withoutWordBoundaries(translation.pattern.source)) : undefined;
  if (literals && literals.length > 0 && literals.every(hasWord)) return { kind: 'literals', literals, ignoreCase };
  return checkedPattern(translation.pattern.source, ignoreCase, spec.addWordBoundaries);
}

/** A pattern as the kit will compile it (any case), or why it cannot be one. */
function checkedPattern(source: string, ignoreCase: boolean, addWordBoundaries: boolean): Matcher {
  const pattern = addWordBoundaries ? withWordBoundaries(source) : source;
  if (!ignoreCase && hasUpperCaseLiteral(source)) {
    return { kind: 'problem', problem: `pattern ${JSON.stringify(source)} is case-sensitive, and kit patterns match in any case` };
  }
  const problem = patternProblem(pattern);
  return problem ? { kind: 'problem', problem } : { kind: 'pattern', pattern };
}

/**
 * Adds literals as banned phrases, which match in any case. A case-sensitive
 * literal with capitals whose lower-case form is not banned too (`Javascript`)
 * corrects a spelling rather than bans a word: banning it in any case would
 * ban the right spelling as well. Those are returned, not added.
 */
export function addBannedLiterals(
  fragment: KitFragment,
  literals: string[],
  ignoreCase: boolean,
  extrasFor: (literal: string) => Extras & { suggestion?: string },
): string[] {
  const lowered = new Set(literals.filter((literal) => literal === literal.toLowerCase()));
  const caseCorrections: string[] = [];
  for (const literal of literals) {
    if (!ignoreCase && !lowered.has(literal.toLowerCase())) caseCorrections.push(literal);
    else fragment.addBanned({ phrase: ignoreCase ? literal : literal.toLowerCase(), ...extrasFor(literal) });
  }
  return caseCorrections;
}

export const CASE_CORRECTION_REASON =
  'is case-sensitive and has capitals: kit phrases match in any case, so banning it would ban the right spelling too; add that spelling to lexicon.names';

/** Kit phrases are made of words; "!!!" can only be a pattern. */
function hasWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

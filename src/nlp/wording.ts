/**
 * Small helpers for plain-English messages.
 */

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"` — at most `limit` alternatives. */
export function listOfAlternatives(words: readonly string[], limit = 3): string {
  const quoted = words.slice(0, limit).map((word) => `"${word}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/**
 * Whether the text range [start, end) is glued into a larger identifier
 * by one of the `glue` characters with a letter or digit on its far side:
 * "grpc-gateway", "nodejs/node", "node-gyp". Such a word names a package,
 * a repository or a tool, not the brand or an insult.
 */
export function isGluedIntoIdentifier(text: string, start: number, end: number, glue: RegExp): boolean {
  const wordCharacter = /[\p{L}\p{N}]/u;
  const gluedBefore = start >= 2 && glue.test(text.charAt(start - 1)) && wordCharacter.test(text.charAt(start - 2));
  const gluedAfter = end + 1 < text.length && glue.test(text.charAt(end)) && wordCharacter.test(text.charAt(end + 1));
  return gluedBefore || gluedAfter;
}

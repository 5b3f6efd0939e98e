/**
 * Content hashes: the cache keys files by what they contain (never by
 * modification time), and --fix compares them to notice a file edited
 * while brandlint was running.
 */
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

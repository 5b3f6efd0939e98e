/**
 * Option values the command line accepts, and the parsers commander runs on
 * them as it reads the command line (before any command module is loaded):
 * a bad value is a usage error.
 */
import type { Shard } from '../engine/shard.js';
import type { Threads } from '../engine/worker-client.js';
import { UsageError } from '../engine/usage-error.js';

/** What `brandlint import` reads: a Vale style or vocabulary, or a prh dictionary. */
export const IMPORT_KINDS = ['vale', 'prh'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new UsageError(`--max-warnings takes a whole number of 0 or more, got "${value}".`);
  return count;
}

/** What `brandlint history` prints. */
export const HISTORY_FORMATS = ['stylish', 'json', 'html'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

export function parseMaxCommits(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--max-commits takes a whole number of 1 or more, got "${value}".`);
  return count;
}

export function parseThreads(value: string): Threads {
  if (value === 'auto' || value === 'off') return value;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--threads takes a whole number of 1 or more, auto or off, got "${value}".`);
  return count;
}

/** `--shard K/N`; `index` counts from 1, as on the command line (`--shard 1/4` … `4/4`). */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) throw new UsageError(`--shard takes K/N, the part to run and the number of parts, e.g. "2/4"; got "${value}".`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) throw new UsageError(`--shard ${value}: the number of parts must be 1 or more.`);
  if (index < 1 || index > total) throw new UsageError(`--shard ${value}: the part must be between 1 and ${total}.`);
  return { index, total };
}

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

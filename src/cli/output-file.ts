/**
 * Writing a report or kit fragment where `-o` says. Missing folders are
 * created (as ESLint does), and a path that cannot be written is a usage
 * error naming the path and the reason, not an internal error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';

export function writeOutputFile(io: Io, path: string, text: string): void {
  const target = resolve(io.cwd, path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UsageError(`cannot write ${path}: ${REASONS[code ?? ''] ?? message}.`);
  }
}

const REASONS: Readonly<Record<string, string>> = {
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file',
  EEXIST: 'a part of the path is a file',
  EROFS: 'the file system is read-only',
};

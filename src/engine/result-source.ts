/**
 * The text a result's findings point into. A run keeps a file's text only
 * when the file cannot give it again (see FileResult.source); otherwise it
 * is read again here, one file at a time, when a reporter prints code frames
 * or --fix rewrites the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeSource } from '../documents/decode.js';
import { contentHash } from './hash.js';
import type { FileResult } from './run.js';

/** The text the run read, or '' when the file is gone or no longer holds the bytes that were linted (findings then print without frames). */
export function resultSource(result: FileResult, cwd: string): string {
  if (result.source !== undefined) return result.source;
  if (result.contentHash === undefined) return '';
  try {
    const bytes = readFileSync(resolve(cwd, result.path));
    return contentHash(bytes) === result.contentHash ? decodeSource(bytes).text : '';
  } catch {
    return '';
  }
}

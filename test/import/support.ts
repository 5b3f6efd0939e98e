/**
 * Running an import in-process and reading back what it wrote.
 */
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runImport, type ImportOptions } from '../../src/cli/import.js';
import type { ImportKind } from '../../src/cli/options.js';
import type { Io } from '../../src/cli/io.js';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'import');

export interface ImportRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The report lines on stderr, without the closing summary. */
  report: string[];
}

export function bufferIo(cwd = ROOT): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: async () => '',
    cwd,
    env: {},
    stdoutIsTty: false,
    stderrIsTty: false,
    stdinIsTty: false,
  };
}

export function runIn(kind: ImportKind, path: string, options: ImportOptions = {}, cwd = ROOT): ImportRun {
  const io = bufferIo(cwd);
  const code = runImport(kind, path, options, io);
  const stderr = io.err.join('');
  const report = stderr.split('\n').filter((line) => line !== '' && !line.startsWith('brandlint: '));
  return { code, stdout: io.out.join(''), stderr, report };
}

/** The lexicon section of an imported fragment, as plain data. */
export function lexiconOf(yaml: string): Record<string, unknown[]> {
  return (parse(yaml) as { lexicon: Record<string, unknown[]> }).lexicon;
}

export function temporaryFolder(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'brandlint-import-')));
}

/** Loads a fragment as a kit file, the way a user's kit would be: throws KitError if it is not valid. */
export function loadFragment(yaml: string): BrandKit {
  const file = join(temporaryFolder(), '.brandlintrc.yaml');
  writeFileSync(file, yaml);
  return loadKit(file);
}

/**
 * `brandlint import vale|prh PATH`: carries another linter's vocabulary into
 * a brand kit. The kit fragment goes to standard output (or --output, or
 * into an existing kit with --merge-into); what could not be carried over
 * goes to standard error, one line per entry with its file and line.
 *
 * Exit codes: 0 something was imported; 2 PATH is missing or holds nothing
 * importable.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { KitFragment } from '../import/kit-fragment.js';
import { mergeIntoKit, MergeError } from '../import/merge-into.js';
import { importPrh } from '../import/prh.js';
import { ImportReport } from '../import/report.js';
import { importVale } from '../import/vale.js';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';
import { writeOutputFile } from './output-file.js';
import type { ImportKind } from './options.js';

export interface ImportOptions {
  /** Write the fragment to this file instead of standard output. */
  output?: string;
  /** Add the entries to this existing kit file. */
  mergeInto?: string;
}

const IMPORTERS: Record<ImportKind, (path: string, fragment: KitFragment, report: ImportReport) => void> = {
  vale: importVale,
  prh: importPrh,
};

export function runImport(kind: ImportKind, path: string, options: ImportOptions, io: Io): number {
  if (options.output && options.mergeInto) throw new UsageError('--output and --merge-into cannot be used together.');
  const source = resolve(io.cwd, path);
  if (!existsSync(source)) throw new UsageError(`${path} does not exist.`);
  const fragment = new KitFragment();
  const report = new ImportReport();
  IMPORTERS[kind](source, fragment, report);
  io.stderr(report.format(io.cwd));
  if (fragment.size === 0) {
    io.stderr(
      `brandlint: nothing to import from ${path}: no ${kind === 'vale' ? 'vocabulary, substitution or existence rule' : 'prh rule'} could be carried over.\n`,
    );
    return 2;
  }
  const summary = summaryOf(fragment, report);
  if (options.mergeInto) return mergeInto(resolve(io.cwd, options.mergeInto), fragment, summary, io);
  const yaml = fragment.toYaml(header(kind, relative(io.cwd, source) || '.', summary));
  if (options.output) writeOutputFile(io, options.output, yaml);
  else io.stdout(yaml);
  io.stderr(`brandlint: imported ${summary}.\n`);
  return 0;
}

function mergeInto(kitFile: string, fragment: KitFragment, summary: string, io: Io): number {
  if (!existsSync(kitFile)) throw new UsageError(`${relative(io.cwd, kitFile)} does not exist; write a new kit with --output instead.`);
  try {
    const added = mergeIntoKit(kitFile, fragment);
    io.stderr(`brandlint: imported ${summary}; ${added} new entries added to ${relative(io.cwd, kitFile)}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
}

function summaryOf(fragment: KitFragment, report: ImportReport): string {
  const counts = Object.entries(fragment.lexicon()).map(([section, entries]) => `${entries.length} lexicon.${section}`);
  const skipped = report.count('skipped');
  const approximated = report.count('approximated');
  return `${counts.join(', ')}; ${skipped} not carried over, ${approximated} approximated`;
}

function header(kind: ImportKind, path: string, summary: string): string[] {
  return [
    `Imported with \`brandlint import ${kind} ${path}\`: ${summary}.`,
    'What was not carried over, or only roughly, was listed on standard error when the import ran.',
    'Imported terms list every form they match (inflect: false); drop that key to let brandlint derive -s, -ed and -ing forms.',
    'Paste the lexicon entries into your .brandlintrc.yaml, or add this file to its `extends`.',
  ];
}

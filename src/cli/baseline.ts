/**
 * --baseline FILE and --baseline-write FILE for the lint command: reading
 * the baseline, writing today's findings to it, and saying on standard
 * error what it held back and what it holds that is gone.
 */
import { Baseline, BaselineError } from '../engine/baseline.js';
import type { LintRun } from '../engine/run.js';
import { plural } from '../reporters/stylish.js';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';
import { writeOutputFile } from './output-file.js';

export function readBaseline(io: Io, file: string): Baseline {
  try {
    return Baseline.read(io.cwd, file);
  } catch (error) {
    if (error instanceof BaselineError) throw new UsageError(error.message);
    throw error;
  }
}

/** Records every finding of `run` in `file`; the report then shows only what is new (nothing, this time). */
export function writeBaseline(run: LintRun, io: Io, file: string): Baseline {
  const baseline = Baseline.record(run, io.cwd, file);
  writeOutputFile(io, file, baseline.toJson());
  io.stderr(`brandlint: recorded ${plural(baseline.size, 'finding')} in ${file}; with --baseline ${file}, only new findings are reported.\n`);
  return baseline;
}

export function noteBaseline(run: LintRun, io: Io, baseline: Baseline, file: string): void {
  const { suppressed, stale } = baseline.filter(run, io.cwd);
  if (suppressed > 0) io.stderr(`brandlint: ${plural(suppressed, 'finding')} in the baseline ${file} not reported.\n`);
  if (stale > 0) io.stderr(`brandlint: ${plural(stale, 'finding')} in the baseline ${file} no longer found; --baseline-write ${file} drops them.\n`);
}

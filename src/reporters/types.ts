import type { LintRun } from '../engine/run.js';

export interface ReportOptions {
  cwd: string;
  color: boolean;
  /** Only errors (--quiet): warnings were already removed from the run. */
  quiet: boolean;
  version: string;
}

/** A reporter turns a finished run into text; it never computes findings. */
export type Reporter = (run: LintRun, options: ReportOptions) => string;

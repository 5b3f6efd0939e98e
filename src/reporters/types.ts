import type { LintRun } from '../engine/run.js';

export interface ReportOptions {
  cwd: string;
  color: boolean;
  /** Only errors (--quiet): warnings were already removed from the run. */
  quiet: boolean;
  version: string;
  /** False with --no-code-frame: findings without the source around them. */
  codeFrame?: boolean;
  /** The terminal's width, when the report goes to one: code frames fit it. */
  columns?: number;
}

/** A reporter turns a finished run into text; it never computes findings. */
export type Reporter = (run: LintRun, options: ReportOptions) => string;

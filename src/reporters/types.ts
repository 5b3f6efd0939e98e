import type { LintRun } from '../engine/run.js';
import type { HistoryReport } from '../history/types.js';

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
  /** What the HTML report's cover says about it. */
  cover?: ReportCover;
  /** --history: the programme over time, which the HTML report shows as a trend. */
  history?: HistoryReport;
}

/** A client report's cover: its title, whose copy, who prepared it, when, with which kit. */
export interface ReportCover {
  title?: string;
  brand?: string;
  agency?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** The kit's version, or its fingerprint. */
  kit?: string;
}

/** A reporter turns a finished run into text; it never computes findings. */
export type Reporter = (run: LintRun, options: ReportOptions) => string;

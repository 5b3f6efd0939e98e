/**
 * What an import could not carry over, or carried over only roughly, with
 * where it was written, so a team can finish the move by hand.
 */
import { relative } from 'node:path';

/** Where an entry was written: a file, and the line when known. */
export interface Origin {
  file: string;
  line?: number;
}

export type ReportKind = 'skipped' | 'approximated';

export interface ReportItem extends Origin {
  kind: ReportKind;
  reason: string;
}

export class ImportReport {
  readonly items: ReportItem[] = [];

  /** Not carried over at all. */
  skip(origin: Origin, reason: string): void {
    this.items.push({ ...origin, kind: 'skipped', reason });
  }

  /** Carried over, but brandlint will match a little differently. */
  approximate(origin: Origin, reason: string): void {
    this.items.push({ ...origin, kind: 'approximated', reason });
  }

  count(kind: ReportKind): number {
    return this.items.filter((item) => item.kind === kind).length;
  }

  /** One line per item: `styles/Acme/Terms.yml:12: skipped: …`, paths relative to `cwd`. */
  format(cwd: string): string {
    return this.items.map((item) => `${where(item, cwd)}: ${item.kind}: ${item.reason}\n`).join('');
  }
}

function where(origin: Origin, cwd: string): string {
  const file = relative(cwd, origin.file) || origin.file;
  return origin.line === undefined ? file : `${file}:${origin.line}`;
}

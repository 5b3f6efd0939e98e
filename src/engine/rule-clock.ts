/**
 * Time per rule for --timing, with the work rules share on rows of its own
 * ("shared: lexicon scan"): a document's lexicon scan, sentence analysis or
 * facts are computed for the first rule that asks and read by the others,
 * so charging them to that first rule would single it out unfairly.
 */
export const SHARED_ROW = 'shared: ';

export class RuleClock {
  /** Shared work done while the current rule ran, taken off its time. */
  private sharedDuringRule = 0;

  constructor(private readonly timing: Record<string, number>) {}

  /** Runs one rule, charging it the time it took less the shared work it set off. */
  rule(id: string, run: () => void): void {
    this.sharedDuringRule = 0;
    const started = performance.now();
    try {
      run();
    } finally {
      this.add(id, performance.now() - started - this.sharedDuringRule);
    }
  }

  /** Reads shared work (computed on first read), timed on the row `shared: <name>`. */
  shared<T>(name: string, read: () => T): T {
    const started = performance.now();
    try {
      return read();
    } finally {
      const spent = performance.now() - started;
      this.sharedDuringRule += spent;
      this.add(SHARED_ROW + name, spent);
    }
  }

  private add(row: string, ms: number): void {
    this.timing[row] = (this.timing[row] ?? 0) + ms;
  }
}

/**
 * Ranges of a text (half-open, `start` to `end`) and the questions rules
 * and readers ask of many of them — which overlaps this one, which holds
 * this offset — answered without a pass over all of them, so that the cost
 * of a long text stays linear in its length however many ranges it holds.
 */

interface Range {
  start: number;
  end: number;
}

/**
 * Which of a set of ranges covers each character of a text. Asking what
 * overlaps a range costs the length of that range, never the number of
 * ranges already placed, so resolving the matches of a long text stays
 * linear in its length however many matches it holds.
 */
export class Coverage<T extends { start: number; end: number }> {
  /** 1 + the index in `items` of the range covering each character; 0 where none does. */
  private readonly owners: Int32Array;
  private readonly items: T[] = [];

  constructor(length: number) {
    this.owners = new Int32Array(length);
  }

  /** Places `item` over its characters (a later item takes over the characters it shares with an earlier one). */
  add(item: T): void {
    this.items.push(item);
    this.owners.fill(this.items.length, item.start, item.end);
  }

  isFree(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.owners[index] !== 0) return false;
    return true;
  }

  /** The items covering some character of [start, end), each once, in text order. */
  overlapping(start: number, end: number): T[] {
    const found: T[] = [];
    let previous = 0;
    for (let index = start; index < end; index++) {
      const owner = this.owners[index] ?? 0;
      const item = this.items[owner - 1];
      if (item && owner !== previous && !found.includes(item)) found.push(item);
      previous = owner;
    }
    return found;
  }
}

/**
 * The items that overlap no item taken before them, taken in the order
 * given (the caller's order of preference: longest first …), returned in
 * text order. `length` is the length of the text the ranges lie in.
 */
export function firstNonOverlapping<T extends { start: number; end: number }>(preferred: readonly T[], length: number): T[] {
  const coverage = new Coverage<T>(length);
  const chosen: T[] = [];
  for (const item of preferred) {
    if (!coverage.isFree(item.start, item.end)) continue;
    chosen.push(item);
    coverage.add(item);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Index of the first of `ranges` (in text order, none overlapping another) that ends after `offset`; `to` when none does. */
export function firstEndingAfter(ranges: ArrayLike<Range>, offset: number, from = 0, to = ranges.length): number {
  return firstNotBefore(ranges, (range) => range.end <= offset, from, to);
}

/** Index of the first of `items` that `isBefore` does not hold for, where it holds for a leading run of them; `to` when it holds for all. */
export function firstNotBefore<T>(items: ArrayLike<T>, isBefore: (item: T) => boolean, from = 0, to = items.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    // from ≤ low ≤ middle < high ≤ to, inside the items.
    if (isBefore(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first of `ranges` (in text order, none overlapping another) that overlaps [start, end), if any. */
export function overlappingRange<T extends Range>(ranges: readonly T[], start: number, end: number): T | undefined {
  const candidate = ranges[firstEndingAfter(ranges, start)];
  return candidate !== undefined && candidate.start < end ? candidate : undefined;
}

/** Index of the last of `items` (in order of their start) that starts at or before `offset`; 0 when none does. */
export function lastStartingAtOrBefore<T>(items: ArrayLike<T>, offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    // 0 ≤ low < middle ≤ high = items.length - 1 at most.
    if (startOf(items[middle]!) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

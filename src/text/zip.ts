/**
 * Pairs the items of two lists made one for one (a result per input), in
 * order. Lists of different lengths are a bug in whoever made them, so they
 * throw instead of pairing an item with nothing.
 */
export function zip<A, B>(first: readonly A[], second: readonly B[]): [A, B][] {
  if (first.length !== second.length) throw new RangeError(`cannot pair ${first.length} items with ${second.length}`);
  return first.map((item, index) => [item, second[index] as B]);
}

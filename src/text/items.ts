/**
 * Reading lists at indexes the caller knows to be there — an index one
 * structure keeps into another (a word's unit, a finding's segment), the
 * ends of a list that is never empty (a phrase's words). One that is not
 * there is a bug, so these throw instead of going on with undefined.
 */

/** The item at `index` of `items`. */
export function itemAt<T>(items: readonly T[], index: number): T {
  if (index < 0 || index >= items.length) throw new RangeError(`index ${index} is outside the list (0–${items.length - 1})`);
  return items[index] as T;
}

/** The first and the last item of a list that is never empty. */
export function ends<T>(items: readonly T[]): { first: T; last: T } {
  return { first: itemAt(items, 0), last: itemAt(items, items.length - 1) };
}

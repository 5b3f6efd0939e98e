/**
 * Items grouped by a key, in their order: one pass, so a rule that needs
 * "the words of each turn" or "the facts of each post" reads each group
 * instead of filtering every item once per group.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Kit-derived data (compiled matchers, regular expressions) built once per
 * loaded kit and shared by every document linted with it.
 */
import type { BrandKit } from '../config/types.js';

export function perKit<T>(build: (kit: BrandKit) => T): (kit: BrandKit) => T {
  const cache = new WeakMap<BrandKit, T>();
  return (kit) => {
    let value = cache.get(kit);
    if (value === undefined) {
      value = build(kit);
      cache.set(kit, value);
    }
    return value;
  };
}

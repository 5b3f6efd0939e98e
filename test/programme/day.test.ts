import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/facts/dates.js';

describe('dayOf: the day a scheduling value names', () => {
  it.each([
    ['2026-05-04', undefined, '2026-05-04'],
    ['2026-05-04T23:30:00-07:00', undefined, '2026-05-04'],
    ['2026-05-04 09:00', undefined, '2026-05-04'],
    ['May 4, 2026', undefined, '2026-05-04'],
    ['5/4/2026 9:00', undefined, '2026-05-04'],
    ['Mon, 04 May 2026 09:00:00 -0400', undefined, '2026-05-04'],
    ['May 4', 2026, '2026-05-04'],
    ['May 4', undefined, undefined],
    ['tomorrow', 2026, undefined],
    ['2026-02-30', undefined, undefined],
    ['', undefined, undefined],
  ])('%s (year %s) → %s', (value, year, expected) => {
    expect(dayOf(value, year)).toBe(expected);
  });

  it('reads dates that front matter parsers return as Date objects', () => {
    expect(dayOf(new Date(Date.UTC(2026, 4, 4)))).toBe('2026-05-04');
    expect(dayOf(42)).toBeUndefined();
  });
});

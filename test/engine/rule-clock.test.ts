import { afterEach, describe, expect, it, vi } from 'vitest';
import { RuleClock } from '../../src/engine/rule-clock.js';

/** performance.now() returning these instants, one per call. */
function instants(...values: number[]): void {
  const spy = vi.spyOn(performance, 'now');
  for (const value of values) spy.mockReturnValueOnce(value);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('RuleClock', () => {
  it('charges shared work to a row of its own, not to the rule that set it off', () => {
    const timing: Record<string, number> = {};
    const clock = new RuleClock(timing);
    // rule a: 0 → 10, reading the scan 2 → 8; rule b: 20 → 23, reading it again 21 → 22
    instants(0, 2, 8, 10, 20, 21, 22, 23);
    clock.rule('lexicon/names', () => clock.shared('lexicon scan', () => 'hits'));
    clock.rule('lexicon/terms', () => clock.shared('lexicon scan', () => 'hits'));
    expect(timing).toEqual({ 'lexicon/names': 4, 'lexicon/terms': 2, 'shared: lexicon scan': 7 });
  });

  it('times a rule that throws, and lets the error through', () => {
    const timing: Record<string, number> = {};
    instants(0, 5);
    expect(() =>
      new RuleClock(timing).rule('tone/passive', () => {
        throw new Error('broken');
      }),
    ).toThrow('broken');
    expect(timing).toEqual({ 'tone/passive': 5 });
  });
});

/**
 * The labelled accuracy set (accuracy/): every finding brandlint raises on it
 * carries a label, so the figures `npm run accuracy` prints are complete, and
 * each set meets its targets. Counts only: nothing here is timed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSet, type SetResult } from '../../src/accuracy/evaluate.js';
import { findSets, loadSet } from '../../src/accuracy/labels.js';
import { formatUnlabelled } from '../../src/accuracy/report.js';

const ROOT = join(import.meta.dirname, '..', '..', 'accuracy');
const directories = findSets(ROOT);

describe('accuracy set', () => {
  it('has a real-content set and campaign sets', () => {
    const names = directories.map((directory) => directory.slice(ROOT.length + 1).split(/[\\/]/)[0]);
    expect(names).toContain('real');
  });

  for (const directory of directories) {
    describe(directory.slice(ROOT.length + 1), () => {
      let result: SetResult;
      const evaluated = async (): Promise<SetResult> => (result ??= await evaluateSet(loadSet(directory)));

      it('labels every finding', async () => {
        const { outcomes } = await evaluated();
        expect(formatUnlabelled(outcomes)).toBe('');
      }, 120_000);
    });
  }
});

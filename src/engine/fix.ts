/**
 * Applying fixes to a source text: sorted, non-overlapping, last first so
 * earlier offsets stay valid. A fix that overlaps one already taken is left
 * for the next pass (ESLint's rule), which `--fix` runs until nothing changes.
 */
import type { Fix } from './types.js';

export function applyFixes(source: string, fixes: readonly Fix[]): { output: string; applied: Fix[]; skipped: Fix[] } {
  const ordered = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let lastEnd = -1;
  for (const fix of ordered) {
    if (fix.start < lastEnd || (fix.start === lastEnd && fix.start === fix.end && applied.at(-1)?.start === fix.start)) {
      skipped.push(fix);
      continue;
    }
    applied.push(fix);
    lastEnd = fix.end;
  }
  let output = source;
  for (const fix of [...applied].reverse()) output = output.slice(0, fix.start) + fix.text + output.slice(fix.end);
  return { output, applied, skipped };
}

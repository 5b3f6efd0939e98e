/**
 * What every format promises: registered for --format, deterministic (the
 * same run gives the same bytes), and free of colour even when colour is on.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadReporter } from '../../src/reporters/index.js';
import { REPORT_OPTIONS, sampleCampaignRun, trickyRun } from './sample-runs.js';

const MACHINE_FORMATS = ['compact', 'unix', 'json', 'sarif', 'junit', 'github', 'markdown'];

describe('report formats', () => {
  it('are all offered by --format', () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['stylish', ...MACHINE_FORMATS]));
  });

  it.each(MACHINE_FORMATS)('%s is deterministic and never coloured', async (format) => {
    const reporter = await loadReporter(format);
    const run = await sampleCampaignRun();
    const coloured = { ...REPORT_OPTIONS, color: true };
    const first = reporter(run, coloured);
    expect(reporter(structuredClone(run), coloured)).toBe(first);
    expect(reporter(trickyRun(), coloured)).toBe(reporter(trickyRun(), coloured));
    expect(first).not.toMatch(/\x1b\[/);
  });
});

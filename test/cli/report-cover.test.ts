import { describe, expect, it } from 'vitest';
import { defaultKit } from '../../src/config/defaults.js';
import { reportCover } from '../../src/cli/report-cover.js';
import { UsageError } from '../../src/engine/usage-error.js';

describe('report cover', () => {
  const kit = defaultKit();
  const noon = new Date('2026-05-02T12:00:00Z');

  it("takes the kit's report section, with --report-title over its title", () => {
    const withReport = { ...kit, report: { title: 'Spring review', brand: 'Acme', agency: 'Northwind', kitVersion: '2026.2' } };
    expect(reportCover(withReport, {}, {}, noon)).toEqual({ title: 'Spring review', brand: 'Acme', agency: 'Northwind', date: '2026-05-02', kit: '2026.2' });
    expect(reportCover(withReport, { reportTitle: 'For the client' }, {}, noon).title).toBe('For the client');
  });

  it('dates the report by --report-date, else SOURCE_DATE_EPOCH, else today', () => {
    expect(reportCover(kit, { reportDate: '2026-04-30' }, { SOURCE_DATE_EPOCH: '0' }, noon).date).toBe('2026-04-30');
    expect(reportCover(kit, {}, { SOURCE_DATE_EPOCH: '1767225600' }, noon).date).toBe('2026-01-01');
    expect(reportCover(kit, {}, {}, noon).date).toMatch(/^2026-05-0[123]$/);
    for (const bad of ['2026-02-30', '02/05/2026', '2026-5-2'])
      expect(() => reportCover(kit, { reportDate: bad }, {}, noon)).toThrow(new UsageError(`--report-date takes a date as YYYY-MM-DD, got "${bad}".`));
  });

  it('names a kit without a version by its file and a fingerprint of its settings, the same wherever it lies', () => {
    const here = { ...kit, sources: ['/a/.brandlintrc.yaml'], root: '/a' };
    const there = { ...kit, sources: ['/b/c/.brandlintrc.yaml'], root: '/b/c' };
    const cover = reportCover(here, {}, {}, noon);
    expect(cover.kit).toMatch(/^\.brandlintrc\.yaml [0-9a-f]{8}$/);
    expect(reportCover(there, {}, {}, noon).kit).toBe(cover.kit);
    const changed = { ...here, rules: { ...here.rules, 'tone/hedges': { severity: 'off' as const, options: {} } } };
    expect(reportCover(changed, {}, {}, noon).kit).not.toBe(cover.kit);
    expect(cover).not.toHaveProperty('title');
    expect(cover).not.toHaveProperty('brand');
  });
});

import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/reporters/sarif.js';
import { DOCS_BASE_URL } from '../../src/reporters/rule-info.js';
import type { LintRun } from '../../src/engine/run.js';
import { REPORT_OPTIONS, sampleCampaignRun, trickyRun } from './sample-runs.js';
import { sarifSchemaErrors } from './sarif-schema.js';
import { itemAt } from '../../src/text/items.js';

function sarifOf(run: LintRun) {
  return JSON.parse(sarif(run, REPORT_OPTIONS));
}

describe('sarif', () => {
  it('is valid against the official SARIF 2.1.0 schema, on a real run and on hostile content', async () => {
    expect(sarifSchemaErrors(sarifOf(await sampleCampaignRun()))).toEqual([]);
    expect(sarifSchemaErrors(sarifOf(trickyRun()))).toEqual([]);
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
  });

  it('describes every rule with findings, linked to its documentation page', async () => {
    const run = await sampleCampaignRun();
    const { driver } = sarifOf(run).runs[0].tool;
    const ids = [...new Set(run.results.flatMap((result) => result.findings.map((finding) => finding.ruleId)))].sort();
    expect(driver).toMatchObject({ name: 'brandlint', version: '0.1.0', informationUri: 'https://github.com/brandlint/brandlint' });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(ids);
    expect(driver.rules.find((rule: { id: string }) => rule.id === 'lexicon/names')).toMatchObject({
      shortDescription: { text: expect.any(String) },
      fullDescription: { text: expect.any(String) },
      helpUri: `${DOCS_BASE_URL}docs/rules/lexicon/names.md`,
      defaultConfiguration: { level: 'error' },
    });
  });

  it('gives each result its rule, level, message, relative location and region', () => {
    const [run] = sarifOf(trickyRun()).runs;
    const [names, emoji, unreadable] = run.results;
    expect(run.tool.driver.rules[names.ruleIndex].id).toBe('lexicon/names');
    expect(run.tool.driver.rules[emoji.ruleIndex].id).toBe('tone/emoji');
    expect(names).toMatchObject({
      ruleId: 'lexicon/names',
      level: 'error',
      message: { text: 'Write the name as "Acme Cloud", not "AcmeCloud".' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'copy/page.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 14 },
          },
        },
      ],
    });
    expect(emoji.level).toBe('warning');
    expect(unreadable.locations[0].physicalLocation.artifactLocation.uri).toBe('copy/odd%2C%20name%3A%2050%25.md');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('carries the fix as a replacement of a character range', () => {
    const [names, emoji] = sarifOf(trickyRun()).runs[0].results;
    expect(names.fixes).toEqual([
      {
        description: { text: 'Replace with "Acme Cloud"' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'copy/page.md', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: 4, charLength: 9 }, insertedContent: { text: 'Acme Cloud' } }],
          },
        ],
      },
    ]);
    expect(emoji.fixes).toBeUndefined();
  });

  it('fingerprints findings by rule, file, text and occurrence, not by line', () => {
    const run = trickyRun();
    const result = itemAt(run.results, 0);
    const first = itemAt(result.findings, 0);
    const twice: LintRun = { ...run, results: [{ ...result, findings: [first, { ...first, line: 9, start: 90, end: 99 }] }] };
    const moved: LintRun = { ...run, results: [{ ...result, findings: [{ ...first, line: 5, start: 50, end: 59 }] }] };
    const fingerprintsOf = (changed: LintRun) =>
      sarifOf(changed).runs[0].results.map((result: { partialFingerprints: Record<string, string> }) => result.partialFingerprints['brandlint/v1']);
    const [once, again] = fingerprintsOf(twice);
    expect(once).toMatch(/^[0-9a-f]{64}$/);
    expect(again).not.toBe(once);
    expect(fingerprintsOf(moved)).toEqual([once]);
  });

  it('carries the campaigns in the run properties', async () => {
    const run = await sampleCampaignRun();
    const { properties } = sarifOf(run).runs[0];
    expect(properties.campaigns.map((campaign: { id: string; score: number }) => [campaign.id, campaign.score])).toEqual(
      run.campaigns.map((campaign) => [campaign.id, campaign.score]),
    );
  });

  it('gives a file outside the working folder an absolute file URI', () => {
    const run = trickyRun();
    const result = itemAt(run.results, 0);
    const outside: LintRun = {
      ...run,
      results: [{ ...result, findings: result.findings.map((finding) => ({ ...finding, path: '/elsewhere/page one.md' })) }],
    };
    expect(sarifOf(outside).runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/page%20one.md' });
  });
});

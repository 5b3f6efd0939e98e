import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadKit } from '../../src/config/load.js';
import { lintProgramme } from '../../src/engine/programme-step.js';
import { RULE_ERROR } from '../../src/engine/rule-failures.js';
import { lintFiles } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import conflictingOffers from '../../rules/programme/conflicting-offers.js';
import { profileFolder, writeCampaignExample } from '../helpers/programme-tester.js';

const failing: Rule = {
  meta: { ...conflictingOffers.meta, id: 'programme/failing' },
  checkProgramme(context) {
    const place = context.campaigns[0]?.deliverables[0]?.at;
    if (place) context.report(place, { message: 'never kept' });
    throw new TypeError('no offers here');
  },
};

describe('programme step', () => {
  it('gives a rule that fails one fatal finding in the first deliverable, drops its reports, and runs the other rules', async () => {
    const { docs } = conflictingOffers.meta;
    const { kit, profiles } = await profileFolder(writeCampaignExample(docs.bad, docs.kit));
    const { findings } = lintProgramme(profiles, kit, [
      { rule: failing, severity: 'warn', options: {} },
      { rule: conflictingOffers, severity: 'error', options: {} },
    ]);
    const all = [...findings.values()].flat();
    const errors = all.filter((finding) => finding.ruleId === RULE_ERROR);
    expect(errors).toEqual([
      expect.objectContaining({
        path: profiles[0]?.deliverables[0]?.at.path,
        line: 1,
        column: 1,
        fatal: true,
        message: expect.stringContaining('The rule programme/failing failed on the programme (TypeError: no offers here)'),
      }),
    ]);
    expect(all.some((finding) => finding.message === 'never kept')).toBe(false);
    expect(all.some((finding) => finding.ruleId === 'programme/conflicting-offers')).toBe(true);
  });
});

describe('programme findings in a run', () => {
  it('are hidden by the file’s inline directives with its other findings, the directive counting as used', async () => {
    const kitYaml =
      'lexicon:\n  segments: [trial users]\ncampaigns:\n' +
      '  spring-sale:\n    files: ["spring/**"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-05-31 }\n' +
      '  partner-week:\n    files: ["partner/**"]\n    audiences: [trial users]\n    window: { start: 2026-04-20, end: 2026-04-26 }\n';
    const cwd = writeCampaignExample(
      '==> spring/landing.md <==\n<!-- brandlint-disable programme/conflicting-offers -->\nSave 20% today.\n\n==> partner/post.txt <==\nPartner week: 30% off.\n',
      kitYaml,
    );
    const run = await lintFiles({ cwd, patterns: ['.'], kit: loadKit(join(cwd, '.brandlintrc.yaml')), rules: [conflictingOffers], reportUnusedDisable: true });
    expect(run.results.flatMap((result) => result.findings.map((finding) => `${finding.path}:${finding.line}:${finding.column} ${finding.ruleId}`))).toEqual([
      'partner/post.txt:1:15 programme/conflicting-offers',
    ]);
  });
});

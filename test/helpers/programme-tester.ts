/**
 * Programme rule tests: a folder of deliverables of several campaigns (a
 * fixture, or files written from an example) with its own
 * .brandlintrc.yaml is read, grouped into campaigns, each campaign profiled
 * as a run profiles it, and one programme rule runs over all of them.
 * Findings come back in path and position order, as the CLI prints them.
 */
import { describe, expect, it } from 'vitest';
import type { CampaignGrouping } from '../../src/engine/campaigns.js';
import { lintProgramme } from '../../src/engine/programme-step.js';
import { CampaignData } from '../../src/engine/session.js';
import type { Finding, Rule } from '../../src/engine/types.js';
import { campaignProfile } from '../../src/programme/profile.js';
import type { CampaignProfile } from '../../src/programme/types.js';
import { readCampaignFolder, summarise, writeCampaignExample } from './campaign-tester.js';

/** The profiles of every campaign in a folder, inline directives read for `ruleIds`. */
export async function profileFolder(folder: string, ruleIds: readonly string[] = [], by: CampaignGrouping = 'kit') {
  const { kit, session, groups } = await readCampaignFolder(folder, by);
  const profiles: CampaignProfile[] = groups.map((group) =>
    campaignProfile(new CampaignData(group, session), kit, { ruleIds, dataOf: (document) => session.dataOf(document) }),
  );
  return { kit, profiles };
}

/** The findings of one programme rule over a folder of campaigns. */
export async function lintProgrammeFolder(rule: Rule, folder: string, options: Record<string, unknown> = {}): Promise<Finding[]> {
  const { kit, profiles } = await profileFolder(folder, [rule.meta.id]);
  const { findings } = lintProgramme(profiles, kit, [{ rule, severity: rule.meta.severity, options }], { directivesAtPlaces: true });
  return [...findings.keys()].sort().flatMap((path) => findings.get(path)!);
}

/** A programme rule's documented examples are tests: the bad files must give exactly the documented findings, the good files none. */
export function documentedProgrammeExamplesPass(rule: Rule): void {
  describe(`${rule.meta.id} documented examples`, () => {
    it('reports the documented findings of the bad example', async () => {
      const findings = await lintProgrammeFolder(rule, writeCampaignExample(rule.meta.docs.bad, rule.meta.docs.kit));
      expect(findings.map(summarise)).toEqual(rule.meta.docs.findings);
    });
    it('passes the good example', async () => {
      const findings = await lintProgrammeFolder(rule, writeCampaignExample(rule.meta.docs.good, rule.meta.docs.kit));
      expect(findings.map(summarise)).toEqual([]);
    });
  });
}

export { summarise, writeCampaignExample };

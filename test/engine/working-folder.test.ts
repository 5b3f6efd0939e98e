/**
 * A run through the API from a folder that is not the process's own: the
 * kit's campaign globs still find their deliverables, so the rules that read
 * a document's campaigns (campaign hashtags, CTAs and pillars) report the
 * same as from the project folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import { lintFiles } from '../../src/engine/run.js';
import { knownRuleOptions } from '../../rules/options.js';

const KIT = `
lexicon: { names: [Acme Cloud] }
messaging:
  pillars:
    - { id: speed, statement: "Acme Cloud makes your team faster.", phrases: [ship faster] }
    - { id: safety, statement: "Your files are safe with Acme.", phrases: [encrypted] }
  pillarsRequired: { email: 0, web: 0, social: 0, call: 0 }
campaigns:
  spring:
    name: Spring
    files: ["spring/**"]
    truth: { hashtag: "#AcmeSpring", cta: Claim your discount, pillars: [speed] }
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-cwd-'));
  writeFileSync(join(root, '.brandlintrc.yaml'), KIT);
  mkdirSync(join(root, 'spring'));
  writeFileSync(join(root, 'spring', 'post.txt'), 'Ship faster this spring. #acmespring\n');
  writeFileSync(join(root, 'spring', 'page.md'), '# Spring\n\nYour files are encrypted.\n\n[Buy a plan](https://acme.com/spring)\n');
  return root;
}

const CAMPAIGN_RULES = ['channel/social-hashtags', 'messaging/cta', 'messaging/pillars'];

async function campaignFindings(root: string, cwd: string, patterns: string[]): Promise<string[]> {
  const kit = loadKit(join(root, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() });
  const run = await lintFiles({ cwd, patterns, kit });
  return run.results.flatMap((result) =>
    result.findings.filter((finding) => CAMPAIGN_RULES.includes(finding.ruleId)).map((finding) => `${finding.ruleId} ${finding.message}`),
  );
}

describe('a run from another working folder', () => {
  it('reads every document in its kit campaigns, wherever the process runs', async () => {
    const root = project();
    const expected = [
      'messaging/pillars This page does not carry the pillar its campaign "Spring" names: speed ("Acme Cloud makes your team faster.").',
      'messaging/cta "Buy a plan" is not an approved call to action; write "Claim your discount".',
      'channel/social-hashtags Write #acmespring as the kit spells it: #AcmeSpring.',
    ];
    expect(process.cwd()).not.toBe(root);
    expect(await campaignFindings(root, root, ['.'])).toEqual(expected);
    expect(await campaignFindings(root, join(root, 'spring'), ['.'])).toEqual(expected);
    expect(await campaignFindings(root, tmpdir(), [root])).toEqual(expected);
  });
});

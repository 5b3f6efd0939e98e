/**
 * Campaign rule tests: a folder of deliverables (a fixture under
 * test/fixtures/drift/, or files written from an example) with its own
 * .brandlintrc.yaml is read into documents, grouped into campaigns, and one
 * campaign rule runs on every campaign. Findings come back in path and
 * position order, with file positions, as the CLI prints them.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultKit, findKitFile, loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import type { Document } from '../../src/documents/types.js';
import { groupCampaigns, lintCampaigns, type CampaignGrouping } from '../../src/engine/campaigns.js';
import { findFiles } from '../../src/engine/files.js';
import { displayPath, readForKit } from '../../src/engine/run.js';
import { CampaignData, LintSession } from '../../src/engine/session.js';
import type { CampaignGroup, Finding, Rule } from '../../src/engine/types.js';
import { itemAt } from '../../src/text/items.js';

export interface CampaignFolder {
  kit: BrandKit;
  /** The run's session: the folder is the working folder. */
  session: LintSession;
  documents: Document[];
  groups: CampaignGroup[];
}

/** Reads every content file of `folder` (paths relative to it) and groups them into campaigns. */
export async function readCampaignFolder(relativeFolder: string, by: CampaignGrouping = 'kit'): Promise<CampaignFolder> {
  const folder = resolve(relativeFolder);
  const kitFile = findKitFile(folder);
  const kit = kitFile && dirname(kitFile) === folder ? loadKit(kitFile) : defaultKit(folder);
  const files = await findFiles(['.'], { cwd: folder, kitRoot: kit.root, files: kit.files });
  const session = new LintSession(kit, folder);
  const documents = await Promise.all(files.map((file) => readForKit(displayPath(folder, file), readFileSync(file), session.compiled)));
  return { kit, session, documents, groups: groupCampaigns(documents, session, by) };
}

/** The findings of one campaign rule over a folder of deliverables. */
export async function lintCampaignFolder(rule: Rule, folder: string, options: Record<string, unknown> = {}, by: CampaignGrouping = 'kit'): Promise<Finding[]> {
  const { session, groups } = await readCampaignFolder(folder, by);
  const campaigns = groups.map((group) => new CampaignData(group, session));
  const byPath = lintCampaigns(session, campaigns, [{ rule, severity: rule.meta.severity, options }]);
  return [...byPath.keys()].sort().flatMap((path) => byPath.get(path)!);
}

/**
 * Files written in the example notation of campaign rule docs — each file
 * introduced by a line `==> path <==` — plus the kit, into a new folder.
 */
export function writeCampaignExample(example: string, kitYaml = ''): string {
  const folder = mkdtempSync(join(tmpdir(), 'brandlint-campaign-'));
  writeFileSync(join(folder, '.brandlintrc.yaml'), kitYaml);
  for (const [path, text] of Object.entries(filesOfExample(example))) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

export function filesOfExample(example: string): Record<string, string> {
  const files: Record<string, string> = {};
  // The text before the first header, then each file's name and text.
  const parts = example.split(/^==> (.+) <==\n/m);
  for (let index = 1; index < parts.length; index += 2) files[itemAt(parts, index).trim()] = itemAt(parts, index + 1).replace(/\n+$/, '\n');
  return files;
}

/** "path:line:column-endLine:endColumn message", for compact expectations. */
export function summarise(finding: Finding): string {
  return `${finding.path}:${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.message}`;
}

/** A campaign rule's documented examples are tests: the bad files must give exactly the documented findings, the good files none. */
export function documentedExamplesPass(rule: Rule): void {
  describe(`${rule.meta.id} documented examples`, () => {
    it('reports the documented findings of the bad example', async () => {
      const findings = await lintCampaignFolder(rule, writeCampaignExample(rule.meta.docs.bad, rule.meta.docs.kit));
      expect(findings.map(summarise)).toEqual(rule.meta.docs.findings);
    });
    it('passes the good example', async () => {
      const findings = await lintCampaignFolder(rule, writeCampaignExample(rule.meta.docs.good, rule.meta.docs.kit));
      expect(findings.map(summarise)).toEqual([]);
    });
  });
}

/**
 * Grouping documents into campaigns, for the rules that compare
 * deliverables. By the kit (the default): a kit campaign holds the
 * documents its globs match and those that name it (front matter
 * `campaign:`, a calendar's campaign column); a name no kit campaign
 * answers to makes a campaign of its own, without a source of truth. By
 * folder: the documents of one folder are one campaign, with the kit's
 * campaign of the same id (the folder's name or path) when there is one.
 * A document may belong to several campaigns, or to none.
 *
 * Order is deterministic: kit campaigns in kit order, then the others by
 * id; documents by path.
 */
import { posix } from 'node:path';
import type { BrandKit, CampaignConfig } from '../config/types.js';
import type { Document } from '../documents/types.js';
import { compareText } from '../text/compare.js';
import { campaignsByName } from './compiled-kit.js';
import { sortFindings, toFinding, type EnabledRule } from './lint-document.js';
import type { CampaignData, LintSession } from './session.js';
import { checkReport, ruleErrorFinding } from './rule-failures.js';
import type { CampaignGroup, CampaignRuleContext, Finding } from './types.js';
import { RuleClock } from './rule-clock.js';

export type CampaignGrouping = 'kit' | 'folder';

export function groupCampaigns(documents: readonly Document[], session: LintSession, by: CampaignGrouping): CampaignGroup[] {
  const sorted = [...documents].sort((a, b) => compareText(a.path, b.path));
  return by === 'folder' ? groupByFolder(sorted, session.kit) : groupByKit(sorted, session);
}

function groupByKit(documents: Document[], session: LintSession): CampaignGroup[] {
  const { kit } = session;
  const declared = new Map<CampaignConfig, Document[]>(kit.campaigns.map((campaign) => [campaign, []]));
  const undeclared = new Map<string, Document[]>();
  for (const document of documents) {
    const names = namesIn(document);
    const campaigns = new Set([...session.dataOf(document).campaigns, ...names.flatMap((name) => campaignsByName(kit, name))]);
    for (const campaign of campaigns) declared.get(campaign)!.push(document);
    for (const name of names) {
      if (campaignsByName(kit, name).length > 0) continue;
      const members = undeclared.get(name) ?? [];
      if (!members.includes(document)) members.push(document);
      undeclared.set(name, members);
    }
  }
  const groups: CampaignGroup[] = [...declared]
    .filter(([, members]) => members.length > 0)
    .map(([config, members]) => ({ id: config.id, config, documents: members }));
  const others = [...undeclared].sort(([a], [b]) => compareText(a, b)).map(([id, members]) => ({ id, documents: members }));
  return [...groups, ...others];
}

/**
 * Whether a document can be a member of some campaign: by folder, any
 * document; by the kit, one a kit campaign's globs match or that names a
 * campaign. A run keeps only these documents for the campaign step.
 */
export function mayJoinCampaign(document: Document, session: LintSession, by: CampaignGrouping): boolean {
  return by === 'folder' || session.dataOf(document).campaigns.length > 0 || namesIn(document).length > 0;
}

/** Campaign names a document gives itself: its metadata, and its calendar rows. */
function namesIn(document: Document): string[] {
  const values = [document.meta.campaign, ...document.segments.map((segment) => segment.data?.campaign)];
  const names = values.flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []));
  return [...new Set(names.map((name) => String(name).trim()).filter((name) => name !== ''))];
}

function groupByFolder(documents: Document[], kit: BrandKit): CampaignGroup[] {
  const folders = new Map<string, Document[]>();
  for (const document of documents) {
    const folder = posix.dirname(document.path);
    folders.set(folder, [...(folders.get(folder) ?? []), document]);
  }
  return [...folders]
    .sort(([a], [b]) => compareText(a, b))
    .map(([folder, members]) => {
      const config = kit.campaigns.find((campaign) => campaign.id === folder || campaign.id === posix.basename(folder));
      return { id: folder, ...(config ? { config } : {}), documents: members };
    });
}

/**
 * The order groupCampaigns gives campaigns, for campaigns checked apart
 * (some from the cache): kit campaigns in kit order, then the others by id;
 * by folder, by folder path.
 */
export function campaignOrder(kit: BrandKit, by: CampaignGrouping): (a: string, b: string) => number {
  const declared = new Map(kit.campaigns.map((campaign, index) => [campaign.id, index]));
  const rank = (id: string): number => (by === 'kit' ? (declared.get(id) ?? declared.size) : 0);
  return (a, b) => rank(a) - rank(b) || compareText(a, b);
}

/** One finding per rule, range and message in a document: a document in two campaigns is reported once. */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId} ${finding.start} ${finding.end} ${finding.message}`;
}

/**
 * Runs the enabled campaign rules on every campaign and returns their
 * findings by document path (inline directives are applied later, with the
 * file's own findings). A document in two campaigns is reported once per
 * distinct finding. A rule that fails on a
 * campaign gives one fatal finding in the campaign's first document (see
 * rule-failures) instead of its findings there.
 */
export function lintCampaigns(
  session: LintSession,
  campaigns: readonly CampaignData[],
  rules: readonly EnabledRule[],
  timing: Record<string, number> = {},
): Map<string, Finding[]> {
  const byDocument = new Map<Document, Map<string, Finding>>();
  const ruleErrors: Finding[] = [];
  const clock = new RuleClock(timing);
  for (const campaign of campaigns) {
    // A campaign of no documents has nothing to check, nor a file to report a failure in.
    const [firstDocument] = campaign.group.documents;
    if (!firstDocument) continue;
    for (const { rule, severity, options } of rules) {
      const checkCampaign = rule.checkCampaign?.bind(rule);
      if (!checkCampaign) continue;
      const reported: [Document, Finding][] = [];
      const context: CampaignRuleContext = {
        campaign: campaign.group,
        kit: session.kit,
        cwd: session.cwd,
        options,
        get deliverables() {
          return clock.shared('campaign deliverables', () => campaign.deliverables);
        },
        get rows() {
          return clock.shared('campaign deliverables', () => campaign.rows);
        },
        dataOf: (document) => session.dataOf(document),
        derive: (build) => session.compiled.derive(build),
        report: (document, report) => {
          checkReport(rule.meta, document, report);
          if (rule.meta.channels.includes(document.channel)) {
            reported.push([document, toFinding(session.dataOf(document), rule.meta.id, report.severity ?? severity, report)]);
          }
        },
      };
      clock.rule(rule.meta.id, () => {
        try {
          checkCampaign(context);
          for (const [document, finding] of reported) {
            const findings = byDocument.get(document) ?? new Map<string, Finding>();
            findings.set(findingKey(finding), finding);
            byDocument.set(document, findings);
          }
        } catch (error) {
          ruleErrors.push(ruleErrorFinding(firstDocument, rule.meta.id, error, `the campaign "${campaign.group.id}"`));
        }
      });
    }
  }
  const byPath = new Map<string, Finding[]>();
  for (const [document, findings] of byDocument) byPath.set(document.path, [...findings.values()]);
  for (const error of ruleErrors) byPath.set(error.path, [...(byPath.get(error.path) ?? []), error]);
  return new Map([...byPath].map(([path, findings]) => [path, sortFindings(findings)]));
}

/**
 * The campaign step of a run: the drift rules and the campaign reports,
 * after every file has been read. Each campaign is checked on its own, and
 * the findings merged as `lintCampaigns` merges them (one per distinct
 * finding and document), so a campaign's results can be cached apart.
 *
 * With a cache, a campaign is checked again when a member changed, left or
 * joined — its cached members are then parsed again (not linted) — and
 * otherwise comes from the cache. Campaigns without a reported member
 * (--changed-since) are left out of the findings and reports, but not of the
 * profiles when the programme is checked: that needs every campaign.
 */
import type { Document } from '../documents/types.js';
import type { CampaignReport } from '../drift/report.js';
import { campaignProfile } from '../programme/profile.js';
import type { CampaignProfile } from '../programme/types.js';
import type { CachedCampaign, FileStamp, LintCache } from './cache.js';
import type { DirectiveScope } from './directives.js';
import { campaignOrder, findingKey, groupCampaigns, lintCampaigns, type CampaignGrouping } from './campaigns.js';
import { sortFindings, type EnabledRule } from './lint-document.js';
import { ruleErrors } from './rule-failures.js';
import { CampaignData, type LintSession } from './session.js';
import type { CampaignGroup, Finding } from './types.js';
import type { FileResult } from './run.js';

/** One input file as the run holds it between the per-document and the campaign step. */
export interface LintedFile {
  path: string;
  /** Absolute path; absent for standard input. */
  file?: string;
  hash?: string;
  /** The file's stamp before it was read, when it can be trusted (see cache.ts). */
  stamp?: FileStamp;
  /** The per-document result, before inline directives; absent for a file read only for its campaigns. */
  result?: FileResult;
  /** The file's inline directives, applied to all its findings once the campaigns are checked. */
  directives?: DirectiveScope[];
  /** Kept only when it may belong to a campaign (see mayJoinCampaign). */
  document?: Document;
  /** For a cache hit (not parsed): the ids of the campaigns its document belongs to. */
  cachedCampaigns?: string[];
}

export interface CampaignSettings {
  session: LintSession;
  by: CampaignGrouping;
  rules: readonly EnabledRule[];
  timing: Record<string, number>;
  cache?: LintCache;
  /** The programme rules of the run, by id; with any, every campaign is profiled (see the programme step). */
  programmeRules: readonly string[];
}

export interface CampaignOutcome {
  /** Campaign findings by document path. */
  findings: Map<string, Finding[]>;
  reports: CampaignReport[];
  /** Every campaign's profile, in campaign order, when the run checks the programme. */
  profiles: CampaignProfile[];
  /** The campaign ids of every parsed document, by path. */
  membership: Map<string, string[]>;
}

/** The campaigns whose results cannot come from the cache; their cached members must be parsed. */
export function campaignsToCheck(files: readonly LintedFile[], settings: Omit<CampaignSettings, 'rules' | 'timing'>): Set<string> {
  const parsed = files.flatMap((file) => (file.document && !file.cachedCampaigns ? [file.document] : []));
  const wanted = wantedCampaign(files, settings);
  const toCheck = new Set<string>();
  for (const group of groupCampaigns(parsed, settings.session, settings.by)) {
    if (wanted(group.documents.map((document) => document.path))) toCheck.add(group.id);
  }
  for (const [id, members] of cachedMembers(files)) {
    if (wanted(members.map(([path]) => path)) && !sameMembers(settings.cache?.campaign(id)?.members, members)) toCheck.add(id);
  }
  return toCheck;
}

/** A campaign is checked when a member is reported, or, when the run checks the programme, always. */
function wantedCampaign(files: readonly LintedFile[], settings: Pick<CampaignSettings, 'programmeRules'>): (paths: readonly string[]) => boolean {
  const reported = reportedPaths(files);
  return (paths) => settings.programmeRules.length > 0 || paths.some((path) => reported.has(path));
}

export function checkCampaigns(files: readonly LintedFile[], toCheck: ReadonlySet<string>, settings: CampaignSettings): CampaignOutcome {
  const documents = files.flatMap((file) => (file.document ? [file.document] : []));
  const groups = groupCampaigns(documents, settings.session, settings.by);
  const hashes = new Map(files.map((file) => [file.path, file.hash ?? '']));
  const entries: [string, CachedCampaign][] = [];
  for (const group of groups.filter((candidate) => toCheck.has(candidate.id))) {
    const entry = checkCampaign(group, hashes, settings);
    // A rule that failed is never remembered: the next run checks the campaign again.
    if (ruleErrors(Object.values(entry.findings).flat()).length === 0) settings.cache?.setCampaign(group.id, entry);
    entries.push([group.id, entry]);
  }
  const wanted = wantedCampaign(files, settings);
  for (const [id, members] of cachedMembers(files)) {
    const entry = settings.cache?.campaign(id);
    if (!toCheck.has(id) && entry && wanted(members.map(([path]) => path))) entries.push([id, entry]);
  }
  const order = campaignOrder(settings.session.kit, settings.by);
  entries.sort(([a], [b]) => order(a, b));
  const reported = reportedPaths(files);
  const shown = entries.filter(([, entry]) => entry.members.some(([path]) => reported.has(path))).map(([, entry]) => entry);
  return {
    findings: mergeFindings(shown),
    reports: shown.map((entry) => entry.report),
    profiles: settings.programmeRules.length > 0 ? entries.map(([, entry]) => entry.profile) : [],
    membership: membershipOf(groups),
  };
}

function checkCampaign(group: CampaignGroup, hashes: ReadonlyMap<string, string>, settings: CampaignSettings): CachedCampaign {
  const campaign = new CampaignData(group, settings.session);
  const findings = lintCampaigns(settings.session, [campaign], settings.rules, settings.timing);
  const { session } = settings;
  return {
    members: group.documents.map((document) => [document.path, hashes.get(document.path) ?? '']),
    findings: Object.fromEntries(findings),
    report: campaign.report(),
    profile: campaignProfile(campaign, session.kit, { ruleIds: settings.programmeRules, dataOf: (document) => session.dataOf(document) }),
  };
}

function reportedPaths(files: readonly LintedFile[]): Set<string> {
  return new Set(files.flatMap((file) => (file.result ? [file.path] : [])));
}

/** Campaign id → `[path, hash]` of the cache hits that belong to it, by path (files arrive sorted). */
function cachedMembers(files: readonly LintedFile[]): Map<string, [string, string][]> {
  const members = new Map<string, [string, string][]>();
  for (const file of files) {
    for (const id of file.cachedCampaigns ?? []) members.set(id, [...(members.get(id) ?? []), [file.path, file.hash ?? '']]);
  }
  return members;
}

function sameMembers(cached: readonly [string, string][] | undefined, current: readonly [string, string][]): boolean {
  if (!cached || cached.length !== current.length) return false;
  const byPath = new Map(cached);
  return current.every(([path, hash]) => byPath.get(path) === hash);
}

function membershipOf(groups: readonly CampaignGroup[]): Map<string, string[]> {
  const membership = new Map<string, string[]>();
  for (const group of groups) {
    for (const document of group.documents) membership.set(document.path, [...(membership.get(document.path) ?? []), group.id]);
  }
  return membership;
}

/** The order `groupCampaigns` gives: by the kit, declared campaigns in kit order, then the others by id; by folder, by id. */
/** One finding per rule, range and message in each document, as one `lintCampaigns` call over every campaign keeps them. */
function mergeFindings(entries: readonly CachedCampaign[]): Map<string, Finding[]> {
  const byPath = new Map<string, Map<string, Finding>>();
  for (const entry of entries) {
    for (const [path, findings] of Object.entries(entry.findings)) {
      const distinct = byPath.get(path) ?? new Map<string, Finding>();
      for (const finding of findings) distinct.set(findingKey(finding), finding);
      byPath.set(path, distinct);
    }
  }
  return new Map([...byPath].map(([path, distinct]) => [path, sortFindings([...distinct.values()])]));
}

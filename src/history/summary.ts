/**
 * One commit of the history, from the run of that commit's content: the
 * scores and findings by family per campaign and for the programme, and
 * what each campaign tells customers. Changes of the latter after a
 * campaign's launch are its drift over time.
 */
import type { BrandKit } from '../config/types.js';
import { programmeScore, type CampaignReport } from '../drift/report.js';
import type { LintRun } from '../engine/run.js';
import { RULE_FAMILIES, type Finding, type RuleFamily } from '../engine/types.js';
import type { DateBasis } from '../programme/types.js';
import type { Commit } from './git.js';
import { MESSAGING_TERMS, type CampaignAtCommit, type FamilyCounts, type HistoryPoint, type Messaging, type MessagingChange } from './types.js';

const TAGLINE_RULE = 'messaging/tagline';

export function summarisePoint(commit: Commit, start: boolean, run: LintRun): HistoryPoint {
  const owner = postOwner(run.campaigns);
  return {
    commit: commit.hash,
    short: commit.short,
    date: commit.date,
    subject: commit.subject,
    start,
    files: run.results.length,
    programme: {
      score: run.campaigns.length > 0 ? programmeScore(run.campaigns) : null,
      findings: byFamily(run.results.flatMap((result) => result.findings)),
      conflicts: run.programme?.conflicts.length ?? 0,
      pressure: run.programme?.pressure.length ?? 0,
    },
    campaigns: run.campaigns.map((report): CampaignAtCommit => {
      const paths = new Set(report.deliverables.map((deliverable) => deliverable.path));
      const findings = run.results
        .filter((result) => paths.has(result.path))
        .flatMap((result) => result.findings)
        .filter((finding) => owner(finding)?.has(report.id) ?? true);
      return { id: report.id, name: report.name, score: report.score, findings: byFamily(findings), messaging: messagingOf(report, findings) };
    }),
  };
}

/**
 * For a finding in a file that holds several deliverables (a social
 * calendar's posts, named `path:line`), the campaigns of the post it falls
 * in — the last post starting on or before its line; none before the first
 * post. Undefined for a file that is one deliverable.
 */
function postOwner(campaigns: readonly CampaignReport[]): (finding: Finding) => ReadonlySet<string> | undefined {
  const posts = new Map<string, Map<number, Set<string>>>();
  for (const campaign of campaigns) {
    for (const { name, path } of campaign.deliverables) {
      const line = name.startsWith(`${path}:`) ? Number(name.slice(path.length + 1)) : Number.NaN;
      if (!Number.isInteger(line)) continue;
      const byLine = posts.get(path) ?? new Map<number, Set<string>>();
      byLine.set(line, (byLine.get(line) ?? new Set()).add(campaign.id));
      posts.set(path, byLine);
    }
  }
  return (finding) => {
    const byLine = posts.get(finding.path);
    if (!byLine) return undefined;
    const starts = [...byLine.keys()].filter((line) => line <= finding.line);
    return starts.length > 0 ? byLine.get(Math.max(...starts)) : new Set();
  };
}

/** Findings counted by the family of their rule; brandlint's own findings (a file that cannot be read) belong to none. */
export function byFamily(findings: readonly Finding[]): FamilyCounts {
  const counts = Object.fromEntries(RULE_FAMILIES.map((family) => [family, { errors: 0, warnings: 0 }])) as FamilyCounts;
  for (const finding of findings) {
    const family = finding.ruleId.slice(0, finding.ruleId.indexOf('/'));
    if (!isFamily(family)) continue;
    if (finding.severity === 'error') counts[family].errors += 1;
    else counts[family].warnings += 1;
  }
  return counts;
}

function isFamily(name: string): name is RuleFamily {
  return (RULE_FAMILIES as readonly string[]).includes(name);
}

/**
 * Per term, what most of the campaign's deliverables state (as the matrix
 * shows it: "20% off", "May 31, 2026") — not the kit's truth, which stays
 * put while the copy moves. The tagline is the one most often written,
 * exactly or altered.
 */
function messagingOf(report: CampaignReport, findings: readonly Finding[]): Messaging {
  const messaging = Object.fromEntries(MESSAGING_TERMS.map((term) => [term, null])) as Messaging;
  for (const term of MESSAGING_TERMS) {
    const row = report.rows.find((candidate) => candidate.kind === term);
    if (row) messaging[term] = mostStated(row.cells.flatMap((cell) => cell.values));
  }
  const exact = report.deliverables.flatMap((deliverable) => deliverable.facts.filter((fact) => fact.kind === 'tagline').map((fact) => fact.value));
  const altered = findings.filter((finding) => finding.ruleId === TAGLINE_RULE).map((finding) => finding.text);
  messaging.tagline = mostStated([...exact, ...altered]);
  return messaging;
}

/** The value stated most often, the first stated on a tie. */
function mostStated(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: { value: string; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best?.value ?? null;
}

export interface Launch {
  /** YYYY-MM-DD. */
  day: string;
  basis: DateBasis;
}

/**
 * When each campaign launched, as of the last commit: the first day of its
 * window as the programme step saw it (the kit's, else its deliverables'
 * dates); without a programme, the start the kit declares.
 */
export function launches(run: LintRun | undefined, kit: BrandKit): Map<string, Launch> {
  const known = new Map<string, Launch>();
  for (const campaign of kit.campaigns) {
    const day = (campaign.window?.start ?? campaign.truth.start)?.slice(0, 10);
    if (day) known.set(campaign.id, { day, basis: 'kit' });
  }
  for (const campaign of run?.programme?.campaigns ?? [])
    if (campaign.window) known.set(campaign.id, { day: campaign.window.start, basis: campaign.window.basis });
  return known;
}

/**
 * The campaigns' messaging that changed between two consecutive commits
 * committed on or after the campaign's launch day.
 */
export function changesAfterLaunch(points: readonly HistoryPoint[], launched: ReadonlyMap<string, Launch>): MessagingChange[] {
  const changes: MessagingChange[] = [];
  points.forEach((point, index) => {
    const before = new Map((points[index - 1]?.campaigns ?? []).map((campaign) => [campaign.id, campaign]));
    for (const campaign of point.campaigns) {
      const launch = launched.get(campaign.id);
      const previous = before.get(campaign.id);
      if (!launch || !previous || point.date.slice(0, 10) < launch.day) continue;
      for (const term of MESSAGING_TERMS) {
        const [from, to] = [previous.messaging[term], campaign.messaging[term]];
        if (from === to) continue;
        changes.push({
          campaign: campaign.id,
          term,
          from,
          to,
          commit: point.commit,
          short: point.short,
          date: point.date,
          subject: point.subject,
          launch: launch.day,
          launchBasis: launch.basis,
        });
      }
    }
  });
  return changes;
}

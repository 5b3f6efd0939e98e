/**
 * The programme step: after every campaign is formed, the rules that
 * compare campaigns (`checkProgramme`) run once over the profiles of all of
 * them. Profiles are plain data with complete places, so the step needs no
 * document: it runs the same on profiles fresh from this run, from the
 * cache, or from the reports of several shards (`brandlint merge`). Which
 * programme rules inline directives switch off was read into the places
 * when the profiles were made, for merge (see directivesAtPlaces). A rule
 * that fails gives one fatal finding instead of its findings (see
 * rule-failures), and the other rules go on.
 */
import type { BrandKit, Severity } from '../config/types.js';
import { ProgrammeAnalysis } from '../programme/report.js';
import type { CampaignProfile, ProgrammePlace, ProgrammeReport } from '../programme/types.js';
import { findingKey } from './campaigns.js';
import { sortFindings, type EnabledRule } from './lint-document.js';
import { ruleErrorFinding } from './rule-failures.js';
import type { Finding, PlaceReport } from './types.js';
import { outputSeverity } from './types.js';

export interface ProgrammeOutcome {
  /** Programme findings by document path. */
  findings: Map<string, Finding[]>;
  report: ProgrammeReport;
}

export interface ProgrammeStepOptions {
  timing?: Record<string, number>;
  /**
   * Leave out findings at places whose inline directives switch the rule
   * off, as the profiles recorded them: for `brandlint merge`, which has no
   * file's directives at hand. A run applies each file's directives to all
   * its findings at the end instead, so a directive that hides a programme
   * finding counts as used.
   */
  directivesAtPlaces?: boolean;
}

export function lintProgramme(
  campaigns: readonly CampaignProfile[],
  kit: BrandKit,
  rules: readonly EnabledRule[],
  { timing = {}, directivesAtPlaces = false }: ProgrammeStepOptions = {},
): ProgrammeOutcome {
  const analysis = new ProgrammeAnalysis(campaigns, kit);
  const byPath = new Map<string, Map<string, Finding>>();
  const add = (finding: Finding): void => {
    const findings = byPath.get(finding.path) ?? new Map<string, Finding>();
    findings.set(findingKey(finding), finding);
    byPath.set(finding.path, findings);
  };
  for (const { rule, severity, options } of rules) {
    if (!rule.checkProgramme) continue;
    const reported: Finding[] = [];
    const started = performance.now();
    try {
      rule.checkProgramme({
        campaigns,
        get conflicts() {
          return analysis.conflicts;
        },
        get pressure() {
          return analysis.pressure;
        },
        kit,
        options,
        report: (place, report) => {
          if (!rule.meta.channels.includes(place.channel) || (directivesAtPlaces && place.off?.includes(rule.meta.id))) return;
          reported.push(placeFinding(place, rule.meta.id, report.severity ?? severity, report));
        },
      });
      reported.forEach(add);
    } catch (error) {
      add(failure(campaigns, rule.meta.id, error));
    }
    timing[rule.meta.id] = (timing[rule.meta.id] ?? 0) + performance.now() - started;
  }
  const findings = new Map([...byPath].map(([path, distinct]) => [path, sortFindings([...distinct.values()])]));
  return { findings, report: analysis.report() };
}

/** A rule that failed on the programme: one fatal finding in the first deliverable of the programme (see rule-failures). */
function failure(campaigns: readonly CampaignProfile[], ruleId: string, error: unknown): Finding {
  const first = campaigns.flatMap((campaign) => campaign.deliverables)[0];
  // Without a deliverable the programme has no file to report in; the failure is the run's.
  if (!first) throw error;
  return ruleErrorFinding(first.at, ruleId, error, 'the programme');
}

function placeFinding(place: ProgrammePlace, ruleId: string, severity: Exclude<Severity, 'off'>, report: PlaceReport): Finding {
  return {
    ruleId,
    severity: outputSeverity(severity),
    message: report.message,
    path: place.path,
    line: place.line,
    column: place.column,
    endLine: place.endLine,
    endColumn: place.endColumn,
    start: place.start,
    end: place.end,
    channel: place.channel,
    ...(place.role ? { role: place.role } : {}),
    text: place.text,
    ...(report.suggestion !== undefined ? { suggestion: report.suggestion } : {}),
    ...(report.data ? { data: report.data } : {}),
  };
}

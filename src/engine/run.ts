/**
 * A whole lint run: find the files, read each once into a document, run
 * the rules, collect the results. The CLI calls this and never touches
 * files itself; reporters only format what this returns.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { BrandKit, ChannelRoute, RuleSetting, Severity } from '../config/types.js';
import { DEFAULT_PARSER_OPTIONS, type ParserOptions } from '../documents/parser.js';
import { LineIndex } from '../documents/positions.js';
import { readDocument } from '../documents/read.js';
import { UnreadableFileError, type Channel, type Document } from '../documents/types.js';
import { allRules } from '../../rules/index.js';
import { buildCampaignReports, type CampaignReport } from '../drift/report.js';
import { groupCampaigns, lintCampaigns, type CampaignGrouping } from './campaigns.js';
import { findFiles } from './files.js';
import { lintDocument, sortFindings, toFinding, type EnabledRule } from './lint-document.js';
import type { Finding, Rule } from './types.js';

export interface LintRequest {
  cwd: string;
  patterns: string[];
  kit: BrandKit;
  /** --channel: forces the channel of every file. */
  channel?: Channel;
  /** --rule id:severity overrides. */
  ruleOverrides?: Record<string, Severity>;
  /** --stdin: lint this text as if it were the file `filename`. */
  stdin?: { text: string; filename: string };
  /** Report directives that suppress nothing. */
  reportUnusedDisable?: boolean;
  /** How documents are grouped into campaigns for the drift rules (default: by the kit). */
  campaignBy?: CampaignGrouping;
  /** The rules to consider (default: every rule); the kit and overrides still decide which are on. */
  rules?: readonly Rule[];
  /** Called after each file, for progress on a terminal. */
  onFile?: (done: number, total: number) => void;
}

export interface FileResult {
  path: string;
  channel?: Channel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The decoded source, for code frames and fixes. */
  source: string;
  document?: Document;
}

export interface LintRun {
  results: FileResult[];
  /** Per campaign: the matrix of facts, pillars and CTA by deliverable, and the one-message scores. */
  campaigns: CampaignReport[];
  timing: Record<string, number>;
  errorCount: number;
  warningCount: number;
}

export async function lintFiles(request: LintRequest): Promise<LintRun> {
  const rules = enabledRules(request.kit, request.ruleOverrides ?? {}, request.rules);
  const timing: Record<string, number> = {};
  const perFile: FileResult[] = [];
  if (request.stdin) {
    const bytes = new TextEncoder().encode(request.stdin.text);
    perFile.push(await lintOne(request.stdin.filename, bytes, request, rules, timing));
  } else {
    const files = await findFiles(request.patterns, { cwd: request.cwd, kitRoot: request.kit.root, files: request.kit.files });
    for (const [index, file] of files.entries()) {
      const path = displayPath(request.cwd, file);
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        perFile.push(unreadable(path, (error as Error).message));
        continue;
      }
      perFile.push(await lintOne(path, bytes, request, rules, timing));
      request.onFile?.(index + 1, files.length);
    }
  }
  const documents = perFile.flatMap((result) => (result.document ? [result.document] : []));
  const groups = groupCampaigns(documents, request.kit, { by: request.campaignBy ?? 'kit', cwd: request.cwd });
  const campaignFindings = lintCampaigns(groups, request.kit, rules, timing);
  const results = perFile.map((result) => {
    const extra = campaignFindings.get(result.path);
    return extra ? summarise(result.path, result.document, sortFindings([...result.findings, ...extra])) : result;
  });
  return {
    results,
    campaigns: buildCampaignReports(groups, request.kit),
    timing,
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/** Reads, parses and lints one file; a file that cannot be read becomes one fatal finding. */
export async function lintOne(path: string, bytes: Uint8Array, request: LintRequest, rules: readonly EnabledRule[], timing: Record<string, number>): Promise<FileResult> {
  let document: Document;
  try {
    document = await readForKit(path, bytes, request.kit, request.cwd, request.channel);
  } catch (error) {
    if (error instanceof UnreadableFileError) return unreadable(path, error.message);
    return unreadable(path, `Could not read the file: ${(error as Error).message}`);
  }
  const { findings, unusedDirectives } = lintDocument(document, request.kit, rules, timing);
  const lines = new LineIndex(document.source);
  const parseFindings = document.warnings.map((warning) =>
    toFinding(document, lines, 'brandlint/parse', 'warn', { start: warning.start, end: warning.end, message: warning.message }),
  );
  return summarise(path, document, [...parseFindings, ...findings, ...(request.reportUnusedDisable ? unusedDirectives : [])]);
}

/** One file into a document, with the channel from --channel, else the kit's routing, else the file itself. */
export function readForKit(path: string, bytes: Uint8Array, kit: BrandKit, cwd: string, channel?: Channel): Promise<Document> {
  const route = routeFor(kit, cwd, path);
  return readDocument(path, bytes, { channel: channel ?? route?.channel, platform: route?.platform, options: parserOptions(kit) });
}

export function summarise(path: string, document: Document | undefined, findings: Finding[]): FileResult {
  return {
    path,
    channel: document?.channel,
    findings,
    errorCount: findings.filter((finding) => finding.severity === 'error').length,
    warningCount: findings.filter((finding) => finding.severity === 'warning').length,
    fixableCount: findings.filter((finding) => finding.fix).length,
    source: document?.source ?? '',
    document,
  };
}

function unreadable(path: string, message: string): FileResult {
  const finding: Finding = {
    ruleId: 'brandlint/unreadable',
    severity: 'error',
    message,
    path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    start: 0,
    end: 0,
    channel: 'web',
    text: '',
    fatal: true,
  };
  return { path, findings: [finding], errorCount: 1, warningCount: 0, fixableCount: 0, source: '' };
}

/** The rules the kit and the command line switch on, with their severity and options. */
export function enabledRules(kit: BrandKit, overrides: Record<string, Severity>, rules: readonly Rule[] = allRules): EnabledRule[] {
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const setting: RuleSetting = kit.rules[rule.meta.id] ?? { severity: rule.meta.severity, options: {} };
    const severity = overrides[rule.meta.id] ?? setting.severity;
    if (severity !== 'off') enabled.push({ rule, severity, options: setting.options });
  }
  return enabled;
}

export function parserOptions(kit: BrandKit): ParserOptions {
  const { agent, customer } = kit.files.speakers;
  return {
    agentLabels: agent.length > 0 ? agent : DEFAULT_PARSER_OPTIONS.agentLabels,
    customerLabels: customer.length > 0 ? customer : DEFAULT_PARSER_OPTIONS.customerLabels,
  };
}

const routeMatchers = new WeakMap<BrandKit, { route: ChannelRoute; matches: (path: string) => boolean }[]>();

/** The kit's first routing entry whose glob matches the file (relative to the kit's directory). */
export function routeFor(kit: BrandKit, cwd: string, path: string): ChannelRoute | undefined {
  let matchers = routeMatchers.get(kit);
  if (!matchers) {
    matchers = kit.files.routes.map((route) => ({ route, matches: picomatch(route.glob, { dot: true }) }));
    routeMatchers.set(kit, matchers);
  }
  const fromKit = relative(kit.root, resolve(cwd, path)).split(sep).join('/');
  return matchers.find(({ matches }) => matches(fromKit))?.route;
}

export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return (path.startsWith('..') ? file : path).split(sep).join('/');
}

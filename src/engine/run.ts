/**
 * A whole lint run: find the files, read each once into a document, run
 * the rules, collect the results. The CLI calls this and never touches
 * files itself; reporters only format what this returns.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { BrandKit, Severity } from '../config/types.js';
import { DEFAULT_PARSER_OPTIONS, MEGABYTE, type ParserOptions } from '../documents/parser.js';
import { decodeSource } from '../documents/decode.js';
import { UnreadableFileError, type Channel, type Document } from '../documents/types.js';
import { loadRule, ruleEntry } from '../../rules/registry.js';
import type { CampaignReport } from '../drift/report.js';
import { partialProgramme } from '../programme/report.js';
import type { CampaignProfile, ProgrammeReport } from '../programme/types.js';
import { trustedStamp, type CachedFile, type FileStamp, type LintCache } from './cache.js';
import type { ProgrammeOutcome } from './programme-step.js';
import type { CampaignOutcome, LintedFile } from './campaign-step.js';
import { mayJoinCampaign, type CampaignGrouping } from './campaigns.js';
import { CompiledKit } from './compiled-kit.js';
import { campaignContext } from './campaign-context.js';
import { campaignReach } from './campaign-reach.js';
import { findFiles, namesFiles, type FileSelection } from './files.js';
import { contentHash } from './hash.js';
import { selectShard, type Shard } from './shard.js';
import { lintDocument, sortFindings, toFinding } from './lint-document.js';
import { applyDirectives, decidedUnused, type DirectiveScope } from './directives.js';
import { ruleErrors } from './rule-failures.js';
import { RuleSets, type RuleChoice } from './rule-sets.js';
import type { LintSession } from './session.js';
import type { Finding, Rule } from './types.js';
import { compareText } from '../text/compare.js';
import { zip } from '../text/zip.js';
import { lintInWorkers, threadCount, type Threads, type WorkerSettings } from './worker-client.js';

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
  /**
   * Only these files (absolute paths) are linted and reported (--changed-since);
   * the others are read only to check the campaigns of these.
   */
  reportOnly?: ReadonlySet<string>;
  /** Text to lint instead of a file's content, by absolute path (--fix-dry-run lints the fixed text). */
  sources?: ReadonlyMap<string, string>;
  /**
   * Lint exactly these files, read from here instead of found and read on
   * disk: `brandlint history` reads a commit's files from git.
   */
  contents?: ContentSource;
  /** Reuses the results of unchanged files and campaigns, and records new ones (not for standard input). */
  cache?: LintCache;
  /** --shard K/N: only this part of the files found, each campaign kept whole. */
  shard?: Shard;
  /** Worker threads for the per-document step (default off); results are the same either way. */
  threads?: Threads;
  /**
   * Results carry their documents (the HTML report shows findings in the
   * reader's text); otherwise a run keeps a document only while its
   * campaigns need it, so memory does not grow with the repository.
   */
  keepDocuments?: boolean;
  /** --ignore-pattern: more files to skip (gitignore syntax, relative to `cwd`). */
  ignorePatterns?: string[];
  /** --no-ignore: false lints what .brandlintignore, `files.ignore` and --ignore-pattern would skip. */
  useIgnores?: boolean;
  /** Files brandlint itself writes (the report, the baseline), never linted as content; relative to `cwd`. */
  ownFiles?: string[];
}

/** Files that are not read from disk: their absolute paths, and their bytes on demand (one file's at a time, so memory stays flat). */
export interface ContentSource {
  files: readonly string[];
  read(file: string): Promise<Uint8Array>;
}

export interface FileResult {
  path: string;
  channel?: Channel;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /**
   * The decoded source, kept only when the file cannot give it again
   * (standard input, text replaced by --fix, a rendering such as a .docx's);
   * otherwise `resultSource` reads it again for code frames and fixes, so a
   * run's memory does not grow with the repository.
   */
  source?: string;
  /** The document, only with LintRequest.keepDocuments. */
  document?: Document;
  /** Hash of the bytes the result was made from, so --fix can tell whether the file changed since. */
  contentHash?: string;
}

export interface LintRun {
  results: FileResult[];
  /** Per campaign: the matrix of facts, pillars and CTA by deliverable, and the one-message scores. */
  campaigns: CampaignReport[];
  /** All campaigns together: their profiles, conflicting offers, contact pressure; absent when no programme rule is on. */
  programme?: ProgrammeReport;
  timing: Record<string, number>;
  errorCount: number;
  warningCount: number;
}

interface RunContext {
  request: LintRequest;
  compiled: CompiledKit;
  /**
   * The compiled kit and the shared data of every document read, made on
   * first need: the document analyses load with it, so a run whose files
   * all come from the cache loads none of them.
   */
  session: () => Promise<LintSession>;
  /** The rules the kit without overrides switches on, for the cache key. */
  choices: RuleChoice[];
  /** The rules per compiled kit, their modules imported on first need: a run whose files all come from the cache imports none. */
  rules: RuleSets;
  timing: Record<string, number>;
  cache?: LintCache;
}

/** A file to lint: its bytes (once read), or why they could not be read. */
export interface Input {
  path: string;
  file?: string;
  bytes?: Uint8Array;
  error?: string;
  /** False for a file read only to check the campaigns of others (--changed-since). */
  reported: boolean;
  /** The bytes are not the file's (standard input, text replaced by --fix): results keep the text they read. */
  replaced?: boolean;
  /** The file's stamp before its bytes were read, when it can be trusted (see cache.ts). */
  stamp?: FileStamp;
}

export async function lintFiles(request: LintRequest): Promise<LintRun> {
  const rules = new RuleSets(request.ruleOverrides ?? {}, request.rules);
  const choices = rules.choices(request.kit);
  const compiled = new CompiledKit(request.kit, request.cwd);
  let session: Promise<LintSession> | undefined;
  const sessionOnce = () => (session ??= import('./session.js').then(({ LintSession }) => new LintSession(request.kit, request.cwd, compiled)));
  const context: RunContext = { request, compiled, session: sessionOnce, choices, rules, timing: {}, cache: request.stdin ? undefined : request.cache };
  context.cache?.useSettings(cacheSettings(request, choices));
  const inputs = await listInputs(request, compiled);
  const files = await lintInputs(inputs, context);
  const campaigns = await runCampaignStep(files, context);
  recordInCache(files, campaigns.membership, context.cache);
  const programme = await runProgrammeStep(campaigns.profiles, context);
  const unusedDisable = request.reportUnusedDisable ? { undecidedRules: request.shard ? programmeRuleIds(choices) : [] } : undefined;
  const results = files.flatMap(({ result, directives }) => {
    if (!result) return [];
    const later = [...(campaigns.findings.get(result.path) ?? []), ...(programme?.findings.get(result.path) ?? [])];
    return [settled(result, directives ?? [], later, unusedDisable)];
  });
  return {
    results,
    campaigns: campaigns.reports,
    ...(programme ? { programme: programme.report } : {}),
    timing: context.timing,
    errorCount: results.reduce((sum, result) => sum + result.errorCount, 0),
    warningCount: results.reduce((sum, result) => sum + result.warningCount, 0),
  };
}

/**
 * The files to lint: standard input, or the files the patterns find (read
 * one at a time, in `readInput`); with files named rather than folders,
 * the rest of their campaigns as well, to read but not report.
 */
async function listInputs(request: LintRequest, compiled: CompiledKit): Promise<Input[]> {
  if (request.contents) return [...request.contents.files].sort(compareText).map((file) => ({ path: displayPath(request.cwd, file), file, reported: true }));
  const selection = fileSelection(request);
  const reported = (file: string) => !request.reportOnly || request.reportOnly.has(file);
  const inputs: Input[] = request.stdin
    ? [{ path: request.stdin.filename, bytes: new TextEncoder().encode(request.stdin.text), reported: !request.reportOnly, replaced: true }]
    : await foundInputs(request, compiled, selection, reported);
  if (!request.stdin && !namesFiles(request.patterns, request.cwd)) return inputs;
  const absolute = (input: Input) => input.file ?? resolve(request.cwd, input.path);
  const context = await campaignContext(inputs.map(absolute), request, selection);
  return [...inputs, ...context.map((file) => ({ path: displayPath(request.cwd, file), file, reported: false }))].sort((a, b) =>
    compareText(absolute(a), absolute(b)),
  );
}

async function foundInputs(request: LintRequest, compiled: CompiledKit, selection: FileSelection, reported: (file: string) => boolean): Promise<Input[]> {
  const found = await findFiles(request.patterns, selection);
  const files = request.shard ? await selectShard(found, compiled, request.shard, request.campaignBy) : found;
  return files.map((file) => ({ path: displayPath(request.cwd, file), file, reported: reported(file) }));
}

export function fileSelection(request: LintRequest): FileSelection {
  return {
    cwd: request.cwd,
    kitRoot: request.kit.root,
    files: request.kit.files,
    exclude: [...request.kit.sources, ...(request.ownFiles ?? []).map((file) => resolve(request.cwd, file))],
    ignorePatterns: request.ignorePatterns,
    useIgnores: request.useIgnores,
  };
}

/**
 * The reported files first; then, of the files read only for campaigns,
 * those that may share a campaign with a reported one, only parsed (see
 * campaign-reach). In the order of `inputs`.
 */
async function lintInputs(inputs: readonly Input[], context: RunContext): Promise<LintedFile[]> {
  const spread = await mayUseWorkers(context);
  const lintSome = async (some: readonly Input[]) => {
    const linted = spread ? await lintSpread(some, context) : await lintInTurn(some, context);
    return zip(some, linted);
  };
  const reported = new Map(await lintSome(inputs.filter((input) => input.reported)));
  const others = inputs.filter((input) => !input.reported);
  if (others.length === 0) return [...reported.values()];
  const reach = campaignReach([...reported.values()], await context.session(), context.request.campaignBy ?? 'kit');
  const wanted: Input[] = [];
  for (const input of others) {
    // read here for the test and again when parsed, so that one file's bytes at a time are held
    const { bytes } = await readInput(input, context.request);
    if (reach(input.path, bytes)) wanted.push(input);
  }
  const forCampaigns = new Map(await lintSome(wanted));
  return inputs.flatMap((input) => reported.get(input) ?? forCampaigns.get(input) ?? []);
}

/** Each file read and linted on the main thread, one after the other. */
async function lintInTurn(inputs: readonly Input[], context: RunContext): Promise<LintedFile[]> {
  const files: LintedFile[] = [];
  for (const [index, input] of inputs.entries()) {
    files.push((await stampedInput(input, context)) ?? (await lintInput(await readInput(input, context.request), context)));
    context.request.onFile?.(index + 1, inputs.length);
  }
  return files;
}

/** Workers load the built-in rules by id, so a run with other rules (or one file from standard input) stays on the main thread. */
async function mayUseWorkers({ request }: RunContext): Promise<boolean> {
  if ((request.threads ?? 'off') === 'off' || request.stdin) return false;
  const builtIn = await Promise.all(
    (request.rules ?? []).map(async (rule) => ruleEntry(rule.meta.id) !== undefined && (await loadRule(rule.meta.id)) === rule),
  );
  return builtIn.every(Boolean);
}

/**
 * Cache lookups on the main thread, then the files left to lint on worker
 * threads when there are enough of them. The main thread reads the files
 * only when it must (to look them up, or to lint replaced text); otherwise
 * the workers read them.
 */
async function lintSpread(inputs: readonly Input[], context: RunContext): Promise<LintedFile[]> {
  const { request } = context;
  const files: LintedFile[] = new Array<LintedFile>(inputs.length);
  const toLint: { index: number; input: Input }[] = [];
  let done = 0;
  const onFile = () => request.onFile?.(++done, inputs.length);
  for (const [index, listed] of inputs.entries()) {
    const stamped = await stampedInput(listed, context);
    const input = stamped || !(context.cache || request.sources || request.contents) ? listed : await readInput(listed, request);
    const hit = stamped ?? cachedInput(input, context.cache);
    if (hit) {
      files[index] = hit;
      onFile();
    } else toLint.push({ index, input });
  }
  const workers = threadCount(request.threads ?? 'off', toLint.length);
  const linted =
    workers > 0
      ? await lintInWorkers(
          toLint.map(({ input }) => input),
          workerSettings(context),
          { workers, timing: context.timing, onFile },
        )
      : await lintEachFresh(
          toLint.map(({ input }) => input),
          context,
          onFile,
        );
  for (const [{ index }, file] of zip(toLint, linted)) files[index] = file;
  return files;
}

async function lintEachFresh(inputs: readonly Input[], context: RunContext, onFile: () => void): Promise<LintedFile[]> {
  const files: LintedFile[] = [];
  for (const input of inputs) {
    files.push(await lintFresh(await readInput(input, context.request), await documentStep(context)));
    onFile();
  }
  return files;
}

function workerSettings({ request }: RunContext): WorkerSettings {
  return {
    kit: request.kit,
    cwd: request.cwd,
    channel: request.channel,
    campaignBy: request.campaignBy ?? 'kit',
    keepDocuments: Boolean(request.keepDocuments),
    ruleOverrides: request.ruleOverrides ?? {},
    ...(request.rules ? { ruleIds: request.rules.map((rule) => rule.meta.id) } : {}),
  };
}

export async function readInput(input: Input, request: LintRequest): Promise<Input> {
  if (input.bytes || input.error !== undefined || !input.file) return input;
  const replaced = request.sources?.get(input.file);
  if (replaced !== undefined) return { ...input, bytes: new TextEncoder().encode(replaced), replaced: true };
  // A source that cannot give its files back (git failing) fails the run, rather than every file.
  if (request.contents) return { ...input, bytes: await request.contents.read(input.file) };
  try {
    const stats = await stat(input.file);
    if (!stats.isFile()) return { ...input, error: 'Not a regular file (a pipe, socket or device); brandlint reads files.' };
    const stamp = trustedStamp(stats);
    return { ...input, bytes: await readFile(input.file), ...(stamp ? { stamp } : {}) };
  } catch (error) {
    return { ...input, error: (error as Error).message };
  }
}

/** One file through the per-document rules, from the cache when its bytes are unchanged. */
async function lintInput(input: Input, context: RunContext): Promise<LintedFile> {
  return cachedInput(input, context.cache) ?? (await lintFresh(input, await documentStep(context)));
}

/** The cached result of a file whose bytes are unchanged (not parsed), if the cache has one. */
function cachedInput(input: Input, cache: LintCache | undefined): LintedFile | undefined {
  if (!input.bytes || !cache) return undefined;
  const cached = cache.file(input.path, contentHash(input.bytes));
  return cached && fromCacheEntry(input, cached);
}

/**
 * The cached result of a file whose stamp is unchanged, found without
 * reading it (nor, when every file is found so, loading the readers).
 */
async function stampedInput(input: Input, { cache, request }: RunContext): Promise<LintedFile | undefined> {
  if (!cache || !input.file || input.bytes || input.error !== undefined || request.contents || request.sources?.has(input.file)) return undefined;
  try {
    const stamp = trustedStamp(await stat(input.file));
    const cached = stamp && cache.stamped(input.path, stamp);
    return cached ? fromCacheEntry({ ...input, stamp }, cached) : undefined;
  } catch {
    return undefined;
  }
}

function fromCacheEntry(input: Input, cached: CachedFile): LintedFile {
  const result = input.reported ? fromCache(input, cached) : undefined;
  return {
    path: input.path,
    file: input.file,
    hash: cached.hash,
    ...(input.stamp ? { stamp: input.stamp } : {}),
    cachedCampaigns: cached.campaigns,
    result,
    directives: cached.directives,
  };
}

/** What the per-document step needs besides the file; a worker thread makes its own. */
export interface DocumentStep {
  request: LintRequest;
  session: LintSession;
  rules: RuleSets;
  timing: Record<string, number>;
}

async function documentStep({ request, session, rules, timing }: RunContext): Promise<DocumentStep> {
  return { request, session: await session(), rules, timing };
}

/**
 * One read file parsed and through the per-document rules (only parsed when
 * it is not reported); a worker thread runs this too. What it keeps is what
 * the campaign step and the reporters need: the findings, the document only
 * when it may belong to a campaign, the text only when the file cannot give
 * it again.
 */
export async function lintFresh(input: Input, step: DocumentStep): Promise<LintedFile> {
  if (!input.bytes) return { path: input.path, file: input.file, result: input.reported ? unreadable(input.path, input.error ?? '') : undefined };
  const hash = contentHash(input.bytes);
  const read = { path: input.path, file: input.file, hash, ...(input.stamp ? { stamp: input.stamp } : {}) };
  if (!input.reported) return { ...read, document: forCampaigns(await parseQuietly(input, step.request, step.session.compiled), step) };
  const { result, directives, document } = await lintRead(input.path, input.bytes, step);
  const keepSource = input.replaced === true || decodedText(input.bytes) !== result.source;
  const { source: _source, ...rest } = result;
  return {
    ...read,
    result: { ...rest, ...(keepSource ? { source: result.source } : {}), ...(step.request.keepDocuments ? { document } : {}), contentHash: hash },
    directives,
    document: forCampaigns(document, step),
  };
}

/** The document, when the campaign step may need it; its per-document scratch data goes. */
function forCampaigns(document: Document | undefined, { request, session }: Pick<DocumentStep, 'request' | 'session'>): Document | undefined {
  if (!document || !mayJoinCampaign(document, session, request.campaignBy ?? 'kit')) return undefined;
  session.dataOf(document).releaseRuleData();
  return document;
}

async function runCampaignStep(files: LintedFile[], context: RunContext): Promise<CampaignOutcome> {
  const { request } = context;
  // No document read and none in a campaign when last linted: there are no campaigns.
  if (files.every((file) => !file.document && (file.cachedCampaigns ?? []).length === 0)) {
    return { findings: new Map(), reports: [], profiles: [], membership: new Map() };
  }
  const { campaignsToCheck, checkCampaigns } = await import('./campaign-step.js');
  const session = await context.session();
  const grouping = { session, by: request.campaignBy ?? 'kit', cache: context.cache, programmeRules: programmeRuleIds(context.choices) };
  const toCheck = campaignsToCheck(files, grouping);
  for (const file of files) {
    if (!file.document && file.cachedCampaigns?.some((id) => toCheck.has(id))) {
      file.document = await parseQuietly(await readInput({ path: file.path, file: file.file, reported: false }, request), request, context.compiled);
    }
  }
  return checkCampaigns(files, toCheck, { ...grouping, rules: toCheck.size > 0 ? await context.rules.of(session.compiled) : [], timing: context.timing });
}

/**
 * The programme step, once every campaign is formed. A shard holds only its
 * own campaigns: it passes their profiles on, and `brandlint merge` checks
 * the programme with every shard's.
 */
async function runProgrammeStep(profiles: CampaignProfile[], context: RunContext): Promise<ProgrammeOutcome | undefined> {
  if (programmeRuleIds(context.choices).length === 0) return undefined;
  if (context.request.shard) return { findings: new Map(), report: partialProgramme(profiles) };
  const rules = await context.rules.some(context.compiled, checksProgramme);
  const { lintProgramme } = await import('./programme-step.js');
  return lintProgramme(profiles, context.compiled.kit, rules, { timing: context.timing });
}

/** Whether a chosen rule checks the programme (known from the catalog, without importing it). */
function checksProgramme({ id, rule }: RuleChoice): boolean {
  return rule ? Boolean(rule.checkProgramme) : Boolean(ruleEntry(id)?.checksProgramme);
}

/** The ids of the chosen rules that check the programme. */
function programmeRuleIds(choices: readonly RuleChoice[]): string[] {
  return choices.filter(checksProgramme).map(({ id }) => id);
}

/** A document for the campaign step only; a file that cannot be read takes no part in campaigns. */
async function parseQuietly(file: Pick<Input, 'path' | 'bytes'>, request: LintRequest, compiled: CompiledKit): Promise<Document | undefined> {
  try {
    return await readForKit(file.path, file.bytes ?? new Uint8Array(), compiled, request.channel);
  } catch {
    return undefined;
  }
}

function fromCache(input: Input, entry: CachedFile): FileResult {
  const source = entry.source ?? (input.replaced && input.bytes ? decodeSource(input.bytes).text : undefined);
  return withFindings(
    {
      path: input.path,
      channel: entry.channel,
      ...(source !== undefined ? { source } : {}),
      findings: [],
      errorCount: 0,
      warningCount: 0,
      fixableCount: 0,
      contentHash: entry.hash,
    },
    entry.findings,
  );
}

function recordInCache(files: readonly LintedFile[], membership: ReadonlyMap<string, string[]>, cache: LintCache | undefined): void {
  if (!cache) return;
  for (const { path, hash, stamp, result, directives, cachedCampaigns } of files) {
    if (cachedCampaigns && stamp) cache.setStamp(path, stamp);
    // A rule that failed is never remembered: the next run tries the file again.
    if (!result || !hash || cachedCampaigns || ruleErrors(result.findings).length > 0) continue;
    cache.setFile(path, {
      hash,
      ...(stamp ? { stamp } : {}),
      ...(result.channel ? { channel: result.channel } : {}),
      // kept only when the file cannot give it again (see FileResult.source)
      ...(result.source !== undefined ? { source: result.source } : {}),
      findings: result.findings,
      directives: directives ?? [],
      campaigns: membership.get(path) ?? [],
    });
  }
}

function decodedText(bytes: Uint8Array): string | undefined {
  try {
    return decodeSource(bytes).text;
  } catch {
    return undefined;
  }
}

/** Everything besides a file's bytes that its findings depend on: the cache is only valid for the same. */
function cacheSettings(request: LintRequest, choices: readonly RuleChoice[]): unknown {
  return {
    kit: request.kit,
    rules: choices.map(({ id, severity, options }) => [id, severity, options]),
    ruleOverrides: request.ruleOverrides ?? {},
    channel: request.channel ?? null,
    campaignBy: request.campaignBy ?? 'kit',
    cwd: request.cwd,
  };
}

/** Reads, parses and lints one file on its own, inline directives applied: what --fix lints between passes. */
export async function lintOne(path: string, bytes: Uint8Array, step: DocumentStep): Promise<FileResult> {
  const { result, directives } = await lintRead(path, bytes, step);
  return settled(result, directives, [], undefined);
}

/**
 * Reads, parses and lints one file: its findings before inline directives,
 * and what the directives cover. A file that cannot be read becomes one
 * fatal finding.
 */
async function lintRead(
  path: string,
  bytes: Uint8Array,
  { request, session, rules, timing }: DocumentStep,
): Promise<{ result: FileResult; directives: DirectiveScope[]; document?: Document }> {
  let document: Document;
  try {
    document = await readForKit(path, bytes, session.compiled, request.channel);
  } catch (error) {
    const at = error instanceof UnreadableFileError ? { line: error.line, offset: error.offset } : undefined;
    return { result: unreadable(path, unreadableMessage(error), at), directives: [] };
  }
  const data = session.fileDataOf(document);
  const { findings, ruleErrors } = lintDocument(data, await rules.of(data.compiled), timing);
  const parseFindings = document.warnings.map((warning) =>
    toFinding(data, 'brandlint/parse', 'warn', { start: warning.start, end: warning.end, message: warning.message }),
  );
  return { result: summarise(path, document, [...parseFindings, ...ruleErrors, ...findings]), directives: data.directives, document };
}

function unreadableMessage(error: unknown): string {
  if (error instanceof UnreadableFileError) return error.message;
  // Readers follow the markup's nesting: deeper than the stack reaches, the file cannot be read, and the run goes on.
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'The file is nested too deeply to read (quotes, lists or tags inside one another thousands of levels deep).';
  }
  return `Could not read the file: ${(error as Error).message}`;
}

/**
 * A file's result with its campaign and programme findings, inline
 * directives applied once over all (and, with --report-unused-disable, the directives that hid
 * nothing), in position order.
 */
function settled(
  result: FileResult,
  directives: readonly DirectiveScope[],
  laterFindings: readonly Finding[],
  unusedDisable: { undecidedRules: readonly string[] } | undefined,
): FileResult {
  const { kept, unused } = applyDirectives(directives, [...result.findings, ...laterFindings]);
  const reported = unusedDisable ? decidedUnused(directives, unused, unusedDisable.undecidedRules) : [];
  return withFindings(result, sortFindings([...kept, ...reported]));
}

/** One file into a document, with the channel from --channel, else the kit's routing, else the file itself. */
export async function readForKit(path: string, bytes: Uint8Array, compiled: CompiledKit, channel?: Channel): Promise<Document> {
  const route = compiled.routeFor(path);
  // imported on first need: a run whose files all come from the cache reads no document
  const { readDocument } = await import('../documents/read.js');
  return readDocument(path, bytes, { channel: channel ?? route?.channel, platform: route?.platform, options: parserOptions(compiled.kit) });
}

export function summarise(path: string, document: Document | undefined, findings: Finding[]): FileResult {
  return withFindings(
    { path, channel: document?.channel, findings: [], errorCount: 0, warningCount: 0, fixableCount: 0, source: document?.source ?? '' },
    findings,
  );
}

/** The result with these findings, and their counts. */
export function withFindings(result: FileResult, findings: Finding[]): FileResult {
  return {
    ...result,
    findings,
    errorCount: findings.filter((finding) => finding.severity === 'error').length,
    warningCount: findings.filter((finding) => finding.severity === 'warning').length,
    fixableCount: findings.filter((finding) => finding.fix).length,
  };
}

/** A file that could not be read, reported once, at the line-start `at` where a reader gave up (else the file's start). */
function unreadable(path: string, message: string, at = { line: 1, offset: 0 }): FileResult {
  const finding: Finding = {
    ruleId: 'brandlint/unreadable',
    severity: 'error',
    message,
    path,
    line: at.line,
    column: 1,
    endLine: at.line,
    endColumn: 1,
    start: at.offset,
    end: at.offset,
    channel: 'web',
    text: '',
    fatal: true,
  };
  return { path, findings: [finding], errorCount: 1, warningCount: 0, fixableCount: 0, source: '' };
}

export function parserOptions(kit: BrandKit): ParserOptions {
  const { agent, customer } = kit.files.speakers;
  return {
    agentLabels: agent.length > 0 ? agent : DEFAULT_PARSER_OPTIONS.agentLabels,
    customerLabels: customer.length > 0 ? customer : DEFAULT_PARSER_OPTIONS.customerLabels,
    limits: { fileBytes: kit.files.maxFileMB * MEGABYTE, unzippedBytes: kit.files.maxUnzippedMB * MEGABYTE },
  };
}

export function displayPath(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return (path.startsWith('..') ? file : path).split(sep).join('/');
}

/**
 * --fix and --fix-dry-run. Each file with fixable findings is fixed in
 * passes, as ESLint does: apply the fixes that do not overlap, lint the new
 * text, apply again, until nothing applies or after ten passes. Fixes only
 * ever replace verbatim text (the engine refuses markup and merge tags).
 *
 * Writing is atomic and keeps the file's encoding, BOM and line endings; a
 * file whose bytes changed since they were read is skipped. The run that is
 * returned lints the fixed text, so it reports what remains.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { decodeSource, encodeSource } from '../documents/decode.js';
import { writeFileAtomic } from './atomic-write.js';
import { applyFixes } from './fix.js';
import { contentHash } from './hash.js';
import { RuleSets } from './rule-sets.js';
import { lintFiles, lintOne, type DocumentStep, type FileResult, type LintRequest, type LintRun } from './run.js';
import { LintSession } from './session.js';
import type { Finding, Fix } from './types.js';

const MAX_PASSES = 10;
const CHANGED = 'the file changed since brandlint read it; run --fix again';

export interface FileFix {
  path: string;
  before: string;
  after: string;
  /** Hash of the bytes the fixes were computed from. */
  contentHash?: string;
}

export interface FixOutcome {
  /** The run on the fixed text: the findings that remain. */
  run: LintRun;
  fixes: FileFix[];
  /** Files left as they were, with the reason. */
  skipped: Skipped[];
}

export interface Skipped {
  path: string;
  reason: string;
}

/** Lints, fixes and lints the fixed text; writes the files unless `dryRun`. */
export async function fixFiles(request: LintRequest, options: { dryRun: boolean }): Promise<FixOutcome> {
  const { fixes, skipped } = await computeFixes(await lintFiles(request), request);
  if (options.dryRun) return { run: await lintFiles(withFixedText(request, fixes)), fixes, skipped };
  skipped.push(...(await writeFixes(fixes, request.cwd)));
  return { run: await lintFiles(request), fixes, skipped };
}

/** The fixed text of every file that some fix changes. */
export async function computeFixes(run: LintRun, request: LintRequest): Promise<{ fixes: FileFix[]; skipped: Skipped[] }> {
  const rules = new RuleSets(request.ruleOverrides ?? {}, request.rules);
  const step: DocumentStep = { request, session: new LintSession(request.kit, request.cwd), rules, timing: {} };
  const fixes: FileFix[] = [];
  const skipped: Skipped[] = [];
  for (const result of run.results) {
    if (result.fixableCount === 0) continue;
    const readable: FixableSource = request.stdin ? { source: result.source ?? '' } : await fixableSource(resolve(request.cwd, result.path), result);
    if (readable.refusal !== undefined) {
      skipped.push({ path: result.path, reason: readable.refusal });
      continue;
    }
    const after = await settle(result, readable.source, step);
    if (after !== readable.source) fixes.push({ path: result.path, before: readable.source, after, contentHash: result.contentHash });
  }
  return { fixes, skipped };
}

/** The text a fix rewrites, or why the file cannot be fixed. */
type FixableSource = { source: string; refusal?: undefined } | { source?: undefined; refusal: string };

/**
 * Fixes are offsets into the text the lint read: the file must still hold
 * it, as its own text (not a .docx rendering); the text, or why not. A
 * result without a source read the file's own text (see FileResult.source).
 */
async function fixableSource(file: string, result: FileResult): Promise<FixableSource> {
  const bytes = await readFile(file);
  if (contentHash(bytes) !== result.contentHash) return { refusal: CHANGED };
  try {
    const text = decodeSource(bytes).text;
    if (result.source === undefined || text === result.source) return { source: text };
  } catch {
    // not text: the source is a rendering of the file (a .docx), which cannot be written back
  }
  return { refusal: 'brandlint cannot write fixes into this kind of file' };
}

/** Fix passes until the text stops changing: a fix skipped for overlapping another gets its turn on the next pass. */
async function settle(result: FileResult, source: string, step: DocumentStep): Promise<string> {
  let text = source;
  let findings = result.findings;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { output } = applyFixes(text, fixesOf(findings));
    if (output === text) break;
    text = output;
    findings = (await lintOne(result.path, new TextEncoder().encode(text), step)).findings;
  }
  return text;
}

function fixesOf(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => (finding.fix ? [finding.fix] : []));
}

/** Writes each fixed file in place; returns the files it had to leave alone. */
export async function writeFixes(fixes: readonly FileFix[], cwd: string): Promise<Skipped[]> {
  const skipped: Skipped[] = [];
  for (const fix of fixes) {
    const file = resolve(cwd, fix.path);
    try {
      const onDisk = await readFile(file);
      if (contentHash(onDisk) !== fix.contentHash) {
        skipped.push({ path: fix.path, reason: CHANGED });
        continue;
      }
      await writeFileAtomic(file, encodeSource(fix.after, decodeSource(onDisk).encoding));
    } catch (error) {
      skipped.push({ path: fix.path, reason: (error as Error).message });
    }
  }
  return skipped;
}

/** The request with the fixed text in place of the files' (or standard input's) content. */
function withFixedText(request: LintRequest, fixes: readonly FileFix[]): LintRequest {
  if (request.stdin) {
    const fixed = fixes.find((fix) => fix.path === request.stdin?.filename);
    return fixed ? { ...request, stdin: { ...request.stdin, text: fixed.after } } : request;
  }
  return { ...request, sources: new Map(fixes.map((fix) => [resolve(request.cwd, fix.path), fix.after])) };
}

/** A unified diff of every fix (`a/` and `b/` prefixes, so `git apply` takes it). */
export function fixDiff(fixes: readonly FileFix[]): string {
  return fixes.map((fix) => createTwoFilesPatch(`a/${fix.path}`, `b/${fix.path}`, fix.before, fix.after, undefined, undefined, { context: 3 })).join('');
}

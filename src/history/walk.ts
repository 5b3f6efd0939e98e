/**
 * `brandlint history`: walks the commits of the content repository that
 * changed content — since a ref, else the latest `maxCommits` of them — and
 * lints the content as it stood at each, read from git (no checkout, the
 * working tree untouched), with the kit of today, so every commit is judged
 * alike. One cache spans the walk: a file whose bytes were linted at an
 * earlier commit (of this walk, or with --cache of an earlier one), or a
 * campaign none of whose members changed since the previous commit, is not
 * checked again.
 */
import { resolve } from 'node:path';
import type { BrandKit, Severity } from '../config/types.js';
import { LintCache } from '../engine/cache.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import { selectContentFiles, type FileSelection } from '../engine/files.js';
import { lintFiles, type LintRun } from '../engine/run.js';
import { Repository, type Commit } from './git.js';
import { changesAfterLaunch, launches, summarisePoint } from './summary.js';
import { DEFAULT_MAX_COMMITS, type HistoryPoint, type HistoryReport } from './types.js';

export interface HistoryRequest {
  cwd: string;
  /** Folders or files, relative to cwd (default: the whole working folder). */
  paths: readonly string[];
  kit: BrandKit;
  /** Start from this commit (its content is the first point). */
  since?: string;
  /** At most this many commits that changed content, the latest (default DEFAULT_MAX_COMMITS). */
  maxCommits?: number;
  campaignBy?: CampaignGrouping;
  /** --rule id:severity overrides, as for a lint. */
  ruleOverrides?: Record<string, Severity>;
  /** A cache to reuse and keep (--cache); default: one for the walk only. */
  cache?: LintCache;
  /** Called after each commit, for progress on a terminal. */
  onCommit?: (done: number, total: number) => void;
}

export async function walkHistory(request: HistoryRequest): Promise<HistoryReport> {
  const paths = request.paths.length > 0 ? request.paths : ['.'];
  const folders = paths.map((path) => resolve(request.cwd, path));
  const selection: FileSelection = { cwd: request.cwd, kitRoot: request.kit.root, files: request.kit.files, exclude: request.kit.sources };
  const maxCommits = request.maxCommits ?? DEFAULT_MAX_COMMITS;
  const repository = await Repository.open(request.cwd);
  const start = request.since !== undefined ? await repository.commit(request.since) : undefined;
  const changing = (await repository.commits(paths, request.since)).filter((commit) => selectContentFiles(commit.changed, folders, selection).length > 0);
  const kept = changing.slice(Math.max(0, changing.length - maxCommits));
  const walk: { commit: Commit; start: boolean }[] = [...(start ? [{ commit: start, start: true }] : []), ...kept.map((commit) => ({ commit, start: false }))];
  const cache = request.cache ?? LintCache.inMemory();
  cache.keepVersions();
  const blobs = repository.blobs();
  const points: HistoryPoint[] = [];
  let last: LintRun | undefined;
  try {
    for (const [index, { commit, start: isStart }] of walk.entries()) {
      const blobOf = new Map((await repository.tree(commit.hash, paths)).map((entry) => [entry.file, entry.blob]));
      const files = selectContentFiles([...blobOf.keys()], folders, selection);
      const read = (file: string) => blobs.read(blobOf.get(file) ?? '');
      last = await lintFiles({
        cwd: request.cwd,
        patterns: [],
        kit: request.kit,
        contents: { files, read },
        cache,
        campaignBy: request.campaignBy,
        ruleOverrides: request.ruleOverrides,
        threads: 'off',
      });
      points.push(summarisePoint(commit, isStart, last));
      request.onCommit?.(index + 1, walk.length);
    }
  } finally {
    blobs.close();
  }
  return {
    since: request.since ?? null,
    maxCommits,
    omitted: changing.length - kept.length,
    points,
    changes: changesAfterLaunch(points, launches(last, request.kit)),
  };
}

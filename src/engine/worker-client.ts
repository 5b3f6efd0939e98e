/**
 * The main thread's side of parallel linting (--threads): how many worker
 * threads a run gets, and the files they parse and lint in batches. Each
 * worker holds its own copy of the kit (its compiled matchers are built
 * once per worker) and sends back plain data: the results, the documents
 * the campaign step may need (few: see mayJoinCampaign), and its time per rule.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BrandKit, Severity } from '../config/types.js';
import { OffsetMap } from '../documents/source-map.js';
import type { Channel } from '../documents/types.js';
import type { LintedFile } from './campaign-step.js';
import type { CampaignGrouping } from './campaigns.js';
import { runTasks } from './pool.js';
import type { Input } from './run.js';

/** `--threads`: a number of worker threads, `auto`, or `off` (the main thread only). */
export type Threads = number | 'auto' | 'off';

/** What every worker needs besides its files; structured-clone data only. */
export interface WorkerSettings {
  kit: BrandKit;
  cwd: string;
  channel?: Channel;
  campaignBy: CampaignGrouping;
  keepDocuments: boolean;
  /** --rule id:severity; a worker chooses the rules of each kit it compiles, as the main thread would. */
  ruleOverrides: Record<string, Severity>;
  /** The ids of the built-in rules the run considers, when not all of them. */
  ruleIds?: string[];
}

export interface BatchResult {
  /** In the order of the batch's inputs, without their bytes. */
  files: LintedFile[];
  timing: Record<string, number>;
}

/**
 * A worker takes about a second and a half to load the rules and NLP models
 * (as long as the main thread takes for some eighty files): below this many
 * files, starting workers costs more than it saves.
 */
const AUTO_MIN_FILES = 200;
const FILES_PER_WORKER = 50;
/** Every worker loads its own models and kit: past this, memory grows faster than the run speeds up. */
const AUTO_MAX_WORKERS = 8;
/** Small enough that the workers finish close together, large enough that messages cost little. */
const BATCH_SIZE = 8;

/** How many worker threads lint `files` files; 0 means the main thread does. */
export function threadCount(threads: Threads, files: number): number {
  if (threads === 'off' || files === 0) return 0;
  if (threads !== 'auto') return threads > 1 ? Math.min(threads, Math.ceil(files / BATCH_SIZE)) : 0;
  const cpus = availableParallelism();
  if (files < AUTO_MIN_FILES || cpus < 2) return 0;
  return Math.min(cpus, AUTO_MAX_WORKERS, Math.floor(files / FILES_PER_WORKER));
}

/** Lints `inputs` on `workers` threads; the results come back in input order, the time per rule is added to `timing`. */
export async function lintInWorkers(
  inputs: readonly Input[],
  settings: WorkerSettings,
  run: { workers: number; timing: Record<string, number>; onFile: () => void },
): Promise<LintedFile[]> {
  const batches = inBatches(inputs);
  const answers = await runTasks<Input[], BatchResult>(batches, {
    script: workerScript(),
    workerData: settings,
    size: run.workers,
    onResult: (answer) => {
      addTiming(run.timing, answer.timing);
      answer.files.forEach(() => run.onFile());
    },
  });
  return answers.flatMap((answer) => answer.files.map(rehydrated));
}

function inBatches(inputs: readonly Input[]): Input[][] {
  const batches: Input[][] = [];
  for (let start = 0; start < inputs.length; start += BATCH_SIZE) batches.push(inputs.slice(start, start + BATCH_SIZE));
  return batches;
}

/** The compiled worker: beside this module in dist/, or in the package's dist/ when this module runs from source (the tests). */
function workerScript(): URL {
  const beside = new URL('./worker.js', import.meta.url);
  return existsSync(beside) ? beside : new URL('../../dist/src/engine/worker.js', import.meta.url);
}

function addTiming(total: Record<string, number>, part: Record<string, number>): void {
  for (const [id, ms] of Object.entries(part)) total[id] = (total[id] ?? 0) + ms;
}

/** Structured clone keeps data, not classes: the segments' source maps become OffsetMaps again. */
function rehydrated(file: LintedFile): LintedFile {
  for (const document of new Set([file.document, file.result?.document])) {
    for (const segment of document?.segments ?? []) segment.map = new OffsetMap(segment.map.chunks);
  }
  return file;
}

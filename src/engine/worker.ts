/**
 * A worker thread of a parallel run (--threads): reads, parses and lints
 * the batches of files the main thread sends, with the per-document rules
 * only; the campaign step stays on the main thread.
 */
import { workerData } from 'node:worker_threads';
import { loadRule } from '../../rules/registry.js';
import type { EnabledRule } from './lint-document.js';
import { serveTasks } from './pool.js';
import { lintFresh, readInput, type Input, type LintRequest } from './run.js';
import type { BatchResult, WorkerSettings } from './worker-client.js';

const settings = workerData as WorkerSettings;
const request: LintRequest = {
  cwd: settings.cwd,
  patterns: [],
  kit: settings.kit,
  channel: settings.channel,
  reportUnusedDisable: settings.reportUnusedDisable,
};
const rules: EnabledRule[] = await Promise.all(settings.rules.map(async ([id, severity, options]) => ({ rule: await loadRule(id), severity, options })));

serveTasks(async (batch: Input[]): Promise<BatchResult> => {
  const timing: Record<string, number> = {};
  const files = [];
  for (const input of batch) {
    const { bytes: _bytes, ...file } = await lintFresh(await readInput(input, request), request, rules, timing);
    files.push(file);
  }
  return { files, timing };
});

/**
 * A worker thread of a parallel run (--threads): reads, parses and lints
 * the batches of files the main thread sends, with the per-document rules
 * only; the campaign step stays on the main thread.
 */
import { workerData } from 'node:worker_threads';
import { loadRule } from '../../rules/registry.js';
import { serveTasks } from './pool.js';
import { RuleSets } from './rule-sets.js';
import { lintFresh, readInput, type Input, type LintRequest } from './run.js';
import { LintSession } from './session.js';
import type { BatchResult, WorkerSettings } from './worker-client.js';

const settings = workerData as WorkerSettings;
const request: LintRequest = {
  cwd: settings.cwd,
  patterns: [],
  kit: settings.kit,
  channel: settings.channel,
  campaignBy: settings.campaignBy,
  keepDocuments: settings.keepDocuments,
};
const considered = settings.ruleIds && (await Promise.all(settings.ruleIds.map((id) => loadRule(id))));
const rules = new RuleSets(settings.ruleOverrides, considered);
/** One session for the worker's life: the kit is compiled once, however many batches it lints. */
const session = new LintSession(settings.kit, settings.cwd);

serveTasks(async (batch: Input[]): Promise<BatchResult> => {
  const step = { request, session, rules, timing: {} };
  const files = [];
  for (const input of batch) {
    files.push(await lintFresh(await readInput(input, request), step));
  }
  return { files, timing: step.timing };
});

/**
 * `brandlint history [paths…] [--since REF]`: the one-message scores and
 * the findings by family at each commit that changed content, per campaign
 * and for the whole programme, and the messaging that changed after launch;
 * as a table, JSON, or an HTML page with the trend as a chart.
 *
 * Exit code 0 (the history reports, it does not gate); 2 for a usage,
 * configuration or git error.
 */
import { LintCache, resolveCacheLocation } from '../engine/cache.js';
import type { CampaignGrouping } from '../engine/campaigns.js';
import type { HistoryReport } from '../history/types.js';
import { walkHistory } from '../history/walk.js';
import { historyJson } from '../reporters/history/json.js';
import { formatHistory } from '../reporters/history/terminal.js';
import { historyPage } from '../reporters/html/trend.js';
import { useColor, type Io } from './io.js';
import { loadKitForCli } from './kit.js';
import type { HistoryFormat } from './options.js';
import { writeOutputFile } from './output-file.js';
import { VERSION } from './version.js';

export interface HistoryCommandOptions {
  config?: string;
  since?: string;
  maxCommits?: number;
  format: HistoryFormat;
  outputFile?: string;
  campaignBy: CampaignGrouping;
  cache?: boolean;
  cacheLocation?: string;
  color?: boolean;
}

export async function runHistory(paths: string[], options: HistoryCommandOptions, io: Io): Promise<number> {
  const kit = await loadKitForCli(io, options.config);
  const cache = options.cache || options.cacheLocation ? await LintCache.open(resolveCacheLocation(io.cwd, options.cacheLocation), VERSION) : undefined;
  const showProgress = io.stderrIsTty && options.format === 'stylish' && !options.outputFile;
  const report = await walkHistory({
    cwd: io.cwd,
    paths,
    kit,
    since: options.since,
    maxCommits: options.maxCommits,
    campaignBy: options.campaignBy,
    cache,
    onCommit: showProgress ? (done, total) => io.stderr(`\rbrandlint: ${done}/${total} commits${done === total ? '\r\x1b[K' : ''}`) : undefined,
  });
  await cache?.save();
  const output = render(report, options, io);
  if (options.outputFile) writeOutputFile(io, options.outputFile, output);
  else io.stdout(output);
  return 0;
}

function render(report: HistoryReport, options: HistoryCommandOptions, io: Io): string {
  switch (options.format) {
    case 'json':
      return historyJson(report, VERSION);
    case 'html':
      return historyPage(report, VERSION);
    case 'stylish':
      return formatHistory(report, { color: useColor(io, options.color, Boolean(options.outputFile)) });
  }
}

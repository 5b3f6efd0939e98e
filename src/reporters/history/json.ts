/** `brandlint history --format json`: the history report in the versioned shape of the JSON reporter. */
import type { HistoryReport } from '../../history/types.js';
import { JSON_SCHEMA_VERSION } from '../json.js';

export function historyJson(history: HistoryReport, version: string): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'brandlint', version }, history }, null, 2)}\n`;
}

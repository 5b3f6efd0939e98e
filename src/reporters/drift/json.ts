/**
 * `brandlint drift --format json`: the campaigns' drift reports and the
 * drift rules' findings, in the versioned shape of the JSON reporter.
 */
import type { CampaignReport } from '../../drift/report.js';
import type { Finding } from '../../engine/types.js';
import { findingEntry, JSON_SCHEMA_VERSION } from '../json.js';

export function driftJson(campaigns: readonly CampaignReport[], findings: readonly Finding[], version: string): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool: { name: 'brandlint', version }, campaigns, findings: findings.map(findingEntry) }, null, 2)}\n`;
}

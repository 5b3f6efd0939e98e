/**
 * `brandlint drift --format json`: the campaigns' drift reports, the
 * programme (null when no programme rule ran) and the drift and programme
 * rules' findings, in the versioned shape of the JSON reporter.
 */
import type { LintRun } from '../../engine/run.js';
import type { Finding } from '../../engine/types.js';
import { findingEntry, JSON_SCHEMA_VERSION } from '../json.js';

export function driftJson({ campaigns, programme }: Pick<LintRun, 'campaigns' | 'programme'>, findings: readonly Finding[], version: string): string {
  const report = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'brandlint', version },
    campaigns,
    programme: programme ?? null,
    findings: findings.map(findingEntry),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

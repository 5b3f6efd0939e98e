/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists
 * the rules that have findings (with links to their documentation pages),
 * one result per finding with its region in UTF-16 columns, a fingerprint
 * that survives edits elsewhere in the file, and the fix when there is one.
 * The campaigns (matrix and one-message scores) travel in the run's
 * `properties.campaigns`, in the shape of the JSON format.
 *
 * Paths relative to the working folder are given against `%SRCROOT%`
 * (run brandlint from the repository root for code scanning); a file
 * outside it gets an absolute `file:` URI.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/types.js';
import { ruleInfo, REPOSITORY_URL, type RuleInfo } from './rule-info.js';
import { allFindings } from './tally.js';
import type { Reporter } from './types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of brandlint's own fingerprint; the version suffix changes only if the recipe does. */
const FINGERPRINT_KEY = 'brandlint/v1';

export const sarif: Reporter = (run, options) => {
  const findings = allFindings(run);
  const rules = [...new Set(findings.map((finding) => finding.ruleId))].sort().map(ruleInfo);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'brandlint', version: options.version, informationUri: REPOSITORY_URL, rules: rules.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        results: withOccurrences(findings).map(({ finding, occurrence }) => result(finding, ruleIndex.get(finding.ruleId)!, occurrence)),
        properties: { campaigns: run.campaigns },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function ruleDescriptor(rule: RuleInfo) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.details },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: rule.severity },
  };
}

function result(finding: Finding, ruleIndex: number, occurrence: number) {
  const artifactLocation = artifactLocationOf(finding.path);
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding, occurrence) },
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: `Replace with "${finding.fix.text}"` },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [
                    {
                      deletedRegion: { charOffset: finding.fix.start, charLength: finding.fix.end - finding.fix.start },
                      insertedContent: { text: finding.fix.text },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
    properties: {
      channel: finding.channel,
      ...(finding.role ? { role: finding.role } : {}),
      ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
    },
  };
}

function artifactLocationOf(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolutePath(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/**
 * Counts, per file, earlier findings of the same rule on the same text, so
 * the fingerprint tells repeated findings apart without using line numbers
 * (which move when lines are added above).
 */
function withOccurrences(findings: readonly Finding[]): { finding: Finding; occurrence: number }[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = JSON.stringify([finding.path, finding.ruleId, finding.text]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { finding, occurrence };
  });
}

function fingerprint(finding: Finding, occurrence: number): string {
  return createHash('sha256')
    .update(JSON.stringify([finding.ruleId, finding.path, finding.text, occurrence]))
    .digest('hex');
}

/**
 * JUnit XML, for CI systems that show test results: one testsuite per file,
 * one failing testcase per finding (the rule id as the failure type, the
 * message as its message, position and flagged text in its body), and one
 * passing testcase for a clean file.
 *
 * Campaigns: the testsuite of a file in a campaign carries its one-message
 * scores as properties — `brandlint.campaign.<id>` (the campaign's score)
 * and `brandlint.deliverable.<id>.<deliverable>` (each deliverable of the
 * file, a calendar having one per post). The matrix itself is left to the
 * JSON, SARIF, markdown and HTML formats.
 */
import type { CampaignReport } from '../drift/report.js';
import type { FileResult } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import type { Reporter } from './types.js';

export const junit: Reporter = (run) => {
  const suites = run.results.map((result) => testsuite(result, run.campaigns));
  const failures = run.results.reduce((sum, result) => sum + result.findings.length, 0);
  const tests = run.results.reduce((sum, result) => sum + Math.max(1, result.findings.length), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="brandlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function testsuite(result: FileResult, campaigns: readonly CampaignReport[]): string {
  const path = attribute(result.path);
  const cases = result.findings.length > 0 ? result.findings.map(failingCase) : [`    <testcase name="brandlint" classname="${path}" time="0"/>`];
  const properties = campaignProperties(result.path, campaigns);
  return [
    `  <testsuite name="${path}" tests="${Math.max(1, result.findings.length)}" failures="${result.findings.length}" errors="0" skipped="0" time="0">`,
    ...(properties.length > 0
      ? [
          '    <properties>',
          ...properties.map(([name, value]) => `      <property name="${attribute(name)}" value="${attribute(value)}"/>`),
          '    </properties>',
        ]
      : []),
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function failingCase(finding: Finding): string {
  const where = `${finding.line}:${finding.column}`;
  const body = [
    `${finding.severity} at ${where}: ${finding.message}`,
    ...(finding.text ? [`flagged: "${finding.text}"`] : []),
    ...(finding.suggestion !== undefined ? [`suggestion: ${finding.suggestion}`] : []),
  ].join('\n');
  return [
    `    <testcase name="${attribute(`${finding.ruleId} ${where}`)}" classname="${attribute(finding.path)}" time="0">`,
    `      <failure message="${attribute(finding.message)}" type="${attribute(finding.ruleId)}">${text(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function campaignProperties(path: string, campaigns: readonly CampaignReport[]): [string, string][] {
  return campaigns.flatMap((campaign) => {
    const own = campaign.deliverables.filter((deliverable) => deliverable.path === path);
    if (own.length === 0) return [];
    return [
      [`brandlint.campaign.${campaign.id}`, String(campaign.score)] as [string, string],
      ...own.map((deliverable): [string, string] => [`brandlint.deliverable.${campaign.id}.${deliverable.name}`, String(deliverable.score)]),
    ];
  });
}

/** Characters XML 1.0 cannot hold at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
function xmlSafe(value: string): string {
  return value.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Character data; CR is written as a reference because parsers turn a literal one into LF. */
function text(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and keep line breaks and tabs (parsers fold literal ones to spaces). */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

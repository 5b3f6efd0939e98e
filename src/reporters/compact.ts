/**
 * One line per finding, in the shapes ESLint's `compact` and `unix`
 * formatters print, which editors, grep and CI log scrapers already read:
 *
 *   compact  path: line 1, col 5, Error - message (rule/id)
 *   unix     path:1:5: message [Error/rule/id]
 *
 * then a blank line and the number of problems; nothing when there are none.
 */
import type { Finding } from '../engine/types.js';
import { plural } from './stylish.js';
import { allFindings } from './tally.js';
import type { Reporter } from './types.js';

function lineFormat(line: (finding: Finding) => string): Reporter {
  return (run) => {
    const findings = allFindings(run);
    if (findings.length === 0) return '';
    return `${findings.map((finding) => `${line(finding)}\n`).join('')}\n${plural(findings.length, 'problem')}\n`;
  };
}

function severityWord(finding: Finding): string {
  return finding.severity === 'error' ? 'Error' : 'Warning';
}

/** Messages stay on their line. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

export const compact = lineFormat(
  (finding) => `${finding.path}: line ${finding.line}, col ${finding.column}, ${severityWord(finding)} - ${oneLine(finding.message)} (${finding.ruleId})`,
);

export const unix = lineFormat(
  (finding) => `${finding.path}:${finding.line}:${finding.column}: ${oneLine(finding.message)} [${severityWord(finding)}/${finding.ruleId}]`,
);

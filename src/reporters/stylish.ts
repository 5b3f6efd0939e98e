/**
 * The default terminal format: findings grouped by file, each with its
 * position, severity, message and rule id, a code frame with the flagged
 * text marked (as wide as the terminal; none with --no-code-frame), and a
 * summary line. Findings on the same text — several document-level
 * findings on an email's subject, say — share one frame.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { LineIndex } from '../documents/positions.js';
import type { FileResult } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { resultSource } from '../engine/result-source.js';
import { codeFrame } from './code-frame.js';
import { printable } from './printable.js';
import type { ReportOptions, Reporter } from './types.js';

const FRAME_INDENT = 4;

export const stylish: Reporter = (run, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks = run.results.filter((result) => result.findings.length > 0).map((result) => fileBlock(result, chalk, options));
  const problems = run.errorCount + run.warningCount;
  if (problems === 0) return '';
  const fixable = run.results.reduce((sum, result) => sum + result.fixableCount, 0);
  const summaryColor = run.errorCount > 0 ? chalk.red.bold : chalk.yellow.bold;
  const summary = summaryColor(`✖ ${plural(problems, 'problem')} (${plural(run.errorCount, 'error')}, ${plural(run.warningCount, 'warning')})`);
  const fixHint = fixable > 0 ? `\n  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.` : '';
  return `\n${blocks.map((block) => `${block}\n\n`).join('')}${summary}${fixHint}\n`;
};

function fileBlock(result: FileResult, chalk: ChalkInstance, options: ReportOptions): string {
  const source = options.codeFrame !== false && result.findings.some((finding) => !finding.fatal) ? resultSource(result, options.cwd) : '';
  const lines = new LineIndex(source);
  const withFrames = source !== '';
  const head = (finding: Finding) => {
    const severity = finding.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
    return `  ${chalk.dim(`${finding.line}:${finding.column}`)}  ${severity}  ${printable(finding.message)}  ${chalk.dim(printable(finding.ruleId))}`;
  };
  const entries = sameTextGroups(result.findings).map((group) => {
    const [first, ...others] = group;
    const heads = () => group.map((finding) => head(finding) + suggestionLine(finding, chalk.green)).join('\n');
    if (!first) return '';
    if (!withFrames || first.fatal) return heads();
    const frame = codeFrame(
      lines,
      first.line,
      first.column,
      first.endLine,
      first.endColumn,
      {
        gutter: (text) => chalk.dim(text),
        marker: (text) => (group.some((finding) => finding.severity === 'error') ? chalk.red(text) : chalk.yellow(text)),
      },
      { columns: options.columns, indent: FRAME_INDENT },
    );
    // one finding: its suggestion under the frame, as before; several: each under its own line
    if (others.length === 0) return `${head(first)}\n${indent(frame, FRAME_INDENT)}${suggestionLine(first, chalk.green)}`;
    return `${heads()}\n${indent(frame, FRAME_INDENT)}`;
  });
  return `${chalk.underline(printable(result.path))}\n${entries.join(withFrames ? '\n\n' : '\n')}`;
}

/** Runs of neighbouring findings (they come sorted by position) that flag the same range. */
function sameTextGroups(findings: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const finding of findings) {
    const last = groups.at(-1)?.[0];
    if (last && !finding.fatal && last.start === finding.start && last.end === finding.end) groups.at(-1)!.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

function suggestionLine(finding: Finding, color: (text: string) => string): string {
  const suggestion =
    finding.suggestion !== undefined && !finding.message.includes(`"${finding.suggestion}"`)
      ? `\n    ${color(`suggestion: ${printable(finding.suggestion)}`)}`
      : '';
  return finding.fixRefused ? `${suggestion}\n    not fixed by --fix: ${printable(finding.fixRefused)}` : suggestion;
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

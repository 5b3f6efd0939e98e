/**
 * The default terminal format: findings grouped by file, each with its
 * position, severity, message and rule id, a code frame with the flagged
 * text marked, and a summary line.
 */
import { Chalk } from 'chalk';
import { LineIndex } from '../documents/positions.js';
import type { Finding } from '../engine/types.js';
import { codeFrame } from './code-frame.js';
import { printable } from './printable.js';
import type { Reporter } from './types.js';

export const stylish: Reporter = (run, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const blocks: string[] = [];
  for (const result of run.results) {
    if (result.findings.length === 0) continue;
    const lines = new LineIndex(result.source);
    const entries = result.findings.map((finding) => {
      const severity = finding.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
      const head = `  ${chalk.dim(`${finding.line}:${finding.column}`)}  ${severity}  ${printable(finding.message)}  ${chalk.dim(printable(finding.ruleId))}`;
      if (finding.fatal || result.source === '') return head;
      const frame = codeFrame(lines, finding.line, finding.column, finding.endLine, finding.endColumn, {
        gutter: (text) => chalk.dim(text),
        marker: (text) => (finding.severity === 'error' ? chalk.red(text) : chalk.yellow(text)),
      });
      return `${head}\n${indent(frame, 4)}${suggestionLine(finding, chalk.green)}`;
    });
    blocks.push(`${chalk.underline(printable(result.path))}\n${entries.join('\n\n')}`);
  }
  const problems = run.errorCount + run.warningCount;
  if (problems === 0) return '';
  const fixable = run.results.reduce((sum, result) => sum + result.fixableCount, 0);
  const summaryColor = run.errorCount > 0 ? chalk.red.bold : chalk.yellow.bold;
  const summary = summaryColor(`✖ ${plural(problems, 'problem')} (${plural(run.errorCount, 'error')}, ${plural(run.warningCount, 'warning')})`);
  const fixHint = fixable > 0 ? `\n  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.` : '';
  return `\n${blocks.join('\n\n')}\n\n${summary}${fixHint}\n`;
};

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

/**
 * `brandlint history` in the terminal: per commit, the programme's
 * one-message score and its findings by family, then the same per campaign
 * with a spark line of its score, then the messaging that changed after
 * launch. Everything that comes from git or the content is made printable.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { RULE_FAMILIES, type RuleFamily } from '../../engine/types.js';
import { changeSentence, campaignsOf, headline } from '../../history/wording.js';
import type { Counts, FamilyCounts, HistoryReport } from '../../history/types.js';
import { fit } from '../fit.js';
import { printable } from '../printable.js';

/** Short heads of the family columns, spelled out in the legend. */
const FAMILY_HEADS: Record<RuleFamily, string> = {
  lexicon: 'lex',
  tone: 'tone',
  messaging: 'msg',
  channel: 'chan',
  drift: 'drift',
  programme: 'prog',
};
const SPARKS = '▁▂▃▄▅▆▇█';
const SUBJECT_WIDTH = 24;

export function formatHistory(report: HistoryReport, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines = [chalk.bold(printable(headline(report)))];
  if (report.points.length === 0) return `${lines.join('\n')}\n`;
  lines.push(
    '',
    chalk.bold('Programme'),
    `  ${chalk.dim(`${head()}${'confl'.padStart(6)}${'press'.padStart(6)}  subject`)}`,
    ...report.points.map((point) => {
      const subject = point.start ? `(start) ${point.subject}` : point.subject;
      const counts = `${String(point.programme.conflicts).padStart(6)}${String(point.programme.pressure).padStart(6)}`;
      return `  ${row(point.short, point.date, point.programme.score, point.programme.findings, chalk)}${counts}  ${fit(subject, SUBJECT_WIDTH)}`;
    }),
  );
  for (const [id, name] of campaignsOf(report.points)) {
    const scores = report.points.map((point) => point.campaigns.find((campaign) => campaign.id === id)?.score);
    const known = scores.filter((score): score is number => score !== undefined);
    lines.push('', `${chalk.bold(printable(`Campaign ${name ? `${id} — ${name}` : id}`))}  ${spark(scores)}  ${known[0]} → ${known[known.length - 1]}`);
    lines.push(`  ${chalk.dim(head())}`);
    for (const point of report.points) {
      const campaign = point.campaigns.find((candidate) => candidate.id === id);
      lines.push(
        campaign
          ? `  ${row(point.short, point.date, campaign.score, campaign.findings, chalk)}`
          : `  ${point.short.padEnd(9)}${point.date.slice(0, 10).padEnd(12)}${chalk.dim('not yet, or no longer')}`,
      );
    }
  }
  lines.push('', chalk.bold('Messaging changed after launch'));
  if (report.changes.length === 0) lines.push('  None: every campaign still says what it said when it launched.');
  for (const change of report.changes) lines.push(`  ${chalk.red('✗')} ${printable(changeSentence(change))}`);
  lines.push(
    '',
    chalk.dim(
      `Scores are one-message scores (0–100); findings are errors + warnings by family: ${RULE_FAMILIES.map((family) => `${FAMILY_HEADS[family]} ${family}`).join(', ')}.`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function head(): string {
  return `${'commit'.padEnd(9)}${'date'.padEnd(12)}${'score'.padStart(5)}${'errors'.padStart(8)}${'warn'.padStart(6)}${RULE_FAMILIES.map((family) => FAMILY_HEADS[family].padStart(6)).join('')}`;
}

function row(short: string, date: string, score: number | null, findings: FamilyCounts, chalk: ChalkInstance): string {
  const totals = Object.values(findings).reduce((sum: Counts, counts) => ({ errors: sum.errors + counts.errors, warnings: sum.warnings + counts.warnings }), {
    errors: 0,
    warnings: 0,
  });
  const scoreText = score === null ? '–'.padStart(5) : colourScore(score, chalk);
  const families = RULE_FAMILIES.map((family) => String(findings[family].errors + findings[family].warnings).padStart(6)).join('');
  return `${short.padEnd(9)}${date.slice(0, 10).padEnd(12)}${scoreText}${String(totals.errors).padStart(8)}${String(totals.warnings).padStart(6)}${families}`;
}

function colourScore(score: number, chalk: ChalkInstance): string {
  const text = String(score).padStart(5);
  return score >= 90 ? chalk.green(text) : score >= 70 ? chalk.yellow(text) : chalk.red(text);
}

/** A spark per commit: the score's height, a gap where the campaign did not exist. */
function spark(scores: readonly (number | undefined)[]): string {
  return scores.map((score) => (score === undefined ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((score / 100) * SPARKS.length))])).join('');
}

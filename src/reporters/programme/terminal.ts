/**
 * The programme in the terminal, within 100 columns, after the campaign
 * matrices of `brandlint drift`: the campaigns on a timeline of weeks, their
 * audiences and offers side by side, the conflicts between them and the
 * contact pressure per segment.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { BrandKit } from '../../config/types.js';
import { addDays, daysBetween, earliest, latest, shortDay, weekStart } from '../../programme/days.js';
import { OFFER_TERMS, type CampaignProfile, type ProgrammeReport } from '../../programme/types.js';
import { channelCounts, dayText, periodText } from '../../programme/wording.js';
import { fit } from '../fit.js';

const WIDTH = 100;
const NAME_WIDTH = 28;
const CELL_WIDTH = 5;
const MAX_COLUMNS = Math.floor((WIDTH - NAME_WIDTH - 2) / CELL_WIDTH);

export function formatProgramme(report: ProgrammeReport, kit: BrandKit, options: { color: boolean }): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const dated = report.campaigns.filter((campaign) => campaign.window);
  const span = dated.length > 0 ? periodText(earliest(dated.map((c) => c.window!.start)), latest(dated.map((c) => c.window!.end))) : 'no dates';
  const lines = [chalk.bold(`Programme  ${report.campaigns.length} ${report.campaigns.length === 1 ? 'campaign' : 'campaigns'}, ${span}`)];
  if (!report.complete) lines.push(chalk.dim('  (one shard: conflicts and contact pressure come from `brandlint merge`)'));
  lines.push('', ...timeline(report.campaigns, kit.programme.contactLimits.weekStart, chalk));
  lines.push('', ...offers(report.campaigns));
  lines.push('', ...conflicts(report, chalk));
  lines.push('', ...pressure(report, chalk));
  return `${lines.join('\n')}\n`;
}

function timeline(campaigns: readonly CampaignProfile[], first: 'monday' | 'sunday', chalk: ChalkInstance): string[] {
  const dated = campaigns.filter((campaign) => campaign.window);
  if (dated.length === 0) return ['  No campaign has dates: declare `window` in the kit, or date the deliverables.'];
  const from = weekStart(earliest(dated.map((campaign) => campaign.window!.start)), first);
  const weeks = Math.floor(daysBetween(from, latest(dated.map((campaign) => campaign.window!.end))) / 7) + 1;
  const perColumn = Math.ceil(weeks / MAX_COLUMNS);
  const columns = Math.ceil(weeks / perColumn);
  const columnStart = (index: number): string => addDays(from, index * perColumn * 7);
  const header = Array.from({ length: columns }, (_, index) => shortDay(columnStart(index)).padEnd(CELL_WIDTH)).join('');
  const lines = [`  ${chalk.dim(`${'weeks from'.padEnd(NAME_WIDTH)}${header}`.trimEnd())}`];
  for (const campaign of campaigns) {
    const window = campaign.window;
    const name = fit(campaign.id, NAME_WIDTH - 1).padEnd(NAME_WIDTH);
    if (!window) {
      lines.push(`  ${name}${chalk.dim('no dates')}`);
      continue;
    }
    const mark = window.basis === 'kit' ? '█' : '▒';
    const cells = Array.from({ length: columns }, (_, index) => {
      const start = columnStart(index);
      const end = addDays(start, perColumn * 7 - 1);
      return start <= window.end && window.start <= end ? mark.repeat(CELL_WIDTH - 1) + ' ' : ' '.repeat(CELL_WIDTH);
    }).join('');
    const period = `${periodText(window.start, window.end)}${window.basis === 'kit' ? '' : ', inferred'}`;
    const bars = `  ${name}${cells}`;
    lines.push(bars.length + 1 + period.length <= WIDTH ? `${bars} ${chalk.dim(period)}` : bars.trimEnd());
  }
  lines.push(`  ${chalk.dim('█ window in the kit  ▒ inferred from the deliverables’ dates')}`);
  return lines;
}

function offers(campaigns: readonly CampaignProfile[]): string[] {
  const widths = { name: 24, audiences: 26, term: 12 };
  const header = `  ${'offers'.padEnd(widths.name)}${'audiences'.padEnd(widths.audiences)}${OFFER_TERMS.map((term) => term.padEnd(widths.term)).join('')}`;
  const rows = campaigns.map((campaign) => {
    const audiences = campaign.audiences.length > 0 ? campaign.audiences.join(', ') : 'everyone';
    const terms = OFFER_TERMS.map((term) => fit(campaign.offers.find((offer) => offer.kind === term)?.value ?? '–', widths.term - 1).padEnd(widths.term)).join(
      '',
    );
    return `  ${fit(campaign.id, widths.name - 1).padEnd(widths.name)}${fit(audiences, widths.audiences - 1).padEnd(widths.audiences)}${terms}`.trimEnd();
  });
  return [header.trimEnd(), ...rows];
}

function conflicts(report: ProgrammeReport, chalk: ChalkInstance): string[] {
  if (!report.complete) return [];
  if (report.conflicts.length === 0) return ['  No conflicting offers across campaigns.'];
  return [
    chalk.bold('  Conflicting offers'),
    ...report.conflicts.map((conflict) => {
      const [a, b] = conflict.sides;
      const whom = conflict.audiences.length > 0 ? conflict.audiences.join(', ') : conflict.products.length > 0 ? conflict.products.join(', ') : 'everyone';
      const mark = conflict.evidence === 'declared' ? chalk.red('✗') : chalk.yellow('!');
      const line = `  ${mark} ${conflict.kind}: ${a.campaign} ${a.display} vs ${b.campaign} ${b.display} — ${whom}, ${periodText(conflict.overlap.start, conflict.overlap.end)}`;
      return conflict.evidence === 'declared' ? line : `${line}\n    ${chalk.dim(`inferred: ${conflict.reasons.join('; ')}`)}`;
    }),
  ];
}

function pressure(report: ProgrammeReport, chalk: ChalkInstance): string[] {
  if (!report.complete) return [];
  if (report.pressure.length === 0) return ['  No segment receives more messages than the kit allows.'];
  return [
    chalk.bold('  Contact pressure'),
    ...report.pressure.map((entry) => {
      const when = entry.period === 'day' ? dayText(entry.start) : `week of ${dayText(entry.start)}`;
      return `  ${chalk.yellow('!')} ${entry.segment}, ${when}: ${entry.count} messages (${channelCounts(entry.channels)}); the kit allows ${entry.limit}`;
    }),
  ];
}

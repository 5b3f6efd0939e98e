/**
 * How the history says what it found, the same in the terminal, JSON
 * readers' eyes and the HTML page: the headline of a walk, and a change of
 * messaging after launch as one sentence.
 */
import { dayText } from '../programme/wording.js';
import type { HistoryPoint, HistoryReport, MessagingChange, MessagingTerm } from './types.js';

const TERM_NAMES: Record<MessagingTerm, string> = {
  tagline: 'tagline',
  discount: 'offer',
  code: 'code',
  price: 'price',
  trial: 'trial',
  deadline: 'deadline',
  cta: 'CTA',
};

/** "History since v1: 4 commits that changed content, 2 campaigns" (with the --max-commits bound when it left commits out). */
export function headline(report: HistoryReport): string {
  const changed = report.points.filter((point) => !point.start).length;
  if (changed === 0) return `No commit ${report.since !== null ? `since ${report.since} ` : ''}changed content.`;
  const campaigns = campaignsOf(report.points).length;
  const commits = report.omitted > 0 ? `the last ${changed} of ${changed + report.omitted} commits` : `${changed} ${changed === 1 ? 'commit' : 'commits'}`;
  const bound = report.omitted > 0 ? ` (--max-commits ${report.maxCommits})` : '';
  return `History${report.since !== null ? ` since ${report.since}` : ''}: ${commits} that changed content${bound}, ${campaigns} ${campaigns === 1 ? 'campaign' : 'campaigns'}`;
}

/** 'spring-launch: offer changed from 20% off to 25% off in abc1234 on 2026-04-12 (launched April 1, 2026): "Raise the offer"'. */
export function changeSentence(change: MessagingChange): string {
  const launched = `launched ${dayText(change.launch)}${change.launchBasis === 'kit' ? '' : ' by its deliverables’ dates'}`;
  return `${change.campaign}: ${TERM_NAMES[change.term]} changed from ${valueText(change.term, change.from)} to ${valueText(change.term, change.to)} in ${change.short} on ${change.date.slice(0, 10)} (${launched}): "${change.subject}"`;
}

/** A messaging value in a sentence: "20% off", "May 31, 2026", words quoted, "nothing" for none. */
export function valueText(term: MessagingTerm, value: string | null): string {
  if (value === null) return 'nothing';
  return term === 'tagline' || term === 'cta' ? `"${value}"` : value;
}

/** Every campaign of the walk once, in order of first appearance, with its name. */
export function campaignsOf(points: readonly HistoryPoint[]): [string, string | null][] {
  return [...new Map(points.flatMap((point) => point.campaigns.map((campaign) => [campaign.id, campaign.name] as const))).entries()];
}

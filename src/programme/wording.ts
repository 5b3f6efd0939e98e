/**
 * How programme findings and views say days, periods, places and counts:
 * "April 20, 2026", "April 20 – 26, 2026", "3 emails, 4 posts".
 */
import type { Channel } from '../documents/types.js';
import { displayValue } from '../drift/values.js';
import type { ProgrammePlace } from './types.js';

/** "April 20, 2026". */
export function dayText(day: string): string {
  return displayValue('deadline', day);
}

/** "April 20 – 26, 2026", "April 28 – May 3, 2026", "April 20, 2026" for one day. */
export function periodText(start: string, end: string): string {
  if (start === end) return dayText(start);
  const [from, to] = [dayText(start), dayText(end)];
  // "April 20, 2026": month and day, then year.
  const [fromMonthDay = from, fromYear] = from.split(', ');
  const [toMonthDay = to, toYear] = to.split(', ');
  if (fromYear !== toYear) return `${from} – ${to}`;
  const [fromMonth] = fromMonthDay.split(' ');
  const [toMonth, toDay] = toMonthDay.split(' ');
  return `${fromMonthDay} – ${fromMonth === toMonth ? toDay : toMonthDay}, ${toYear}`;
}

/** "a.md:3:5, b.csv:2:10 and 2 more". */
export function placesText(places: readonly ProgrammePlace[], shown = 3): string {
  const listed = places.slice(0, shown).map((place) => `${place.path}:${place.line}:${place.column}`);
  const more = places.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}

const CHANNEL_NOUNS: Record<Channel, [string, string]> = {
  email: ['email', 'emails'],
  social: ['post', 'posts'],
  call: ['call', 'calls'],
  web: ['page', 'pages'],
};

/** "3 emails, 4 posts". */
export function channelCounts(counts: Partial<Record<Channel, number>>): string {
  return (Object.keys(CHANNEL_NOUNS) as Channel[])
    .filter((channel) => counts[channel])
    .map((channel) => `${counts[channel]} ${CHANNEL_NOUNS[channel][counts[channel] === 1 ? 0 : 1]}`)
    .join(', ');
}

/** "1st", "2nd", "3rd", "11th". */
export function ordinal(count: number): string {
  const teen = count % 100 >= 11 && count % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}

/**
 * Calendar days as the programme holds them — YYYY-MM-DD strings, which
 * sort as they fall — and the arithmetic on them, in UTC so no time zone
 * moves a day.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The first day of the week holding `day`. */
export function weekStart(day: string, first: 'monday' | 'sunday'): string {
  const weekday = new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay();
  return addDays(day, -(first === 'monday' ? (weekday + 6) % 7 : weekday));
}

/** "4/20", for the heads of timeline columns. */
export function shortDay(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}/${date}`;
}

export function earliest(days: readonly string[]): string {
  return days.reduce((first, day) => (day < first ? day : first));
}

export function latest(days: readonly string[]): string {
  return days.reduce((last, day) => (day > last ? day : last));
}

/**
 * Offer dates: deadlines ("ends May 31", "through 5/31", "until 31 May
 * 2026", "last day: Sunday") and starts ("starts May 1", "from May 1
 * through May 31"). chrono-node reads the date; the words before it decide
 * whether it is one: a webinar date or a founding year has no such cue.
 *
 * Values: "2026-05-31"; "--05-31" (ISO 8601 without a year) when neither
 * the text nor the campaign gives the year; "Sunday" for a weekday alone.
 */
import type { ParsedComponents } from 'chrono-node';
import { chrono } from '../libraries.js';
import { OFFER_CONTEXT, OFFER_WORDS, sentenceAround, textBefore, type Candidate } from './scan.js';

const SEPARATOR = '\\s*[:,–—-]?\\s*';
const DEADLINE_CUE = new RegExp(
  `\\b(?:ends?|ending|expires?|expiring|through|thru|until|till|til|by|before|no\\s+later\\s+than|closes?|deadline|last\\s+day(?:\\s+to\\s+\\w+)?|valid\\s+(?:through|until|till))${SEPARATOR}(?:on\\s+|at\\s+)?(?:midnight\\s+(?:on\\s+)?)?(?:the\\s+)?$`,
  'i',
);
const START_CUE = new RegExp(`\\b(?:starts?|starting|begins?|beginning|kicks?\\s+off|launch(?:es)?|opens?|as\\s+of)${SEPARATOR}(?:on\\s+)?(?:the\\s+)?$`, 'i');
const RANGE_CUE = /\b(?:runs?|running|valid|sale|offer|promotion)\b[^.!?]{0,24}$/i;
const SPAN_CUE = /\b(?:from|between)\s+(?:on\s+)?(?:the\s+)?$/i;
/** A month, a weekday or a numeric date written out: what a day of the calendar needs. */
const NAMES_A_DAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/i;
/**
 * What any text holding a date `NAMES_A_DAY` accepts must contain: chrono's
 * matches start and end at word boundaries, but a numeric date may follow a
 * letter ("code5/31"). Text without it is not given to chrono, which spends
 * far longer compiling its patterns than a page of copy takes to read.
 */
const MAY_NAME_A_DAY = new RegExp(NAMES_A_DAY.source.replace(/\\b(?=\\d)|(?<=\})\\b/g, ''), 'i');
/** Dates relative to the day of reading, which the copy cannot pin down. */
const RELATIVE = /\b(?:today|tonight|tomorrow|yesterday|now|this|next|last|week|weekend|month|year)\b/i;
const RANGE_SEPARATOR = /\s*(?:–|—|-|\bthrough\b|\bthru\b|\bto\b|\buntil\b|\btill\b)\s*/gi;

/** "24/7" and "24x7" are opening hours, not the 24th of July. */
const ROUND_THE_CLOCK = /^24\s*[/x×]\s*7$/i;
/** The date of an event (a webinar, a tasting) is no offer date, however it is cued ("the webinar starts March 10"). */
const EVENT =
  /\b(?:webinars?|events?|workshops?|cuppings?|tastings?|livestreams?|live\s+streams?|meetups?|conferences?|sessions?|masterclass(?:es)?|classes|demo\s+days?|open\s+house|AMA|Q&A)\b/i;

function isEventDate(sentence: string): boolean {
  return EVENT.test(sentence) && !OFFER_WORDS.test(sentence);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface DateCandidates {
  starts: Candidate[];
  deadlines: Candidate[];
}

export function findOfferDates(text: string, year?: number): DateCandidates {
  const starts: Candidate[] = [];
  const deadlines: Candidate[] = [];
  if (!MAY_NAME_A_DAY.test(text)) return { starts, deadlines };
  const reference = new Date(Date.UTC(year ?? 2000, 0, 1, 12));
  for (const result of chrono().parse(text, reference, { forwardDate: true })) {
    const written = result.text.trimEnd();
    if (!NAMES_A_DAY.test(written) || ROUND_THE_CLOCK.test(written)) continue;
    const before = textBefore(text, result.index);
    const start = result.index;
    const end = start + written.length;
    if (isEventDate(sentenceAround(text, start, end))) continue;
    const spanOfOffer = SPAN_CUE.test(before) && OFFER_CONTEXT.test(sentenceAround(text, start, end));
    if (result.end) {
      if (!START_CUE.test(before) && !DEADLINE_CUE.test(before) && !RANGE_CUE.test(before) && !spanOfOffer) continue;
      const split = rangeSplit(written);
      const startValue = dateValue(result.start, written.slice(0, split.startEnd), year);
      const endValue = dateValue(result.end, written.slice(split.endStart), year);
      if (startValue) starts.push({ start, end: start + split.startEnd, value: startValue, priority: 0 });
      if (endValue) deadlines.push({ start: start + split.endStart, end, value: endValue, priority: 0 });
      continue;
    }
    const value = dateValue(result.start, written, year);
    if (!value) continue;
    if (DEADLINE_CUE.test(before)) deadlines.push({ start, end, value, priority: 0 });
    else if (START_CUE.test(before) || spanOfOffer) starts.push({ start, end, value, priority: 0 });
  }
  return { starts, deadlines };
}

/** Where the first date of a range ends and the second begins ("May 1 through May 31"). */
function rangeSplit(text: string): { startEnd: number; endStart: number } {
  const separators = [...text.matchAll(RANGE_SEPARATOR)];
  const last = separators[separators.length - 1];
  return last ? { startEnd: last.index, endStart: last.index + last[0].length } : { startEnd: text.length, endStart: 0 };
}

function dateValue(components: ParsedComponents, written: string, year: number | undefined): string | undefined {
  if (RELATIVE.test(written)) return undefined;
  const month = components.get('month');
  const day = components.get('day');
  if (components.isCertain('month') && components.isCertain('day') && month && day) {
    const knownYear = components.isCertain('year') ? components.get('year') : year;
    const monthDay = `${pad(month)}-${pad(day)}`;
    return knownYear ? `${knownYear}-${monthDay}` : `--${monthDay}`;
  }
  const weekday = components.get('weekday');
  return components.isCertain('weekday') && weekday !== null && weekday !== undefined ? WEEKDAYS[weekday] : undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Whether two date values name the same day: equal, equal but for an
 * unknown year ("--05-31" and "2026-05-31"), or a weekday and a date that
 * falls on it. A weekday and a date without a year cannot disagree.
 */
export function datesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  const weekdayA = WEEKDAYS.includes(a);
  const weekdayB = WEEKDAYS.includes(b);
  if (weekdayA && weekdayB) return false;
  if (weekdayA || weekdayB) return weekdayAgrees(weekdayA ? a : b, weekdayA ? b : a);
  return a.slice(-5) === b.slice(-5) && (a.startsWith('--') || b.startsWith('--'));
}

function weekdayAgrees(weekday: string, date: string): boolean {
  if (date.startsWith('--')) return true;
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] === weekday;
}

/**
 * The calendar day a scheduling value names — a calendar's date cell, a
 * front matter `date:`, an .eml Date header — as YYYY-MM-DD: ISO dates as
 * written (a time after them does not move the day), other forms ("May 4,
 * 2026", "4/5/2026 9:00", "Mon, 04 May 2026 09:00:00 -0400") read by
 * chrono-node, a missing year taken from `year`. Undefined when no whole
 * day can be read.
 */
export function dayOf(value: unknown, year?: number): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (iso) return isRealDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined;
  const [result] = chrono().parse(value, new Date(Date.UTC(year ?? 2000, 0, 1, 12)));
  if (!result || !NAMES_A_DAY.test(result.text)) return undefined;
  const { start } = result;
  const knownYear = start.isCertain('year') ? start.get('year') : year;
  const month = start.get('month');
  const day = start.get('day');
  if (!knownYear || !month || !day || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  return `${knownYear}-${pad(month)}-${pad(day)}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

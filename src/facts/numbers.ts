/**
 * Numbers as copy writes them: digits ("20", "1,200", "49.99") or words
 * ("twenty", "twenty-five", "fourteen"). The pattern finds them in text;
 * compromise, which already reads numbers for the tone rules, turns the
 * words into values.
 */
import { compromise } from '../libraries.js';

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const NUMBER_WORDS = `(?:(?:a|one)\\s+hundred|(?:${TENS.join('|')})(?:[-\\s](?:${ONES.join('|')}))?|${[...TEENS, ...ONES].join('|')})`;

/** A number in digits or words, as a regular-expression source (no capture groups). */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORDS}\\b)`;

export function parseNumber(written: string): number | undefined {
  const text = written.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  const [value] = compromise()(text).numbers().get() as number[];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Fractions written as words, in percent ("a fifth off" → 20). Thirds are left out: 33⅓ is not a discount anyone writes as such. */
export const FRACTION_PERCENT: Readonly<Record<string, number>> = { half: 50, quarter: 25, fifth: 20, tenth: 10 };

/** "49", "49.5" → "49.50", "49.00" → "49": how amounts are written in canonical values. */
export function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}

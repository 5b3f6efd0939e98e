/**
 * Offer facts written in words and numbers: discounts ("20% off", "save
 * twenty percent", "a fifth off"), prices with currency and billing period
 * ("$49/mo", "49 dollars a month") and trial lengths ("14-day", "two-week
 * free trial"). A number counts only in the phrase that makes it an offer:
 * "24/7 support", "3 steps" and "30-day payment terms" are none of these.
 * Any amount of money written as a price is a price, a receipt's line items
 * included (a deliverable may state several); money that is no price to
 * pay — an amount saved, a revenue band, funding — is not.
 */
import { FRACTION_PERCENT, NUMBER, formatAmount, parseNumber } from './numbers.js';
import { textBefore, type Candidate } from './scan.js';

const PERCENT = `\\s?(?:%|percent\\b|per\\s+cent\\b|pct\\b)`;
const AFTER_NUMBER = '(?<![\\w.$€£])';

const DISCOUNT_PATTERNS: RegExp[] = [
  new RegExp(`${AFTER_NUMBER}(${NUMBER})${PERCENT}\\s*(?:off\\b|discount\\b|savings?\\b|reduction\\b)`, 'gi'),
  new RegExp(`\\b(?:save|saving|take|get|enjoy|extra|discount\\s+of)\\s+(?:up\\s+to\\s+|an?\\s+(?:extra|additional)\\s+)?(${NUMBER})${PERCENT}`, 'gi'),
  new RegExp(`\\b(?:(?:a|one)[\\s-])?(${Object.keys(FRACTION_PERCENT).join('|')})[\\s-](?:off|price)\\b`, 'gi'),
];

export function findDiscounts(text: string): Candidate[] {
  const found: Candidate[] = [];
  DISCOUNT_PATTERNS.forEach((pattern, priority) => {
    for (const match of text.matchAll(pattern)) {
      const written = (match[1] ?? '').toLowerCase();
      const percent = FRACTION_PERCENT[written] ?? parseNumber(written);
      if (percent === undefined || percent <= 0 || percent > 100) continue;
      found.push({ start: match.index, end: match.index + match[0].length, value: `${formatAmount(percent)}%`, priority });
    }
  });
  return found;
}

const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
};
const CODES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY'];
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: 'USD', buck: 'USD', euro: 'EUR', pound: 'GBP' };
const AMOUNT = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?|\\d+(?:\\.\\d{2})?';
const NOT_A_PRICE_AFTER = '(?![\\d.,]*\\s*(?:[kmb]\\b|million|billion|off\\b))';
const PER = '(?:\\s*/\\s*|\\s+(?:per|a|an|each|every)\\s+)';
/** A currency code after the amount names the currency: "$50.00 CAD" is fifty Canadian dollars. */
const CODE_AFTER = `(?:\\s?(${CODES.join('|')})\\b)?`;
const PERIOD = `(?:${PER}(?:user|seat|person|member)\\b)?(?:${PER}(mo|mth|month|yr|year|wk|week|day)s?\\b|\\s+(monthly|annually|yearly|weekly|daily)\\b)?`;

/** Each pattern's groups: the currency (a code, symbol or word) and the amount written. */
const PRICE_PATTERNS: {
  pattern: RegExp;
  currency: (match: RegExpMatchArray) => string | undefined;
  amount: (match: RegExpMatchArray) => string | undefined;
}[] = [
  {
    pattern: new RegExp(`(?<![\\w.])(US\\$|CA\\$|C\\$|AU\\$|A\\$|\\$|€|£|¥)\\s?(${AMOUNT})${NOT_A_PRICE_AFTER}${CODE_AFTER}${PERIOD}`, 'gi'),
    currency: (match) => match[3]?.toUpperCase() ?? SYMBOLS[match[1]?.toUpperCase() ?? ''],
    amount: (match) => match[2],
  },
  {
    pattern: new RegExp(`(?<![\\w.])(${CODES.join('|')})\\s?(${AMOUNT})${NOT_A_PRICE_AFTER}${PERIOD}`, 'gi'),
    currency: (match) => match[1]?.toUpperCase(),
    amount: (match) => match[2],
  },
  {
    pattern: new RegExp(`(?<![\\w.])(${NUMBER})\\s+(dollar|buck|euro|pound)s?\\b${PERIOD}`, 'gi'),
    currency: (match) => CURRENCY_WORDS[match[2]?.toLowerCase() ?? ''],
    amount: (match) => match[1],
  },
];

const PERIODS: Readonly<Record<string, string>> = {
  mo: 'month',
  mth: 'month',
  month: 'month',
  monthly: 'month',
  yr: 'year',
  year: 'year',
  annually: 'year',
  yearly: 'year',
  wk: 'week',
  week: 'week',
  weekly: 'week',
  day: 'day',
  daily: 'day',
};

/** An amount saved ("save $10", "$10 off") is not a price. */
const SAVING_CUE = /\b(?:save|saving|extra)\s+(?:up\s+to\s+|an?\s+(?:extra|additional)\s+)?$/i;
/** Nor is a company's money: revenue bands ("MRR $100–$499"), funding, salaries. */
const NOT_AN_OFFER_CUE = /\b(?:MRR|ARR|revenues?|raised?|funding|valuation|valued\s+at|salary|salaries)\b[^.!?;]{0,12}$/i;

/** A threshold is no price: "free shipping on orders over $30", "spend $50 or more", "a $25 minimum". */
const THRESHOLD_BEFORE =
  /\b(?:over|above|more\s+than|at\s+least|minimum(?:\s+(?:order|spend|purchase))?(?:\s+of)?|orders?\s+(?:of|from)|spend(?:ing)?|when\s+you\s+spend)\s+$/i;
const THRESHOLD_AFTER = /^(?:\s*\+|\s+(?:or\s+more|and\s+(?:up|over|above)|minimum)\b)/i;

function isThreshold(before: string, after: string): boolean {
  return THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(after);
}

export function findPrices(text: string): Candidate[] {
  const found: Candidate[] = [];
  PRICE_PATTERNS.forEach(({ pattern, currency, amount }, priority) => {
    for (const match of text.matchAll(pattern)) {
      const written = amount(match);
      const value = written === undefined ? undefined : parseNumber(written);
      const unit = currency(match);
      const before = textBefore(text, match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
      if (value === undefined || unit === undefined || SAVING_CUE.test(before) || NOT_AN_OFFER_CUE.test(before) || isThreshold(before, after)) continue;
      const periodWord = (match[match.length - 2] ?? match[match.length - 1])?.toLowerCase();
      const period = periodWord ? PERIODS[periodWord] : undefined;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        value: `${unit} ${formatAmount(value)}${period ? `/${period}` : ''}`,
        priority,
      });
    }
  });
  return found;
}

const LENGTH = `(${NUMBER}|an?)[\\s-](day|week|month)s?`;
const SPACED_LENGTH = `(${NUMBER}|an?)\\s+(day|week|month)s?\\b`;

const TRIAL_PATTERNS: RegExp[] = [
  new RegExp(`\\b${LENGTH}(?:[\\s-]long)?\\s+(?:free\\s+|risk[\\s-]free\\s+|no[\\s-]risk\\s+)?trial\\b`, 'gi'),
  new RegExp(`\\btrial\\s+(?:period\\s+)?(?:of|for|lasts?|is)\\s+${SPACED_LENGTH}`, 'gi'),
  new RegExp(`\\bfree\\s+for\\s+${SPACED_LENGTH}`, 'gi'),
  new RegExp(`\\b${SPACED_LENGTH}\\s+free\\b`, 'gi'),
];

const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30 };

/** Trial lengths in days; a month counts as 30 days so "one-month" and "30-day" agree. */
export function findTrials(text: string): Candidate[] {
  const found: Candidate[] = [];
  TRIAL_PATTERNS.forEach((pattern, priority) => {
    for (const match of text.matchAll(pattern)) {
      const [whole, written = '', unit = ''] = match;
      const count = /^an?$/i.test(written) ? 1 : parseNumber(written);
      const days = DAYS_IN[unit.toLowerCase()];
      if (count === undefined || count <= 0 || days === undefined) continue;
      found.push({ start: match.index, end: match.index + whole.length, value: daysValue(count * days), priority });
    }
  });
  return found;
}

export function daysValue(days: number): string {
  return `${formatAmount(days)} ${days === 1 ? 'day' : 'days'}`;
}

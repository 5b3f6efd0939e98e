/**
 * How fact values compare and read. Values are canonical strings (see
 * Fact.value); most agree when equal, some kinds when they name the same
 * thing in another form.
 */
import { datesAgree } from '../facts/dates.js';
import type { FactKind } from '../facts/types.js';

/** What a kind is called in messages: "the campaign's offer is 20% off". */
export const KIND_LABELS: Readonly<Record<FactKind, string>> = {
  discount: 'offer',
  price: 'price',
  code: 'promo code',
  start: 'start date',
  deadline: 'end date',
  trial: 'trial',
  link: 'landing page',
  phone: 'phone number',
  hashtag: 'hashtag',
  product: 'product',
  cta: 'call to action',
  tagline: 'tagline',
  pillar: 'pillar',
};

/** Kinds that say one thing per campaign: two different values are drift. */
export const SINGLE_VALUED: readonly FactKind[] = ['discount', 'price', 'code', 'start', 'deadline', 'trial', 'link', 'phone'];

/**
 * Equal, or equal in another form: dates naming the same day (see
 * datesAgree), a monthly price and the yearly price twelve times it, codes,
 * hashtags and CTAs in any case.
 */
export function valuesAgree(kind: FactKind, a: string, b: string): boolean {
  if (a === b) return true;
  switch (kind) {
    case 'start':
    case 'deadline':
      return datesAgree(a, b);
    case 'price':
      return pricesAgree(a, b);
    case 'code':
    case 'hashtag':
    case 'cta':
    case 'product':
      return a.toLowerCase() === b.toLowerCase();
    default:
      return false;
  }
}

const PRICE = /^([A-Z]{3}) ([\d.]+)(?:\/(\w+))?$/;

function pricesAgree(a: string, b: string): boolean {
  const [, currencyA, amountA, periodA] = PRICE.exec(a) ?? [];
  const [, currencyB, amountB, periodB] = PRICE.exec(b) ?? [];
  if (!currencyA || currencyA !== currencyB || amountA === undefined || amountB === undefined) return false;
  const yearly = (amount: string, period: string | undefined): number | undefined =>
    period === 'year' ? Number(amount) : period === 'month' ? Number(amount) * 12 : undefined;
  const yearA = yearly(amountA, periodA);
  return yearA !== undefined && Math.abs(yearA - (yearly(amountB, periodB) ?? Number.NaN)) < 0.005;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A value as people read it: "20% off", "May 31, 2026", "a 14-day trial". */
export function displayValue(kind: FactKind, value: string): string {
  switch (kind) {
    case 'discount':
      return `${value} off`;
    case 'start':
    case 'deadline':
      return displayDate(value);
    case 'trial':
      return `a ${value.replace(/ days?$/, '')}-day trial`;
    default:
      return value;
  }
}

function displayDate(value: string): string {
  const match = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const monthDay = `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}`;
  return match[1] === '-' ? monthDay : `${monthDay}, ${match[1]}`;
}

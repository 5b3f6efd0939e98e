/**
 * Phone numbers in any common format — "(415) 555-0100", "415.555.0100",
 * "+1 415 555 0100", a tel: link — found and normalised to E.164 by
 * libphonenumber-js. Numbers without a country code are read as US numbers.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { Candidate } from './scan.js';

const DEFAULT_COUNTRY: CountryCode = 'US';

export function findPhones(text: string): Candidate[] {
  return findPhoneNumbersInText(text, DEFAULT_COUNTRY).map((found) => ({ start: found.startsAt, end: found.endsAt, value: found.number.number, priority: 0 }));
}

/** E.164 form of one written number (a kit value, a tel: link), undefined when it is none. */
export function normalisePhone(written: string): string | undefined {
  const number = parsePhoneNumberFromString(written.replace(/^tel:/i, ''), DEFAULT_COUNTRY);
  return number?.isValid() ? number.number : undefined;
}

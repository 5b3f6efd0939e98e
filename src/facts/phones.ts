/**
 * Phone numbers in any common format — "(415) 555-0100", "415.555.0100",
 * "+1 415 555 0100", a tel: link — found and normalised to E.164 by
 * libphonenumber-js. Numbers without a country code are read in the kit's
 * home country (see `homeCountry`).
 */
import type { CountryCode } from 'libphonenumber-js';
import type { BrandKit } from '../config/types.js';
import { phoneNumbers } from '../libraries.js';
import type { Candidate } from './scan.js';

const DEFAULT_COUNTRY: CountryCode = 'US';

/**
 * The country of numbers written without a country code ("020 7946 0018"):
 * that of the first campaign phone declared with one, else the country of
 * the kit's spelling, else the US.
 */
export function homeCountry(kit: BrandKit): CountryCode {
  for (const campaign of kit.campaigns) {
    const country = campaign.truth.phone ? phoneNumbers().parsePhoneNumberFromString(campaign.truth.phone)?.country : undefined;
    if (country) return country;
  }
  return kit.tone.spelling === 'en-GB' ? 'GB' : DEFAULT_COUNTRY;
}

export function findPhones(text: string, country: CountryCode = DEFAULT_COUNTRY): Candidate[] {
  // A comma or semicolon ends a number: libphonenumber would otherwise read
  // "0100, 9am" as one over-long number and find none. Same length, same offsets.
  const separated = text.replace(/[,;]/g, '\n');
  return phoneNumbers()
    .findPhoneNumbersInText(separated, country)
    .map((found) => ({ start: found.startsAt, end: found.endsAt, value: found.number.number, priority: 0 }));
}

/** E.164 form of one written number (a kit value, a tel: link), undefined when it is none. */
export function normalisePhone(written: string): string | undefined {
  const number = phoneNumbers().parsePhoneNumberFromString(written.replace(/^tel:/i, ''), DEFAULT_COUNTRY);
  return number?.isValid() ? number.number : undefined;
}

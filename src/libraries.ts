/**
 * The heavy libraries that modules used on every run need only for some
 * content, each loaded on first use rather than at start-up: compromise for
 * the inflections of a kit's terms and for numbers written in words, chrono
 * for dates, libphonenumber for phone numbers, twitter-text for X's length,
 * recheck for a kit's regular expressions that might backtrack, ajv for a
 * kit schema that has no validator generated ahead of time, remark-mdx for
 * MDX pages.
 *
 * They are required synchronously, so the code that uses them stays
 * synchronous, and through their CommonJS builds where they have one: one
 * bundled file loads in a fraction of the time of the hundreds of ES modules
 * some of them ship. (Node 20.19 and later require ES-only packages too.)
 */
import { createRequire } from 'node:module';
import type * as Ajv from 'ajv';
import type * as Chrono from 'chrono-node/en';
import type Compromise from 'compromise';
import type * as PhoneNumbers from 'libphonenumber-js';
import type * as Recheck from 'recheck';
import type * as RemarkMdx from 'remark-mdx';
import type TwitterText from 'twitter-text';

const require = createRequire(import.meta.url);

function onFirstUse<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

export const ajv = onFirstUse<typeof Ajv>('ajv');
export const compromise = onFirstUse<typeof Compromise>('compromise');
/** chrono's English parsers, without the other locales its main module loads. */
export const chrono = onFirstUse<typeof Chrono>('chrono-node/en');
export const phoneNumbers = onFirstUse<typeof PhoneNumbers>('libphonenumber-js');
export const twitterText = onFirstUse<typeof TwitterText>('twitter-text');
export const recheck = onFirstUse<typeof Recheck>('recheck');
export const remarkMdx = onFirstUse<typeof RemarkMdx>('remark-mdx');

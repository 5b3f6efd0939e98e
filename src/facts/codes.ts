/**
 * Promo codes: the code written near "code", "promo", "coupon", "use",
 * "enter" or "apply". A code is written in capitals; after a verb alone
 * ("use SPRING20") it must also hold a digit and stand in a sentence about
 * an offer, so "use SSO" and a changelog's "use ES6 classes" are no codes.
 * A code may also stand alone, the only text of its paragraph, right after
 * one that speaks of a code ("Your coupon code is" / "Ax8Sp0023KL2"); there
 * it is written in any case, but mixes letters and digits.
 */
import { OFFER_CONTEXT, sentenceAround, type Candidate } from './scan.js';

const QUOTE = `["“'‘]?`;
const TOKEN = '([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9])';

const AFTER_CODE = new RegExp(`\\b(?:code|promo|coupon)(?:\\s+code)?\\s*(?::|\\bis\\b)?\\s*${QUOTE}${TOKEN}`, 'gi');
const AFTER_VERB = new RegExp(`\\b(?:use|enter|apply|redeem)\\s+${QUOTE}${TOKEN}`, 'gi');
const STANDALONE = /^\s*["“'‘]?([A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9])["”'’]?[.!]?\s*$/;
const SPEAKS_OF_CODE = /\b(?:code|coupon)\b/i;

export function findCodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [priority, pattern] of [AFTER_CODE, AFTER_VERB].entries()) {
    for (const match of text.matchAll(pattern)) {
      const [whole, token = ''] = match;
      const start = match.index + whole.length - token.length;
      const afterVerb = priority === 1;
      if (!looksLikeCode(token, afterVerb)) continue;
      if (afterVerb && !OFFER_CONTEXT.test(sentenceAround(text, match.index, start + token.length))) continue;
      found.push({ start, end: start + token.length, value: token, priority });
    }
  }
  return found;
}

/** The code a paragraph holds alone, when the paragraph before it speaks of a code. */
export function findStandaloneCode(text: string, previous: string | undefined): Candidate[] {
  const match = STANDALONE.exec(text);
  if (!match || previous === undefined || !SPEAKS_OF_CODE.test(previous)) return [];
  const [, token = ''] = match;
  if (!/[A-Za-z]/.test(token) || !/\d/.test(token)) return [];
  const start = text.indexOf(token);
  return [{ start, end: start + token.length, value: token, priority: 2 }];
}

function looksLikeCode(token: string, needsDigit: boolean): boolean {
  return token.length >= 3 && token === token.toUpperCase() && /[A-Z]/.test(token) && (!needsDigit || /\d/.test(token));
}

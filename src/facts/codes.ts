/**
 * Promo codes: the code written near "code", "promo", "coupon", "use",
 * "enter" or "apply". A code is written in capitals; after a verb alone
 * ("use SPRING20") it must also hold a digit, so "use SSO" is no code.
 */
import type { Candidate } from './scan.js';

const QUOTE = `["“'‘]?`;
const TOKEN = '([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9])';

const AFTER_CODE = new RegExp(`\\b(?:code|promo|coupon)(?:\\s+code)?\\s*(?::|\\bis\\b)?\\s*${QUOTE}${TOKEN}`, 'gi');
const AFTER_VERB = new RegExp(`\\b(?:use|enter|apply|redeem)\\s+${QUOTE}${TOKEN}`, 'gi');

export function findCodes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const [priority, pattern] of [AFTER_CODE, AFTER_VERB].entries()) {
    for (const match of text.matchAll(pattern)) {
      const token = match[1];
      if (!looksLikeCode(token, priority === 1)) continue;
      const start = match.index + match[0].length - token.length;
      found.push({ start, end: start + token.length, value: token, priority });
    }
  }
  return found;
}

function looksLikeCode(token: string, needsDigit: boolean): boolean {
  return token.length >= 3 && token === token.toUpperCase() && /[A-Z]/.test(token) && (!needsDigit || /\d/.test(token));
}

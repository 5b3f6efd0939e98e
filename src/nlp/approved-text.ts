/**
 * Copy the kit itself prescribes word for word — the tagline, the
 * boilerplate, the approved calls to action, the call opening and the
 * recording disclosure. Where it stands verbatim in a document, tone rules
 * leave it alone (and so --fix never rewrites it): the brand chose those
 * words, and changing them would only make the messaging rules report
 * drift from the approved text.
 */
import type { BrandKit } from '../config/types.js';
import type { Analysis } from './analyze.js';
import type { Span } from './quotes.js';

/** A placeholder in the call opening: `{agent}`, `{{agent}}`, `[name]`. */
const PLACEHOLDER = /\{\{?\s*[\w.-]+\s*\}?\}|\[[^\]\n]{1,30}\]/g;

function approvedTexts(kit: BrandKit): string[] {
  const campaignCtas = kit.campaigns.flatMap((campaign) => (campaign.truth.cta ? [campaign.truth.cta] : []));
  return [
    kit.messaging.tagline?.text,
    kit.messaging.boilerplate?.text,
    ...kit.messaging.ctas,
    ...campaignCtas,
    kit.channels.call.opening,
    ...kit.channels.call.recordingDisclosure,
  ].filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

/** Each approved text as a pattern: any case, any run of white space, a placeholder standing for a few words. */
export function approvedPatterns(kit: BrandKit): RegExp[] {
  return approvedTexts(kit).map((text) => {
    const pieces = text
      .trim()
      .split(PLACEHOLDER)
      .map((piece) => piece.trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s+'));
    return new RegExp(pieces.join('\\s*\\S.{0,60}?\\s*'), 'giu');
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per unit, the ranges of approved text it holds verbatim (unit offsets). */
export function approvedSpans(analysis: Analysis, patterns: readonly RegExp[]): Span[][] {
  return analysis.units.map((unit) =>
    patterns.flatMap((pattern) => [...unit.text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }))),
  );
}

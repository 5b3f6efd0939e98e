/**
 * The facts of one document: every offer, code, date, link, phone number,
 * name, CTA, tagline, pillar and hashtag it states, in text order, each
 * with its source range and canonical value. A run extracts them once per
 * document and campaign year (see DocumentData).
 */
import type { CountryCode } from 'libphonenumber-js';
import { invitesBesidesTheOffer } from '../channels/cta-role.js';
import type { Document, Segment } from '../documents/types.js';
import { brandUnits, textHit } from '../lexicon/phrase-scan.js';
import type { Analysis, Unit } from '../nlp/analyze.js';
import { findCodes, findStandaloneCode } from './codes.js';
import { findOfferDates } from './dates.js';
import type { LinkTarget } from './link-targets.js';
import { hasUtm, landingLinkFact, parseUrl } from './links.js';
import { findDiscounts, findPrices, findTrials } from './offers.js';
import { findPhones, homeCountry, normalisePhone } from './phones.js';
import { OFFER_WORDS, resolveOverlaps, type Candidate } from './scan.js';
import type { Fact, FactKind } from './types.js';
import { ctaFacts, hashtagFacts, pillarFacts, productFacts, taglineFacts, type WordingSource } from './wording.js';
import { compareText } from '../text/compare.js';

/** What facts are read from: a document's shared data in a run (see DocumentData). */
export interface FactSource extends WordingSource {
  readonly document: Document;
  readonly analysis: Analysis;
  readonly links: readonly LinkTarget[];
}

/**
 * `campaignYear` is the year of dates written without one ("May 31"); without
 * it such dates keep no year ("--05-31") and agree with that day of any year.
 */
export function extractFacts(source: FactSource, campaignYear?: number): Fact[] {
  const { document, analysis } = source;
  const country = homeCountry(source.kit);
  const facts = [
    ...brandUnits(analysis).flatMap((unit, index, units) => textFacts(analysis, unit, units[index - 1], campaignYear, country)),
    ...linkFacts(document, analysis, source.links),
    ...productFacts(source.lexiconHits),
    ...ctaFacts(source),
    ...taglineFacts(source),
    ...pillarFacts(source.pillars),
    ...hashtagFacts(analysis),
  ];
  return facts.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.kind, b.kind));
}

function textFacts(analysis: Analysis, unit: Unit, previous: Unit | undefined, year: number | undefined, country: CountryCode): Fact[] {
  const text = unit.masked;
  const dates = findOfferDates(text, year);
  const found: [FactKind, Candidate[]][] = [
    ['discount', findDiscounts(text)],
    ['price', findPrices(text)],
    ['trial', findTrials(text)],
    ['code', [...findCodes(text), ...findStandaloneCode(text, previous?.masked)]],
    ['start', dates.starts],
    ['deadline', dates.deadlines],
    ['phone', findPhones(text, country)],
  ];
  return found.flatMap(([kind, candidates]) =>
    resolveOverlaps(candidates).map((candidate) => {
      const hit = textHit(analysis, unit, candidate.start, candidate.end);
      return { kind, value: candidate.value, text: hit.text, start: hit.sourceStart, end: hit.sourceEnd, segment: hit.segment };
    }),
  );
}

/**
 * Landing links (buttons, links with UTM parameters, addresses written in
 * the text) and tel: links. A fact stands at the link's visible text, else
 * at its target in the element; its `text` is the address.
 */
function linkFacts(document: Document, analysis: Analysis, targets: readonly LinkTarget[]): Fact[] {
  const facts: Fact[] = [];
  const spoken = document.channel === 'call';
  const unitOfSegment = new Map(brandUnits(analysis).flatMap((unit) => unit.segments.map((part) => [part.segment.index, unit] as const)));
  const brandSegments = new Set(unitOfSegment.keys());
  for (const { link, start, end } of targets) {
    if (link.segment !== undefined && !brandSegments.has(link.segment)) continue;
    const segment = link.segment !== undefined ? document.segments[link.segment] : undefined;
    const range = segment ? segmentRange(segment) : { start, end };
    const text = link.href;
    const phone = /^tel:/i.test(link.href) ? normalisePhone(link.href) : undefined;
    if (phone) {
      facts.push({ kind: 'phone', value: phone, text, ...range, segment: link.segment ?? 0 });
      continue;
    }
    const url = parseUrl(link.href);
    const isButton = segment?.role === 'button';
    if (!url || !(hasUtm(url) || isButton)) continue;
    const context = link.segment !== undefined ? unitOfSegment.get(link.segment)?.masked : undefined;
    const offerLink = segment && isButton ? !invitesBesidesTheOffer(segment.text) : isOfferCopy(context);
    const fact = landingLinkFact({ url, ...range, segment: link.segment, spoken }, text);
    if (fact) facts.push(offerLink ? { ...fact, offerLink } : fact);
  }
  for (const word of analysis.words) {
    if (word.opaque !== 'url' || !brandSegments.has(word.segment)) continue;
    if (document.links.some((link) => link.start <= word.sourceStart && word.sourceEnd <= link.end)) continue;
    const url = parseUrl(word.text);
    const fact = url && landingLinkFact({ url, start: word.sourceStart, end: word.sourceEnd, segment: word.segment, spoken }, word.text);
    if (fact) facts.push(isOfferCopy(unitOfSegment.get(word.segment)?.masked) ? { ...fact, offerLink: true } : fact);
  }
  return facts;
}

/** Copy that states an offer or asks the reader to take it up: a link in it is where the offer is taken. */
const OFFER_COPY = new RegExp(
  `${OFFER_WORDS.source}|\\b(?:sign(?:ing)?[\\s-]?up|subscribe|claim|redeem|get\\s+started|start\\s+(?:your|a|my)|order|shop|buy)\\b`,
  'i',
);

function isOfferCopy(text: string | undefined): boolean {
  return text !== undefined && OFFER_COPY.test(text);
}

function segmentRange(segment: Segment): { start: number; end: number } {
  const { start, end } = segment.map.toSource(0, segment.text.length);
  return { start, end };
}

/**
 * A campaign's declared source of truth, as fact values: what every
 * deliverable of the campaign must agree with.
 */
import type { CampaignConfig, CampaignTruth, OtherOffer } from '../config/types.js';
import { linkParts, linkValue, parseUrl } from '../facts/links.js';
import { formatAmount } from '../facts/numbers.js';
import { daysValue } from '../facts/offers.js';
import { normalisePhone } from '../facts/phones.js';
import type { Fact, FactKind } from '../facts/types.js';
import { valuesAgree } from './values.js';

export interface TruthValue {
  kind: FactKind;
  value: string;
  /** For links: the host, path and UTM parameters the kit declares; a link agrees when these parts do. */
  parts?: Record<string, string>;
}

export function truthValues(config: CampaignConfig | undefined): TruthValue[] {
  if (!config) return [];
  const truth = config.truth;
  const values: TruthValue[] = [];
  const add = (kind: FactKind, value: string | undefined, parts?: Record<string, string>): void => {
    if (value !== undefined) values.push({ kind, value, ...(parts ? { parts } : {}) });
  };
  values.push(...offerValues(truth));
  add('start', truth.start?.slice(0, 10));
  add('deadline', truth.end?.slice(0, 10));
  const link = truthLink(truth);
  if (link) add('link', linkValue(link), link);
  add('phone', truth.phone ? (normalisePhone(truth.phone) ?? truth.phone) : undefined);
  add('hashtag', truth.hashtag);
  add('cta', truth.cta);
  for (const product of truth.products ?? []) add('product', product);
  for (const pillar of truth.pillars ?? []) add('pillar', pillar);
  return values;
}

/** The offer values of the truth, or of one of its other offers. */
function offerValues(offer: OtherOffer): TruthValue[] {
  const values: TruthValue[] = [];
  if (offer.discount !== undefined) values.push({ kind: 'discount', value: `${formatAmount(offer.discount)}%` });
  if (offer.price) {
    const period = offer.price.period && offer.price.period !== 'once' ? `/${offer.price.period}` : '';
    values.push({ kind: 'price', value: `${offer.price.currency} ${formatAmount(offer.price.amount)}${period}` });
  }
  if (offer.code !== undefined) values.push({ kind: 'code', value: offer.code.toUpperCase() });
  if (offer.trialDays !== undefined) values.push({ kind: 'trial', value: daysValue(offer.trialDays) });
  return values;
}

/**
 * Whether a deliverable's fact speaks of the campaign: not a standing offer
 * or threshold the truth lists under `otherOffers`, nor a link to one of its
 * `otherLinks`, nor a link that does not play the landing page's part (an
 * event page, a guide) unless it points at the landing page itself.
 */
export function isCampaignFact(fact: Fact, truth: CampaignTruth): boolean {
  const others = (truth.otherOffers ?? []).flatMap(offerValues);
  if (others.some((other) => other.kind === fact.kind && valuesAgree(fact.kind, fact.value, other.value))) return false;
  if (fact.kind !== 'link' || !fact.parts) return true;
  const landing = truthLink(truth);
  if (landing?.host !== undefined && samePage(fact.parts, landing.host, landing.path)) return true;
  const listed = (truth.otherLinks ?? []).some((address) => {
    const url = parseUrl(address);
    return url !== undefined && samePage(fact.parts ?? {}, url.hostname.toLowerCase().replace(/^www\./, ''), url.pathname.replace(/\/+$/, ''), true);
  });
  // Without a declared landing page, the deliverables' links are compared with one another (drift/consensus).
  return !listed && (fact.offerLink === true || landing === undefined);
}

/** A link on the page (host and path; with `within`, the page or one under it; an empty path is the whole site). */
function samePage(parts: Record<string, string>, host: string, path = '', within = false): boolean {
  if (parts.host !== host) return false;
  if (path === '') return true;
  const linked = parts.path ?? '';
  return linked === path || (within && linked.startsWith(`${path}/`));
}

/** The landing page and UTM parameters the kit declares, as link parts (host and path only when a URL is given). */
function truthLink(truth: CampaignTruth): Record<string, string> | undefined {
  const url = truth.landingUrl ? parseUrl(truth.landingUrl) : undefined;
  const fromUrl = url ? (linkParts(url) ?? { host: url.hostname.toLowerCase().replace(/^www\./, ''), path: '' }) : {};
  const utm = Object.fromEntries(Object.entries(truth.utm ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  const parts = { ...fromUrl, ...utm };
  return Object.keys(parts).length > 0 ? parts : undefined;
}

/** The year of dates written without one: the campaign's `year`, else the year of its declared dates. */
export function campaignYear(config: CampaignConfig | undefined): number | undefined {
  const dated = config?.truth.end ?? config?.truth.start;
  return config?.year ?? (dated ? Number(dated.slice(0, 4)) : undefined);
}

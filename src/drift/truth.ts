/**
 * A campaign's declared source of truth, as fact values: what every
 * deliverable of the campaign must agree with.
 */
import type { CampaignConfig, CampaignTruth } from '../config/types.js';
import { linkParts, linkValue, parseUrl } from '../facts/links.js';
import { formatAmount } from '../facts/numbers.js';
import { daysValue } from '../facts/offers.js';
import { normalisePhone } from '../facts/phones.js';
import type { FactKind } from '../facts/types.js';

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
  add('discount', truth.discount !== undefined ? `${formatAmount(truth.discount)}%` : undefined);
  add(
    'price',
    truth.price
      ? `${truth.price.currency} ${formatAmount(truth.price.amount)}${truth.price.period && truth.price.period !== 'once' ? `/${truth.price.period}` : ''}`
      : undefined,
  );
  add('code', truth.code?.toUpperCase());
  add('start', truth.start?.slice(0, 10));
  add('deadline', truth.end?.slice(0, 10));
  add('trial', truth.trialDays !== undefined ? daysValue(truth.trialDays) : undefined);
  const link = truthLink(truth);
  if (link) add('link', linkValue(link), link);
  add('phone', truth.phone ? (normalisePhone(truth.phone) ?? truth.phone) : undefined);
  add('hashtag', truth.hashtag);
  add('cta', truth.cta);
  for (const product of truth.products ?? []) add('product', product);
  for (const pillar of truth.pillars ?? []) add('pillar', pillar);
  return values;
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

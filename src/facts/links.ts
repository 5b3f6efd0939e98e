/**
 * Landing links: the page a deliverable sends the reader to, read with the
 * WHATWG URL parser. A link counts when it carries UTM parameters, is a
 * button, or is written in a post; links home, to legal pages or to the
 * unsubscribe page are not the campaign's landing page, nor are credit
 * links a site tags with itself as the referrer (a photo's "on Unsplash":
 * utm_source=unsplash&utm_medium=referral on unsplash.com). A relative
 * address ("/pricing") names no site, so it compares with no other link.
 *
 * Value: host (without www.) and path, plus utm_campaign when present —
 * "acme.com/spring?utm_campaign=spring-sale". utm_source and utm_medium
 * differ by channel on purpose; they are kept in `parts`.
 *
 * A link in a call script is read out to the customer, who types what they
 * hear: it carries no UTM parameters, so it is marked `spoken` and only its
 * host and path compare (see linkPage).
 */
import type { Fact } from './types.js';
import { compareText } from '../text/compare.js';

const UTILITY_PATH = /\/(?:unsubscribe|preferences|privacy|terms|legal|help|support|contact|login|signin|account|careers|about)\b/i;

export interface LandingLink {
  url: URL;
  start: number;
  end: number;
  segment?: number;
  spoken: boolean;
}

export function landingLinkFact(link: LandingLink, text: string): Fact | undefined {
  const parts = linkParts(link.url);
  if (!parts || isSelfReferral(parts)) return undefined;
  const fact: Fact = { kind: 'link', value: linkValue(parts), text, start: link.start, end: link.end, segment: link.segment ?? 0, parts };
  return link.spoken ? { ...fact, spoken: true } : fact;
}

/** Host, path and UTM parameters of a landing link; undefined for links that are no landing page. */
export function linkParts(url: URL): Record<string, string> | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || UTILITY_PATH.test(path)) return undefined;
  const parts: Record<string, string> = { host: url.hostname.toLowerCase().replace(/^www\./, ''), path };
  for (const [key, value] of [...url.searchParams].sort(([a], [b]) => compareText(a, b))) {
    if (key.toLowerCase().startsWith('utm_')) parts[key.toLowerCase()] = value;
  }
  return parts;
}

function isSelfReferral(parts: Record<string, string>): boolean {
  const source = parts.utm_source?.toLowerCase();
  return parts.utm_medium?.toLowerCase() === 'referral' && source !== undefined && (parts.host ?? '').split('.').includes(source);
}

export function linkValue(parts: Record<string, string>): string {
  return `${parts.host ?? ''}${parts.path ?? ''}${parts.utm_campaign ? `?utm_campaign=${parts.utm_campaign}` : ''}`;
}

/** The page of a link value, without its utm_campaign: "acme.com/spring". */
export function linkPage(value: string): string {
  const query = value.indexOf('?');
  return query < 0 ? value : value.slice(0, query);
}

export function parseUrl(href: string): URL | undefined {
  if (/^[/.#?]/.test(href)) return undefined;
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `https://${href}`;
  try {
    return new URL(absolute);
  } catch {
    return undefined;
  }
}

export function hasUtm(url: URL): boolean {
  return [...url.searchParams.keys()].some((key) => key.toLowerCase().startsWith('utm_'));
}

/**
 * Utility links: the links of a header or footer that serve the reader, not
 * the campaign — preferences and unsubscribe, privacy and terms, the web
 * version, contact and help, forward to a friend, profile and subscription
 * settings, social networks, the company's own name or logo — and links
 * whose text is a web or e-mail address or a phone number. Whatever verb
 * they open with ("Email preferences", "Book@acme.com"), they are no call to
 * action.
 */
import type { BrandKit } from '../config/types.js';
import type { Segment } from '../documents/types.js';

const UTILITY_PHRASES = [
  String.raw`unsubscri\w*`,
  String.raw`opt[\s-]?out`,
  String.raw`preferences?`,
  String.raw`privacy`,
  String.raw`terms`,
  String.raw`legal`,
  String.raw`cookies?`,
  String.raw`view (?:(?:this|the) (?:e-?mail|message|newsletter) )?(?:in (?:your |a |the )?browser|online|on (?:the )?web|as a web ?page)`,
  String.raw`(?:web|browser|online) version`,
  String.raw`(?:contact|e-?mail|write to|call) us`,
  String.raw`help(?! (?:us|me|them|you)\b)`,
  String.raw`(?:contact|customer|get|technical) support`,
  String.raw`support (?:cent(?:er|re)|team)`,
  String.raw`faqs?`,
  String.raw`frequently asked questions`,
  String.raw`forward (?:(?:this|it) )?(?:(?:e-?mail|message) )?to a friend`,
  String.raw`(?:update|edit|manage) (?:your )?(?:profile|details|account|subscriptions?|e-?mail settings|notifications)`,
];

const UTILITY_WORDING = new RegExp(String.raw`\b(?:${UTILITY_PHRASES.join('|')})\b`, 'i');

const SOCIAL_NETWORKS = String.raw`facebook|instagram|linkedin|x|twitter|youtube|tiktok|threads|pinterest|bluesky|mastodon|whatsapp`;

/** A social network named alone or in a follow line ("Follow us on Instagram"). */
const SOCIAL_WORDING = new RegExp(String.raw`^(?:(?:follow|find|join|like|watch|connect with) us on )?(?:${SOCIAL_NETWORKS})$`, 'i');

const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook\.com|instagram\.com|linkedin\.com|x\.com|twitter\.com|youtube\.com|youtu\.be|tiktok\.com|threads\.net|pinterest\.com|bsky\.app|wa\.me)$/i;

/** Paths and ESP merge tags of pages that serve the reader ({{unsubscribe_url}}, *|UPDATE_PROFILE|*, /email-preferences). */
const UTILITY_TARGET =
  /(?<![a-z])(?:unsub\w*|opt[-_]?out|preferences?|privacy|terms|legal|faqs?|help|forward\w*|update[-_]?profile|view[-_]?(?:email|online|in[-_]?browser)|web[-_]?version)(?![a-z])/i;

const PHONE_NUMBER = /^\+?[\d\s().-]{7,}$/;

/** The kit's names, and their logos, as link texts ("Acme", "Acme logo"), in lower case; a run builds them once (see CompiledKit). */
export function ownLinkNames(kit: BrandKit): Set<string> {
  return new Set(kit.lexicon.names.flatMap(({ name }) => [name, `${name} logo`].map((text) => text.toLowerCase())));
}

/** `ownNames`: the kit's own names as link texts (see ownLinkNames). */
export function isUtilityLink(segment: Segment, ownNames: ReadonlySet<string>): boolean {
  const text = segment.text.trim();
  return (
    UTILITY_WORDING.test(text) ||
    SOCIAL_WORDING.test(text) ||
    ownNames.has(text.toLowerCase()) ||
    isAddress(segment) ||
    (segment.href !== undefined && isUtilityTarget(segment.href))
  );
}

/** Link text that is nothing but a web or e-mail address or a phone number. */
function isAddress(segment: Segment): boolean {
  const text = segment.text.trim();
  const whole = (kind: string): boolean =>
    segment.opaque.some((span) => span.kind === kind && segment.text.slice(0, span.start).trim() === '' && segment.text.slice(span.end).trim() === '');
  return whole('url') || whole('email') || PHONE_NUMBER.test(text);
}

function isUtilityTarget(href: string): boolean {
  if (/^(?:mailto|tel|sms):/i.test(href)) return true;
  const url = /^https?:\/\//i.test(href) ? safeUrl(href) : undefined;
  if (!url) return UTILITY_TARGET.test(href);
  return SOCIAL_HOSTS.test(url.hostname) || UTILITY_TARGET.test(url.pathname);
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

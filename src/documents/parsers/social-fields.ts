/**
 * What social posts have in common across file formats: the names calendar
 * columns and front matter keys go by, platform names and their aliases,
 * yes/no values, and emoji shortcodes.
 */
import type { OpaqueSpan, Segment } from '../types.js';

export type PostField = 'text' | 'platform' | 'date' | 'campaign' | 'audience' | 'sponsored' | 'account' | 'link' | 'directive';

/** Accepted names per field, after lower-casing and folding spaces and dashes to `_`; earlier names win. */
const FIELD_NAMES: Record<PostField, readonly string[]> = {
  text: ['text', 'copy', 'post', 'body', 'content', 'message', 'caption', 'tweet', 'post_text', 'post_copy', 'copy_text'],
  platform: ['platform', 'platforms', 'network', 'networks', 'channel', 'service', 'social_network'],
  date: [
    'date',
    'publish_date',
    'publish_at',
    'send_date',
    'send_at',
    'send_on',
    'published',
    'scheduled',
    'scheduled_at',
    'scheduled_for',
    'schedule',
    'time',
    'when',
    'datetime',
    'post_date',
  ],
  campaign: ['campaign', 'campaign_name'],
  audience: ['audience', 'audiences', 'segment', 'segments', 'target_audience', 'target_segment', 'audience_segment'],
  sponsored: [
    'sponsored',
    'paid',
    'ad',
    'promoted',
    'boosted',
    'paid_partnership',
    'is_paid',
    'is_sponsored',
    'boost',
    'paid_media',
    'paid_post',
    'sponsored_post',
  ],
  account: ['account', 'handle', 'profile', 'author'],
  link: ['link', 'url', 'landing_page'],
  directive: ['brandlint'],
};

const FIELDS = Object.keys(FIELD_NAMES) as PostField[];

function normalizeFieldName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The field a column or key stands for, if any. */
export function fieldOf(name: string): PostField | undefined {
  const normalized = normalizeFieldName(name);
  return FIELDS.find((field) => FIELD_NAMES[field].includes(normalized));
}

/** Among `names`, the one that best names `field` (by the order of FIELD_NAMES). */
export function pickFieldName(names: readonly string[], field: PostField): string | undefined {
  for (const candidate of FIELD_NAMES[field]) {
    const found = names.find((name) => normalizeFieldName(name) === candidate);
    if (found !== undefined) return found;
  }
  return undefined;
}

const PLATFORM_ALIASES: Record<string, string> = {
  twitter: 'x',
  'x.com': 'x',
  'twitter.com': 'x',
  tw: 'x',
  fb: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  li: 'linkedin',
  bsky: 'bluesky',
  masto: 'mastodon',
  yt: 'youtube',
};

const KNOWN_PLATFORMS = new Set([
  'x',
  'linkedin',
  'instagram',
  'threads',
  'bluesky',
  'facebook',
  'mastodon',
  'tiktok',
  'youtube',
  'pinterest',
  'reddit',
  'matrix',
  'slack',
  'discord',
  'telegram',
  'whatsapp',
]);

/**
 * A platform name in the canonical lower-case form. Account-qualified names
 * such as galaxy-social's `mastodon-galaxyproject` give their platform.
 */
function normalizePlatform(raw: string): string | undefined {
  const name = raw.trim().toLowerCase();
  if (name === '') return undefined;
  const direct = canonicalPlatform(name);
  if (direct) return direct;
  const prefix = /^([a-z0-9.]+)[-_ /:]/.exec(name)?.[1];
  return (prefix && canonicalPlatform(prefix)) || name;
}

function canonicalPlatform(name: string): string | undefined {
  return PLATFORM_ALIASES[name] ?? (KNOWN_PLATFORMS.has(name) ? name : undefined);
}

/** Platforms named by a front matter value or a calendar cell: a list, or a string such as "x, linkedin" or "x/fb". */
export function platformsOf(value: unknown): string[] {
  const names = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,;|+/]/) : [];
  const platforms = names.map(normalizePlatform).filter((name): name is string => name !== undefined);
  return [...new Set(platforms)];
}

/**
 * Cell values that mark a post as sponsored: yes/no spellings, the check
 * marks spreadsheets use, and the column's own word written in as the value
 * ("Boosted", "Paid" in a `Paid` column).
 */
/**
 * The platform a profile name gives in parentheses, as scheduling tools
 * export their profile column ("@acme (Twitter)", "Acme Inc. (LinkedIn Page)").
 */
export function platformOfProfile(value: string): string | undefined {
  const named = /\(([^()]+)\)\s*$/.exec(value)?.[1];
  const platform = named === undefined ? undefined : normalizePlatform(named);
  return platform !== undefined && KNOWN_PLATFORMS.has(platform) ? platform : undefined;
}

const TRUTHY = new Set([
  'yes',
  'true',
  '1',
  'x',
  'y',
  'on',
  '✓',
  '✔',
  '✔️',
  '☑',
  '☑️',
  '✅',
  'paid',
  'sponsored',
  'boosted',
  'promoted',
  'ad',
  'paid partnership',
]);

export function isTruthy(value: unknown): boolean {
  return value === true || (typeof value === 'string' && TRUTHY.has(value.trim().toLowerCase())) || value === 1;
}

/** A scalar as the string a `data` field holds; lists are joined, maps are left out. */
export function dataString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value))
    return value
      .map(dataString)
      .filter((item) => item !== undefined)
      .join(', ');
  if (typeof value === 'object') return undefined;
  return String(value);
}

/** `:tada:`, `:flag-cz:`, `:+1:`: emoji as some tools write them, never words. */
const SHORTCODE = /(?<![\w:]):(?:[a-z0-9_+-]*[a-z][a-z0-9_+-]*|\+1|-1):(?![\w:])/giu;

/** Adds emoji shortcodes to the opaque spans of a post; spans found before keep precedence. */
export function markEmojiShortcodes(segment: Segment): void {
  const added: OpaqueSpan[] = [];
  for (const match of segment.text.matchAll(SHORTCODE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!segment.opaque.some((span) => span.start < end && start < span.end)) added.push({ kind: 'emoji', start, end });
  }
  if (added.length > 0) segment.opaque = [...segment.opaque, ...added].sort((a, b) => a.start - b.start);
}

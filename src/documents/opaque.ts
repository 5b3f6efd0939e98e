/**
 * Text inside copy that is not prose: ESP merge tags, URLs, e-mail
 * addresses, @handles, #hashtags and emoji. They are found once per segment
 * and every later stage treats them as opaque.
 */
import type { OpaqueKind, OpaqueSpan, Segment } from './types.js';

/**
 * Merge-tag syntaxes of the common ESPs and template engines:
 * Handlebars/Liquid/Jinja `{{ … }}` (Braze's `{{${first_name}}}` included),
 * `{{{ … }}}`, `{% … %}`, Mailchimp `*|FNAME|*`, Salesforce Marketing Cloud
 * AMPscript `%%[ … ]%%`, `%%=v(@name)=%%` and `%%FirstName%%`, `${…}`,
 * SendGrid `<%asm_group_unsubscribe_raw_url%>`, legacy `[Sender_Name]` and
 * `-first_name-` substitution tags (words joined by underscores), and the
 * bracketed `[Unsubscribe]`, `[Weblink]` and `[firstname,fallback=there]`
 * tags of SendGrid and Campaign Monitor.
 */
const MERGE_TAG = new RegExp(
  [
    /\{\{\{[\s\S]*?\}\}\}/,
    /\{\{(?:\$\{[^}\n]{1,80}\}|[\s\S])*?\}\}/,
    /\{%[\s\S]*?%\}/,
    /\*\|[^|\n]{1,80}\|\*/,
    /%%\[[\s\S]*?\]%%/,
    /%%=[^%\n]{1,200}?=%%/,
    /%%[A-Za-z_][\w.]{0,80}%%/,
    /\$\{[^}\n]{1,80}\}/,
    /<%[\s\S]{1,200}?%>/,
    /\[[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\]/,
    /\[(?:unsubscribe|weblink|webversion|preferences|forwardtoafriend)\]/,
    /\[[A-Za-z]\w{0,40},\s*fallback=[^\]\n]{0,80}\]/,
    /(?<![\w-])-[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+-(?![\w-])/,
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'gi',
);

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}]/giu;
/** Bare domains such as acme.com/spring, only with a common top-level domain so "e.g." never matches. */
const BARE_DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|dev|app|ai|us|uk|de|fr|eu|info|biz|shop|store|online|site|tech|cloud)(?:\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]}])?(?![\w.-]*@)\b/giu;
const EMAIL_ADDRESS = /\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/giu;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,60}[A-Za-z0-9_])?/gu;
const HASHTAG = /(?<![\w&#])#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/gu;
/** Emoji, but not the text-style signs © ® ™ (a trademark sign is part of the copy) unless written with the emoji selector. */
const EMOJI =
  /(?:(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|[\u00a9\u00ae\u2122]\uFE0F)(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F\u20E3/gu;

const DETECTORS: readonly [OpaqueKind, RegExp][] = [
  ['merge-tag', MERGE_TAG],
  ['email', EMAIL_ADDRESS],
  ['url', URL_PATTERN],
  ['url', BARE_DOMAIN],
  ['handle', HANDLE],
  ['hashtag', HASHTAG],
  ['emoji', EMOJI],
];

/**
 * Finds the opaque spans of `text`. Earlier detectors win where spans
 * overlap (a URL inside a merge tag stays part of the merge tag; an @ inside
 * an e-mail address is not a handle). `known` spans (inline code marked by
 * the parser) win over everything.
 */
export function findOpaqueSpans(text: string, known: readonly OpaqueSpan[] = []): OpaqueSpan[] {
  const spans: OpaqueSpan[] = [...known];
  for (const [kind, pattern] of DETECTORS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!spans.some((span) => span.start < end && start < span.end)) spans.push({ kind, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Merge tags alone, for parsers that must keep them whole (e.g. inside attribute values). */
export function findMergeTags(text: string): { start: number; end: number }[] {
  return [...text.matchAll(MERGE_TAG)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The opaque span covering `[start, end)`, if any overlaps it. */
export function opaqueAt(spans: readonly OpaqueSpan[], start: number, end: number): OpaqueSpan | undefined {
  return spans.find((span) => span.start < end && start < span.end);
}

/** A segment the ESP fills in at send time (`*|MC:SUBJECT|*`, `{{ content.html_title }}`): merge tags and nothing else. */
export function isOnlyMergeTags(segment: Segment): boolean {
  const tags = segment.opaque.filter((span) => span.kind === 'merge-tag');
  const rest = tags.reduceRight((text, span) => text.slice(0, span.start) + text.slice(span.end), segment.text);
  return tags.length > 0 && rest.trim() === '';
}

import type { BrandKit } from '../../src/config/types.js';
import type { Segment } from '../../src/documents/types.js';
import type { Rule, RuleContext } from '../../src/engine/types.js';
import { compoundParts, isKnownWord } from '../../src/lexicon/dictionary.js';
import { segmentRange } from '../../src/text/joined-text.js';
import { hashtagsOf, postsOf, sameHashtag, wholePost, type Hashtag } from '../../src/channels/social/posts.js';

const socialHashtags: Rule = {
  meta: {
    id: 'channel/social-hashtags',
    description: "Posts carry the required hashtags, not too many, in the kit's casing.",
    severity: 'warn',
    channels: ['social'],
    fixable: false,
    docs: {
      details:
        'Every post must carry each of `channels.social.requiredHashtags` and the `truth.hashtag` of its campaigns (compared in ' +
        'any case); a missing one is reported on the whole post (in a calendar, its cell). More than ' +
        '`channels.social.maxHashtags` hashtags are reported from the first one over the limit to the last. With ' +
        '`hashtagCase: camel`, a lower-case hashtag made of common words run together is reported with its CamelCase form ' +
        '(#SpringSale reads word by word in screen readers, #springsale does not); a single word (#genomics) or a name the ' +
        'dictionary cannot split (#nodejs) is left alone, unless a protected name of the kit starts it (#nordlichtmobile → ' +
        '#NordlichtMobile for the name "Nordlicht Mobile"). With `lower`, one with an upper-case letter. A hashtag the kit spells itself (a required ' +
        "or campaign hashtag) must be written the kit's way, which is also the suggestion; disclosures such as #ad are left alone.",
      kit: 'channels:\n  social:\n    requiredHashtags: ["#AcmeSpring"]\n    maxHashtags: 3\n    hashtagCase: camel',
      bad: 'Spring is here. #acmespring #sale',
      findings: ['1:17-1:28 Write #acmespring as the kit spells it: #AcmeSpring.'],
      good: 'Spring is here. #AcmeSpring #SpringSale',
      channel: 'social',
    },
  },
  check(context) {
    for (const post of postsOf(context.document)) {
      const tags = hashtagsOf(post);
      const known = knownHashtags(context, post);
      checkRequired(context, post, tags, known);
      checkCount(context, post, tags);
      checkCasing(context, post, tags, known);
    }
  },
};

/** The hashtags the kit spells for this post: required ones and its campaigns'. */
function knownHashtags(context: RuleContext, post: Segment): string[] {
  const fromCampaigns = context.campaignsOfSegment(post).flatMap((campaign) => (campaign.truth.hashtag ? [campaign.truth.hashtag] : []));
  return [...new Set([...context.kit.channels.social.requiredHashtags, ...fromCampaigns])];
}

function checkRequired(context: RuleContext, post: Segment, tags: Hashtag[], required: string[]): void {
  const missing = required.filter((tag) => !tags.some((found) => sameHashtag(found.text, tag)));
  if (missing.length === 0) return;
  context.report({
    ...wholePost(post),
    message: `This post lacks the required hashtag${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
    data: { missing },
  });
}

function checkCount(context: RuleContext, post: Segment, tags: Hashtag[]): void {
  const max = context.kit.channels.social.maxHashtags;
  const firstPast = max === undefined ? undefined : tags[max];
  const last = tags.at(-1);
  if (!firstPast || !last) return;
  context.report({
    ...segmentRange(post, firstPast.start, last.end),
    message: `This post has ${tags.length} hashtags; keep at most ${max}.`,
    data: { count: tags.length, max },
  });
}

function checkCasing(context: RuleContext, post: Segment, tags: Hashtag[], known: string[]): void {
  const { hashtagCase, disclosures } = context.kit.channels.social;
  for (const tag of tags) {
    if (disclosures.some((disclosure) => sameHashtag(disclosure, tag.text))) continue;
    const spelled = known.find((candidate) => sameHashtag(candidate, tag.text));
    const wanted = spelled ?? casedAs(tag.text, hashtagCase, context.kit);
    if (wanted === undefined || wanted === tag.text) continue;
    const how = spelled ? 'as the kit spells it' : hashtagCase === 'camel' ? 'in CamelCase' : 'in lower case';
    context.report({ ...segmentRange(post, tag.start, tag.end), message: `Write ${tag.text} ${how}: ${wanted}.`, suggestion: wanted });
  }
}

/** The tag in the kit's casing, when the casing can be told. */
function casedAs(tag: string, casing: BrandKit['channels']['social']['hashtagCase'], kit: BrandKit): string | undefined {
  if (casing === 'lower') return tag.toLowerCase();
  if (casing === 'camel') return camelCased(tag, kit);
  return undefined;
}

/**
 * CamelCase only matters where words run together: a lower-case tag is
 * rewritten only when it is common words joined (#springsale → #SpringSale).
 * One word (#genomics) or a name the dictionary cannot split (#nodejs) stays.
 * A protected name of the kit leads the way: #nordlichtmobile → #NordlichtMobile.
 */
function camelCased(tag: string, kit: BrandKit): string {
  const body = tag.slice(1);
  if (!/^\p{Ll}+$/u.test(body) || isKnownWord(body)) return tag;
  const parts = namedParts(body, kit) ?? compoundParts(body)?.map((part) => part.charAt(0).toUpperCase() + part.slice(1));
  return parts ? `#${parts.join('')}` : tag;
}

/** A kit name (in its own case) that starts the tag, and the common words after it. */
function namedParts(body: string, kit: BrandKit): string[] | undefined {
  const names = kit.lexicon.names.map((entry) => entry.name.replace(/[^\p{L}\p{N}]+/gu, '')).sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (name.length < 2 || !body.startsWith(name.toLowerCase())) continue;
    const rest = body.slice(name.length);
    if (rest === '') return [name];
    const words = isKnownWord(rest) ? [rest] : compoundParts(rest);
    if (words) return [name, ...words.map((part) => part.charAt(0).toUpperCase() + part.slice(1))];
  }
  return undefined;
}

export default socialHashtags;

/**
 * Post length counted the way each platform counts it. X weighs characters
 * (most CJK characters and emoji count twice) and counts every URL as 23,
 * as its twitter-text library does; Bluesky counts graphemes; LinkedIn,
 * Instagram and Threads count Unicode characters (code points). A platform
 * the kit gives a limit for and that is not built in is counted in code
 * points too.
 */
import { twitterText } from '../../libraries.js';
import { graphemeStarts } from '../../text/graphemes.js';

export interface LengthCount {
  length: number;
  /** UTF-16 offset of the first character past the limit, when the text is over it. */
  overflowAt?: number;
}

type Counter = (text: string, limit: number) => LengthCount;

export interface PlatformRule {
  name: string;
  limit: number;
  /** How the platform counts, for messages. */
  unit: string;
  count: Counter;
}

const countWeighted: Counter = (text, limit) => {
  const twitter = twitterText();
  const parsed = twitter.parseTweet(text, { ...twitter.configs.defaults, maxWeightedTweetLength: limit });
  return parsed.valid || parsed.weightedLength <= limit
    ? { length: parsed.weightedLength }
    : { length: parsed.weightedLength, overflowAt: parsed.validRangeEnd + 1 };
};

function countByStarts(starts: (text: string) => number[]): Counter {
  return (text, limit) => {
    const offsets = starts(text);
    return offsets.length > limit ? { length: offsets.length, overflowAt: offsets[limit] } : { length: offsets.length };
  };
}

function codePointStarts(text: string): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const character of text) {
    starts.push(offset);
    offset += character.length;
  }
  return starts;
}

const countCodePoints = countByStarts(codePointStarts);
const countGraphemes = countByStarts(graphemeStarts);

const BUILT_IN: Record<string, PlatformRule> = {
  x: { name: 'X', limit: 280, unit: 'weighted characters (every URL counts as 23)', count: countWeighted },
  linkedin: { name: 'LinkedIn', limit: 3000, unit: 'characters', count: countCodePoints },
  instagram: { name: 'Instagram', limit: 2200, unit: 'characters', count: countCodePoints },
  threads: { name: 'Threads', limit: 500, unit: 'characters', count: countCodePoints },
  bluesky: { name: 'Bluesky', limit: 300, unit: 'graphemes', count: countGraphemes },
};

/** The platform's counting rule with the kit's limit applied; undefined for a platform with no limit. */
export function platformRule(platform: string, kitLimits: Record<string, number>): PlatformRule | undefined {
  const builtIn = BUILT_IN[platform];
  const limit = kitLimits[platform] ?? builtIn?.limit;
  if (limit === undefined) return undefined;
  return builtIn ? { ...builtIn, limit } : { name: platform, limit, unit: 'characters', count: countCodePoints };
}

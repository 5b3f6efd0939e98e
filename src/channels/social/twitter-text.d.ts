/** The part of twitter-text (which ships no types) that brandlint uses. */
declare module 'twitter-text' {
  export interface TweetConfig {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled: boolean;
    transformedURLLength: number;
    ranges: { start: number; end: number; weight: number }[];
  }

  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    /** UTF-16 offsets, inclusive. */
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }

  const twitterText: {
    parseTweet(text: string, config?: TweetConfig): ParsedTweet;
    configs: { defaults: TweetConfig; version1: TweetConfig; version2: TweetConfig; version3: TweetConfig };
  };
  export default twitterText;
}

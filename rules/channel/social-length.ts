import type { Rule } from '../../src/engine/types.js';
import { segmentRange } from '../../src/text/joined-text.js';
import { platformRule } from '../../src/channels/social/platform-length.js';
import { platformsOfPost, postsOf } from '../../src/channels/social/posts.js';

const socialLength: Rule = {
  meta: {
    id: 'channel/social-length',
    description: "Social posts fit their platform's length limit, counted the way the platform counts.",
    severity: 'error',
    channels: ['social'],
    fixable: false,
    docs: {
      details:
        'Each post is measured for every platform it is published on: X in weighted characters with every URL counted as 23 ' +
        '(limit 280, as its twitter-text library counts), LinkedIn 3,000, Instagram 2,200 and Threads 500 characters, Bluesky ' +
        '300 graphemes. `channels.social.limits` overrides a limit or adds a platform (counted in characters). The finding ' +
        "covers the part of the post past the limit; in a content calendar it points into the post's cell. A post with no " +
        'known platform is not measured.',
      kit: 'channels:\n  social:\n    limits: { linkedin: 1300 }',
      bad: '---\nplatform: x\n---\nOur spring sale is here, and it is the biggest one we have ever run: twenty percent off every plan, every add-on and every seat, for every team, of every size, anywhere in the world, from today until the very last day of May, with no code to remember and nothing to sign. Read all about it at https://acme.com/blog/spring-sale-2025',
      findings: [
        '4:281-4:332 This X post has 316 weighted characters (every URL counts as 23); the limit is 280. Shorten it: the marked part is past the limit.',
      ],
      good: '---\nplatform: x\n---\nSpring sale: 20% off every plan until May 31. https://acme.com/spring',
      channel: 'social',
    },
  },
  check(context) {
    for (const post of postsOf(context.document)) {
      const text = post.text.trimEnd();
      for (const platform of platformsOfPost(post)) {
        const rule = platformRule(platform, context.kit.channels.social.limits);
        if (!rule) continue;
        const { length, overflowAt } = rule.count(text, rule.limit);
        if (overflowAt === undefined) continue;
        context.report({
          ...segmentRange(post, overflowAt, text.length),
          message: `This ${rule.name} post has ${length} ${rule.unit}; the limit is ${rule.limit}. Shorten it: the marked part is past the limit.`,
          data: { platform, length, limit: rule.limit },
        });
      }
    }
  },
};

export default socialLength;

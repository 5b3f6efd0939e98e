import { listWords } from '../../src/config/wording.js';
import type { Segment } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { hashtagsOf, isSponsored, postsOf, sameHashtag, wholePost } from '../../src/channels/social/posts.js';

const socialDisclosure: Rule = {
  meta: {
    id: 'channel/social-disclosure',
    description: 'Sponsored posts carry a disclosure such as #ad.',
    severity: 'error',
    channels: ['social'],
    fixable: false,
    docs: {
      details:
        'A post is sponsored when its calendar row has a true `sponsored` (or `paid`, `promoted` …) column, or its front matter ' +
        'says `sponsored: true`. It must carry one of `channels.social.disclosures`: a hashtag entry (#ad) as a hashtag of the ' +
        'post, in any case; a phrase entry ("paid partnership") anywhere in its text, in any case. A sponsored post without one ' +
        'is reported on the whole post (in a calendar, its cell).',
      kit: 'channels:\n  social:\n    disclosures: ["#ad", "#sponsored", paid partnership]',
      bad: '---\nsponsored: true\n---\nOur friends at Acme made spring cleaning easy.',
      findings: ['4:1-4:47 This sponsored post carries no disclosure; add #ad, #sponsored or paid partnership.'],
      good: '---\nsponsored: true\n---\nOur friends at Acme made spring cleaning easy. #ad',
      channel: 'social',
    },
  },
  check(context) {
    const { disclosures } = context.kit.channels.social;
    if (disclosures.length === 0) return;
    for (const post of postsOf(context.document)) {
      if (!isSponsored(post) || carriesDisclosure(post, disclosures)) continue;
      context.report({
        ...wholePost(post),
        message: `This sponsored post carries no disclosure; add ${listWords(disclosures, 'or')}.`,
      });
    }
  },
};

function carriesDisclosure(post: Segment, disclosures: string[]): boolean {
  const tags = hashtagsOf(post);
  const text = post.text.toLowerCase();
  return disclosures.some((disclosure) =>
    disclosure.startsWith('#') ? tags.some((tag) => sameHashtag(tag.text, disclosure)) : text.includes(disclosure.toLowerCase()),
  );
}

export default socialDisclosure;

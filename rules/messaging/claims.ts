import type { BrandKit, ClaimRule } from '../../src/config/types.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { withReason } from '../../src/lexicon/hits.js';
import { kitPattern, patternHits, PhraseSet, type TextHit } from '../../src/lexicon/phrase-scan.js';
import { Coverage } from '../../src/text/ranges.js';
import { itemAt } from '../../src/text/items.js';

function compiledClaims(kit: BrandKit): { phrases: PhraseSet<ClaimRule>; patterns: { claim: ClaimRule; regex: RegExp }[] } {
  const phrases = new PhraseSet<ClaimRule>();
  const patterns: { claim: ClaimRule; regex: RegExp }[] = [];
  for (const claim of kit.messaging.claims.forbidden) {
    if (claim.phrase) phrases.add(claim.phrase, claim);
    else if (claim.pattern) patterns.push({ claim, regex: kitPattern(claim.pattern) });
  }
  return { phrases, patterns };
}

const claims: Rule = {
  meta: {
    id: 'messaging/claims',
    description: 'Claims the brand never makes: superlatives, guarantees, "#1", "free forever", "risk-free".',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Each entry of `messaging.claims.forbidden` is a phrase — matched as whole words in any case, with inflections ' +
        '("guarantee" also finds "guaranteed"), symbols at its edges included ("#1" is not "1") — or a regular expression ' +
        '(`pattern`, checked for catastrophic backtracking when the kit loads), with an optional `reason` shown in the message. ' +
        'Text inside URLs, hashtags, handles and merge tags is never a claim; customer lines and stage directions of call ' +
        "scripts are not the brand's words and are not checked.",
      kit: 'messaging:\n  claims:\n    forbidden:\n      - { phrase: "#1", reason: "We cannot prove a ranking." }\n      - { phrase: risk-free }\n      - { pattern: "\\\\bbest[- ]in[- ]class\\\\b" }',
      bad: 'The #1 platform for teams: risk-free and best in class.',
      findings: ['1:5-1:7 Do not claim "#1". We cannot prove a ranking.', '1:28-1:37 Do not claim "risk-free".', '1:42-1:55 Do not claim "best in class".'],
      good: 'The platform 40,000 teams use. Try it free for 14 days.',
    },
  },
  check(context) {
    if (context.kit.messaging.claims.forbidden.length === 0) return;
    const { phrases, patterns } = context.derive(compiledClaims);
    const hits: { hit: TextHit; claim: ClaimRule }[] = phrases.scan(context.analysis).map((hit) => ({ hit, claim: hit.payload }));
    // A pattern's match where a phrase (or an earlier pattern) matched already is the same claim.
    const taken = new Map<number, Coverage<TextHit>>();
    const takenIn = (unit: number): Coverage<TextHit> => {
      let coverage = taken.get(unit);
      if (!coverage) taken.set(unit, (coverage = new Coverage(itemAt(context.analysis.units, unit).masked.length)));
      return coverage;
    };
    for (const { hit } of hits) takenIn(hit.unit).add(hit);
    for (const { claim, regex } of patterns) {
      for (const hit of patternHits(context.analysis, regex)) {
        if (!takenIn(hit.unit).isFree(hit.start, hit.end)) continue;
        hits.push({ hit, claim });
        takenIn(hit.unit).add(hit);
      }
    }
    for (const { hit, claim } of hits) {
      context.report({
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message: `Do not claim "${hit.text}".${withReason(claim.reason)}`,
      });
    }
  },
};

export default claims;

import type { BrandKit, DisclaimerRule } from '../../src/config/types.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { Rule } from '../../src/engine/types.js';
import { brandUnits, kitPattern, patternHits } from '../../src/lexicon/phrase-scan.js';

function compiledDisclaimers(kit: BrandKit): { rule: DisclaimerRule; claim: RegExp; disclaimer: RegExp }[] {
  return kit.messaging.claims.needDisclaimer.map((rule) => ({ rule, claim: kitPattern(rule.claim), disclaimer: kitPattern(rule.disclaimer) }));
}

const disclaimers: Rule = {
  meta: {
    id: 'messaging/disclaimers',
    description: 'Claims that need a disclaimer carry it in the same document.',
    severity: 'error',
    channels: CHANNELS,
    fixable: false,
    docs: {
      details:
        'Each entry of `messaging.claims.needDisclaimer` pairs a claim with its disclaimer, both regular expressions (a plain ' +
        'phrase is one too), matched in any case. When the claim appears and the disclaimer appears nowhere in the same ' +
        "document — body, footer, alt text, anywhere — every occurrence of the claim is reported, with the entry's `message` " +
        "when it has one. Customer lines and stage directions of call scripts are not the brand's words and are not searched.",
      kit: 'messaging:\n  claims:\n    needDisclaimer:\n      - { claim: "cancel any ?time", disclaimer: "terms apply", message: "Link the cancellation terms." }',
      bad: 'Try Acme Pro. Cancel anytime.',
      findings: ['1:15-1:29 "Cancel anytime" needs its disclaimer in this document (matching "terms apply"). Link the cancellation terms.'],
      good: 'Try Acme Pro. Cancel anytime.\n\n*Terms apply.',
    },
  },
  check(context) {
    if (context.kit.messaging.claims.needDisclaimer.length === 0) return;
    const units = brandUnits(context.analysis);
    for (const { rule, claim, disclaimer } of context.derive(compiledDisclaimers)) {
      const claimHits = patternHits(context.analysis, claim, units);
      if (claimHits.length === 0 || patternHits(context.analysis, disclaimer, units).length > 0) continue;
      for (const hit of claimHits) {
        context.report({
          start: hit.sourceStart,
          end: hit.sourceEnd,
          segment: hit.segment,
          message: `"${hit.text}" needs its disclaimer in this document (matching "${rule.disclaimer}").${messageOf(rule)}`,
        });
      }
    }
  },
};

function messageOf(rule: DisclaimerRule): string {
  return rule.message ? ` ${rule.message}` : '';
}

export default disclaimers;

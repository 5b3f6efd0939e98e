import type { BrandKit, CampaignConfig } from '../../src/config/types.js';
import { CHANNELS } from '../../src/documents/types.js';
import type { CampaignRuleContext, Rule } from '../../src/engine/types.js';
import type { CampaignDeliverable } from '../../src/drift/deliverables.js';
import { LISTED_PLACES, listPlaces } from '../../src/drift/messages.js';
import { PhraseSet, type PhraseHit } from '../../src/lexicon/phrase-scan.js';
import type { Document } from '../../src/documents/types.js';
import { groupBy } from '../../src/text/group-by.js';

/** Spellings of one concept that are both common, so a campaign mixes them without noticing. */
const COMMON_VARIANTS: readonly (readonly string[])[] = [
  ['log in', 'sign in'],
  ['log out', 'sign out'],
  ['email', 'e-mail'],
  ['website', 'web site'],
  ['online', 'on-line'],
  ['ecommerce', 'e-commerce'],
  ['wifi', 'wi-fi'],
  ['add-on', 'addon'],
  ['cancel anytime', 'cancel any time'],
];

interface Use {
  deliverable: CampaignDeliverable;
  hit: PhraseHit<{ group: number; variant: string }>;
}

const variants: Rule = {
  meta: {
    id: 'drift/variants',
    description: 'One campaign names one concept one way across all its deliverables ("sign in" everywhere, not "log in" in some).',
    severity: 'warn',
    channels: CHANNELS,
    fixable: false,
    options: {
      type: 'object',
      properties: {
        builtIn: {
          type: 'boolean',
          description: 'Also compare the common variant pairs brandlint knows ("log in"/"sign in", "email"/"e-mail" …). Default true.',
        },
      },
      additionalProperties: false,
    },
    docs: {
      details:
        'The variant groups are the campaign\'s `variants` in the kit, and, unless `builtIn` is false, common pairs such as "log ' +
        'in"/"sign in", "log out"/"sign out", "email"/"e-mail", "website"/"web site". When the deliverables of a campaign use ' +
        "more than one spelling of a group, the spelling most deliverables use is the campaign's, and every use of another " +
        "one is reported with the places that use the campaign's; an even split is reported at every use, listing both sides. " +
        'A group the lexicon already settles (a `lexicon.terms` entry replacing one of its spellings by another) is left to ' +
        'lexicon/terms. The examples show three files of one campaign.',
      kit: 'campaigns:\n  spring-sale:\n    files: ["spring/**"]',
      bad: '==> spring/email.html <==\n<p>Sign in to claim the offer.</p>\n\n==> spring/landing.md <==\nSign in to your dashboard.\n\n==> spring/post.txt <==\nLog in and save.',
      findings: ['spring/post.txt:1:1-1:7 Writes "Log in" where the rest of the campaign writes "sign in" (spring/email.html:1:4, spring/landing.md:1:1).'],
      good: '==> spring/email.html <==\n<p>Sign in to claim the offer.</p>\n\n==> spring/landing.md <==\nSign in to your dashboard.\n\n==> spring/post.txt <==\nSign in and save.',
    },
  },
  checkCampaign(context) {
    const groups = variantGroups(context.kit, context.campaign.config, context.options.builtIn !== false);
    if (groups.length === 0) return;
    const phrases = new PhraseSet<{ group: number; variant: string }>();
    groups.forEach((group, index) => group.forEach((variant) => phrases.add(variant, { group: index, variant: variant.toLowerCase() }, false)));
    // Each document is scanned once, and its hits shared out to its deliverables (the posts of a calendar).
    const hitsByDocument = new Map<Document, Map<number, PhraseHit<{ group: number; variant: string }>[]>>();
    const hitsOf = (document: Document) => {
      let bySegment = hitsByDocument.get(document);
      if (!bySegment) hitsByDocument.set(document, (bySegment = groupBy(phrases.scan(context.dataOf(document).analysis), (hit) => hit.segment)));
      return bySegment;
    };
    const uses = context.deliverables.flatMap((deliverable) => {
      const bySegment = hitsOf(deliverable.document);
      return [...deliverable.segments].flatMap((segment) => bySegment.get(segment) ?? []).map((hit): Use => ({ deliverable, hit }));
    });
    const usesByGroup = groupBy(uses, (use) => use.hit.payload.group);
    groups.forEach((_, index) => reportGroup(context, usesByGroup.get(index) ?? []));
  },
};

/** The campaign's groups, then the common ones it does not already cover; none the lexicon's terms settle. */
function variantGroups(kit: BrandKit, config: CampaignConfig | undefined, builtIn: boolean): string[][] {
  const declared = (config?.variants ?? []).map((group) => [...group]);
  const covered = new Set(declared.flat().map((variant) => variant.toLowerCase()));
  const common = builtIn ? COMMON_VARIANTS.filter((group) => !group.some((variant) => covered.has(variant))).map((group) => [...group]) : [];
  return [...declared, ...common].filter((group) => !settledByLexicon(kit, group));
}

function settledByLexicon(kit: BrandKit, group: string[]): boolean {
  const spellings = new Set(group.map((variant) => variant.toLowerCase()));
  return kit.lexicon.terms.some((term) => spellings.has(term.use.toLowerCase()) && term.insteadOf.some((wrong) => spellings.has(wrong.toLowerCase())));
}

function reportGroup(context: CampaignRuleContext, uses: Use[]): void {
  const bySpelling = groupBy(uses, (use) => use.hit.payload.variant);
  if (bySpelling.size < 2) return;
  const ranked = [...bySpelling].sort(([, a], [, b]) => reach(b) - reach(a));
  const [top, runnerUp] = ranked;
  if (!top || !runnerUp) return;
  const tied = reach(top[1]) === reach(runnerUp[1]);
  const [campaignSpelling, campaignUses] = top;
  const sides = tied ? ranked.map(([other, otherUses]) => `"${other}" at ${where(otherUses)}`).join('; ') : where(campaignUses);
  for (const [spelling, spellingUses] of tied ? ranked : ranked.slice(1)) {
    for (const { deliverable, hit } of spellingUses) {
      const message = tied
        ? `Writes "${hit.text}", but the campaign is split: ${sides}. Pick one spelling for the whole campaign.`
        : `Writes "${hit.text}" where the rest of the campaign writes "${campaignSpelling}" (${sides}).`;
      context.report(deliverable.document, {
        start: hit.sourceStart,
        end: hit.sourceEnd,
        segment: hit.segment,
        message,
        ...(tied ? {} : { suggestion: campaignSpelling }),
        data: { variant: spelling, ...(tied ? { conflict: true } : { campaign: campaignSpelling }) },
      });
    }
  }
}

/** How many deliverables use a spelling. */
function reach(uses: Use[]): number {
  return new Set(uses.map((use) => use.deliverable)).size;
}

function where(uses: Use[]): string {
  return listPlaces(
    uses.slice(0, LISTED_PLACES).map(({ deliverable, hit }) => ({ deliverable, offset: hit.sourceStart })),
    uses.length,
  );
}

export default variants;

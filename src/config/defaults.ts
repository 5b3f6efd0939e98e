/**
 * The built-in kit: what brandlint uses when no kit is found, and what
 * every kit sits on (a kit changes only what it sets). Generic tone and
 * channel settings for real marketing copy; no brand names.
 */
import { CONTENT_EXTENSIONS } from '../documents/channel.js';
import { DEFAULT_PARSER_OPTIONS, MEGABYTE } from '../documents/parser.js';
import { CHANNELS, ROLES } from '../documents/types.js';
import { mergeLayers, type KitLayer } from './merge.js';
import type { BrandKit, CampaignConfig, MessagingConfig } from './types.js';

type KitSettings = Omit<BrandKit, 'sources' | 'root' | 'campaigns' | 'rules' | 'overrides'>;

/** Similarity (0–1) from which a sentence counts as an altered tagline. */
export const DEFAULT_TAGLINE_THRESHOLD = 0.7;
/** Similarity (0–1) from which a paragraph counts as an altered boilerplate. */
export const DEFAULT_BOILERPLATE_THRESHOLD = 0.7;

/** What follows "#1" or "number one" when it ranks the writer's own priorities, not the brand. */
const NOT_A_RANKING = '(?!\\s+(?:priority|priorities|goal|goals|reason|rule|tip|concern|question|request|focus|job|mission|fan|fans)\\b)';

/** A fresh copy each time, so no caller can change another's defaults. */
function defaultSettings(): KitSettings {
  return {
    files: {
      // Every extension brandlint reads.
      include: [`**/*.{${CONTENT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`],
      // Nothing beyond .brandlintignore and the built-in node_modules and .git.
      ignore: [],
      // No routing: channels come from front matter and file contents.
      routes: [],
      // The labels the call-script reader knows: AGENT, REP, SDR … and CUSTOMER, PROSPECT, CALLER ….
      speakers: { agent: [...DEFAULT_PARSER_OPTIONS.agentLabels], customer: [...DEFAULT_PARSER_OPTIONS.customerLabels] },
      // 16 MB a file, 64 MB unzipped for a Word document: far beyond copy, short of what exhausts memory.
      maxFileMB: DEFAULT_PARSER_OPTIONS.limits.fileBytes / MEGABYTE,
      maxUnzippedMB: DEFAULT_PARSER_OPTIONS.limits.unzippedBytes / MEGABYTE,
    },
    lexicon: {
      names: [],
      // The first mention carries the sign everywhere, in running text, headings and buttons;
      // alt text, subject lines, preheaders and page titles or meta descriptions are too short or too hidden to carry it.
      trademark: {
        channels: [...CHANNELS],
        roles: ROLES.filter((role) => !['alt', 'subject', 'preheader', 'title', 'description'].includes(role)),
        forbidIn: { channels: [], roles: [] },
      },
      terms: [],
      banned: [],
      competitors: [],
      segments: [],
      plans: { names: [], namePatterns: ['{Name} plan'] },
      // Acronyms readers know, so the ALL-CAPS and jargon checks leave them alone.
      allow: [
        'AI',
        'API',
        'B2B',
        'B2C',
        'CEO',
        'CFO',
        'CTO',
        'CRM',
        'CSV',
        'DIY',
        'EU',
        'FAQ',
        'FAQs',
        'GDPR',
        'HR',
        'HTML',
        'ID',
        'IT',
        'KPI',
        'OK',
        'PDF',
        'PS',
        'ROI',
        'RSVP',
        'SaaS',
        'SEO',
        'SLA',
        'SMS',
        'SSO',
        'TV',
        'UI',
        'UK',
        'URL',
        'US',
        'USA',
        'UX',
        'VIP',
        'AM',
        'PM',
        'ET',
        'PT',
        'UTC',
        'GMT',
        'USD',
        'EUR',
        'GBP',
        'VAT',
        'PIN',
        'ATM',
        'ASAP',
        'REST',
        'COO',
        'CMO',
        'CIO',
        'CPO',
        'ARM',
      ],
    },
    tone: {
      // Grade 8–9 reads easily for most adults; a single paragraph may run denser.
      readingGrade: { document: 9, paragraph: 12 },
      // Plain-language guidance: sentences over 25 words lose readers.
      sentenceLength: 25,
      // Active voice says who does what.
      passive: true,
      // hedges is unset: the rule's built-in list applies. jargon is unset: only a kit's own jargon list is checked.
      inclusive: true,
      profanity: true,
      // One exclamation mark per document, never two in a row.
      exclamations: { document: 1, sentence: 1 },
      // ALL-CAPS reads as shouting, except the acronyms in lexicon.allow.
      allCaps: true,
      // Brands differ; no contraction policy unless the kit sets one.
      contractions: 'either',
      // Copy should speak to the reader ("you") at least as much as about the company ("we").
      address: { minYouRatio: 0.5 },
      // A few emoji are fine in marketing copy.
      emoji: { allowed: true, max: 3 },
      // spelling is unset: no en-US or en-GB variants enforced unless the kit chooses.
      // Quoted speech (a testimonial) is the speaker's voice, not the brand's.
      judgeQuotes: false,
      channels: {
        // Call scripts are spoken: emoji make no sense there.
        call: { emoji: { allowed: false, max: 0 } },
      },
    },
    messaging: {
      pillars: [],
      pillarsRequired: {},
      claims: {
        // Claims regulators and legal teams ask to substantiate; a kit with its own list replaces these.
        forbidden: [
          // A ranking, not a list of priorities: "the number one priority" ranks nothing against anyone.
          { pattern: `(?<![\\w#])#1\\b${NOT_A_RANKING}`, reason: 'A ranking claim needs a source.' },
          { pattern: `\\bnumber one\\b${NOT_A_RANKING}`, reason: 'A ranking claim needs a source.' },
          { phrase: 'best in the world', reason: 'An unprovable superlative.' },
          { phrase: 'risk-free', reason: 'An absolute promise; say what the customer can do instead (e.g. cancel within 30 days).' },
          { phrase: 'free forever', reason: 'A promise about the future the business may not keep.' },
          { phrase: '100% guaranteed', reason: 'An absolute guarantee needs its terms.' },
        ],
        needDisclaimer: [],
      },
      ctas: [],
      requiredText: [],
    },
    channels: {
      email: {
        // Inboxes cut subject lines after about 60 characters; under 15 rarely says enough.
        subject: { min: 15, max: 60 },
        // Most clients show 40–110 characters of preview after the subject.
        preheader: { min: 40, max: 110, required: true },
        // CAN-SPAM and GDPR: every commercial email offers a way out and shows a postal address.
        requireUnsubscribe: true,
        requirePostalAddress: true,
        // Link text must say where it goes (WCAG 2.4.4); "learn more" is left to the kit, being common and usually clear in context.
        vagueLinkText: ['click here', 'click', 'here', 'read more', 'more', 'link', 'this link', 'this'],
        // Images are often blocked or read aloud: every image needs alt text.
        requireAlt: true,
      },
      social: {
        // Empty: the built-in platform limits (X 280 weighted, LinkedIn 3,000, Instagram 2,200, Threads 500, Bluesky 300).
        limits: {},
        requiredHashtags: [],
        // More than five hashtags reads as spam on every platform.
        maxHashtags: 5,
        // #SpringSale, not #springsale: screen readers read CamelCase word by word.
        hashtagCase: 'camel',
        // The disclosures the FTC and platforms accept for paid posts.
        disclosures: ['#ad', '#sponsored', '#paid', '#partner', 'paid partnership', 'sponsored by'],
      },
      call: {
        // Common wordings of the recording notice required in two-party-consent jurisdictions.
        recordingDisclosure: [
          'this call may be recorded',
          'this call is being recorded',
          'this call will be recorded',
          'calls are recorded',
          'may be monitored or recorded',
          'recorded for quality',
        ],
        // About 25 seconds of speech: longer turns become monologues.
        maxTurnWords: 60,
        // Phrases that undercut trust or dismiss the customer.
        forbidden: ['to be honest', 'to tell you the truth', 'trust me', 'calm down', "that's not my department", "that's our policy"],
      },
      web: {
        // Search results show about 60 characters of a title; under 30 wastes the space.
        title: { min: 30, max: 60 },
        // Search results cut descriptions after about 160 characters; under 70 wastes the snippet.
        description: { min: 70, max: 160 },
        singleH1: true,
      },
    },
    programme: {
      contactLimits: {
        // No limits unless the kit sets them: how often a brand may write is its own call.
        segments: {},
        // Emails, posts and calls reach the customer; a web page waits to be visited.
        channels: ['email', 'social', 'call'],
        // ISO weeks.
        weekStart: 'monday',
      },
    },
    report: {},
  };
}

/** The built-in kit, used when no kit file is found. */
export function defaultKit(root: string = process.cwd()): BrandKit {
  return completeKit(defaultSettings(), [], root);
}

/** A loaded kit applied over the built-in one and completed into the shape rules read. */
export function kitOverDefaults(layer: KitLayer, sources: string[], root: string): BrandKit {
  return completeKit(mergeLayers(defaultSettings(), layer), sources, root);
}

function completeKit(layer: KitLayer, sources: string[], root: string): BrandKit {
  // Merged over the defaults, every section is whole.
  const settings = layer as KitSettings;
  return {
    sources,
    root,
    files: settings.files,
    lexicon: settings.lexicon,
    tone: settings.tone,
    messaging: withThresholds(settings.messaging),
    channels: settings.channels,
    campaigns: Object.entries(layer.campaigns ?? {}).map(
      ([id, campaign]) =>
        ({
          id,
          ...campaign,
          files: campaign.files ?? [],
          truth: campaign.truth ?? {},
          variants: campaign.variants ?? [],
          audiences: campaign.audiences ?? [],
          expect: campaign.expect ?? {},
        }) as CampaignConfig,
    ),
    programme: settings.programme,
    report: settings.report,
    rules: completeRules(layer.rules),
    overrides: layer.overrides ?? [],
  };
}

/** Rule settings with their options filled in. */
export function completeRules(rules: KitLayer['rules']): BrandKit['rules'] {
  return Object.fromEntries(Object.entries(rules ?? {}).map(([id, setting]) => [id, { severity: setting.severity, options: setting.options ?? {} }]));
}

/** Messaging with the default similarity thresholds of the tagline and boilerplate filled in. */
export function withThresholds(messaging: MessagingConfig): MessagingConfig {
  const { tagline, boilerplate, ...rest } = messaging;
  return {
    ...rest,
    ...(tagline && { tagline: { ...tagline, threshold: tagline.threshold ?? DEFAULT_TAGLINE_THRESHOLD } }),
    ...(boilerplate && { boilerplate: { ...boilerplate, threshold: boilerplate.threshold ?? DEFAULT_BOILERPLATE_THRESHOLD } }),
  };
}

/**
 * The brand kit as brandlint uses it after loading, validating, applying
 * `extends` and normalising shorthands. The YAML a user writes is described
 * by schema/brandlint.schema.json; shorthands (a plain string for a name, a
 * single string for a list) are expanded by the loader so rules only ever
 * see these shapes.
 */
import { BRAND_ROLES, type BrandRole, type Channel, type Role } from '../documents/types.js';
import type { KitLayer } from './merge.js';

export type Severity = 'error' | 'warn' | 'off';

/** A rule's setting in the kit: a severity, or `[severity, options]` as in ESLint. */
export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface BrandKit {
  /** Absolute paths of the kit files this kit was built from, the user's own file first. */
  sources: string[];
  /** Directory of the user's kit file; globs in `files` and `campaigns` are relative to it. */
  root: string;
  files: FilesConfig;
  lexicon: LexiconConfig;
  tone: ToneConfig;
  messaging: MessagingConfig;
  channels: ChannelsConfig;
  campaigns: CampaignConfig[];
  /** The whole programme: all campaigns together, as customers see them. */
  programme: ProgrammeConfig;
  /** How the HTML report presents the results. */
  report: ReportConfig;
  rules: Record<string, RuleSetting>;
  /** Settings for some files, applied in order over the rest of the kit to the files they match (see config/overrides.ts). */
  overrides: KitOverride[];
}

/** The sections an override may set: what can differ from one file to another. */
export const OVERRIDABLE_SECTIONS = ['lexicon', 'tone', 'messaging', 'channels', 'rules'] as const;

export interface KitOverride {
  /** Globs of the files it applies to, relative to the kit's directory. */
  files: string[];
  /** Globs of files it leaves alone among those. */
  excludeFiles: string[];
  /** What it sets, merged over the kit as a kit is merged over the kits it extends. */
  settings: Pick<KitLayer, (typeof OVERRIDABLE_SECTIONS)[number]>;
}

/** What a client report says about itself (every field optional). */
export interface ReportConfig {
  title?: string;
  /** Whose copy it checks. */
  brand?: string;
  /** Who prepared it. */
  agency?: string;
  kitVersion?: string;
}

// ---------------------------------------------------------------- files

export interface ChannelRoute {
  /** Glob relative to the kit's directory, e.g. `emails/**` or `**\/*.call.md`. */
  glob: string;
  channel: Channel;
  /** Default platform of social posts routed here (x, linkedin, instagram, threads, bluesky, facebook, mastodon, tiktok). */
  platform?: string;
}

export interface FilesConfig {
  /** Globs of files to lint when a directory is given (defaults to every content extension). */
  include: string[];
  /** Globs never linted, added to `.brandlintignore` and the built-in ignores (node_modules, .git). */
  ignore: string[];
  /** Routing of files to channels, first match wins. */
  routes: ChannelRoute[];
  /** Speaker labels in call scripts. */
  speakers: { agent: string[]; customer: string[] };
  /** Megabytes a file may have to be read; larger files are reported unreadable. */
  maxFileMB: number;
  /** Megabytes a Word document may unzip to. */
  maxUnzippedMB: number;
}

// ---------------------------------------------------------------- lexicon

export interface ProtectedName {
  /** The exact spelling and case, e.g. "Acme Cloud". */
  name: string;
  /** Trademark sign the first mention in a document must carry, e.g. "™" or "®". */
  trademark?: string;
  /** Spellings that are correct too (e.g. a possessive-free legal form). Never reported. */
  allow: string[];
  /** Report near-misses (other case, joined/split/hyphenated, one-letter typos). Default true. */
  nearMisses: boolean;
}

export interface PlanNames {
  /** Every plan there is, e.g. [Essentials, Plus, Unlimited]; empty turns the check off. */
  names: string[];
  /** How copy names a plan, `{Name}` standing for the name, e.g. "{Name} plan", "{Name} tier". */
  namePatterns: string[];
}

export interface TrademarkPolicy {
  /** Channels where the first mention must carry the sign (default: all). */
  channels: Channel[];
  /** Segment roles that count as a first mention (default: every role but alt, subject and preheader). */
  roles: string[];
  /** Where no trademark sign may stand: every text of these channels, and texts of these roles anywhere (default: nowhere). */
  forbidIn: { channels: Channel[]; roles: Role[] };
}

export interface PreferredTerm {
  /** The word or phrase to write, e.g. "buy". */
  use: string;
  /** The words or phrases to replace, e.g. ["purchase"]. */
  insteadOf: string[];
  /**
   * Inflected pairs when they are irregular, e.g. { purchased: bought }.
   * Regular inflections (-s, -ed, -ing) are derived unless `inflect` is false.
   */
  forms: Record<string, string>;
  inflect: boolean;
  /** Match case exactly instead of any case. */
  caseSensitive: boolean;
  /** Phrases in which the word is fine: "cash register" for register. */
  exceptions: string[];
  /** Match the word only as this part of speech: the verb "purchase", not the noun. */
  partOfSpeech?: 'verb' | 'noun' | 'adjective';
  reason?: string;
  severity?: Severity;
}

export interface BannedPhrase {
  /** A literal word or phrase (matched whole-word, any case, with inflections) … */
  phrase?: string;
  /** … or a regular expression (checked for catastrophic backtracking when loaded). */
  pattern?: string;
  reason?: string;
  suggestion?: string;
  severity?: Severity;
}

export interface Competitor {
  name: string;
  aliases: string[];
  /** Channels where naming the competitor is fine (e.g. a comparison page on the web). */
  allowIn: Channel[];
}

export interface LexiconConfig {
  names: ProtectedName[];
  trademark: TrademarkPolicy;
  terms: PreferredTerm[];
  banned: BannedPhrase[];
  competitors: Competitor[];
  /** The one vocabulary for customer segments, plans and audiences (same shape as terms). */
  segments: PreferredTerm[];
  /** The closed set of plan (or tier, edition) names, and how copy names a plan. */
  plans: PlanNames;
  /** Acronyms and words that tone rules leave alone (ALL-CAPS, jargon, spelling). */
  allow: string[];
}

// ---------------------------------------------------------------- tone

export type ContractionPolicy = 'prefer' | 'avoid' | 'either';

export interface ToneSettings {
  /** Highest reading grade of a whole document and of one paragraph. */
  readingGrade?: { document?: number; paragraph?: number };
  /** Most words in one sentence. */
  sentenceLength?: number;
  passive?: boolean;
  /** Hedging and weasel words to report (replaces the built-in list when given). */
  hedges?: string[];
  /** Jargon → simpler alternative. */
  jargon?: Record<string, string>;
  /** Report non-inclusive language: true for the curated list, 'full' for retext-equality's whole list. */
  inclusive?: boolean | 'full';
  /** Report profanity: true for the curated list of vulgar words and slurs, 'full' for the whole cuss list. */
  profanity?: boolean | 'full';
  exclamations?: { document?: number; sentence?: number };
  allCaps?: boolean;
  contractions?: ContractionPolicy;
  /** Lowest share of reader address: you/your ÷ (you/your + we/our/us). */
  address?: { minYouRatio?: number };
  emoji?: { allowed?: boolean; max?: number };
  /** en-US or en-GB spelling. */
  spelling?: 'en-US' | 'en-GB';
  /** Whether quoted speech is held to person and exclamation rules. */
  judgeQuotes?: boolean;
  /** Limits of the text of one role: a subject line, a button, a heading. */
  roles?: Partial<Record<LimitedRole, RoleLimits>>;
}

/** Roles of the brand's own copy; customer lines and stage directions are never held to limits. */
export const LIMITED_ROLES = BRAND_ROLES;

export type LimitedRole = BrandRole;

export interface RoleLimits {
  /** Length of each text of the role (a heading, a button), in characters as readers see them. */
  length?: LengthRange;
  /** Most exclamation marks in each text of the role; 0 allows none. */
  exclamations?: number;
  /** Most emoji in each text of the role; 0 allows none. */
  emoji?: number;
}

export interface ToneConfig extends ToneSettings {
  /** Per-channel overrides merged over the defaults above. */
  channels: Partial<Record<Channel, ToneSettings>>;
}

// ---------------------------------------------------------------- messaging

export interface Pillar {
  id: string;
  statement: string;
  /** Phrases that count as carrying the pillar (matched with inflections). */
  phrases: string[];
}

export interface ClaimRule {
  phrase?: string;
  pattern?: string;
  reason?: string;
}

export interface DisclaimerRule {
  /** The claim (phrase or pattern) that needs a disclaimer. */
  claim: string;
  /** Regular expression (or phrase) the disclaimer must match somewhere in the document. */
  disclaimer: string;
  message?: string;
}

export interface MessagingConfig {
  tagline?: { text: string; threshold: number };
  boilerplate?: { text: string; threshold: number };
  pillars: Pillar[];
  /** How many pillars a deliverable of each channel must carry. */
  pillarsRequired: Partial<Record<Channel, number>>;
  claims: { forbidden: ClaimRule[]; needDisclaimer: DisclaimerRule[] };
  /** Approved calls to action. */
  ctas: string[];
  /** Text every deliverable (of some channels, in some place) must carry: offer terms, the boilerplate. */
  requiredText: RequiredText[];
}

/** Where required text must stand: anywhere, the first or last three paragraphs, a section by its heading, or a segment role. */
export type RequiredPlace = 'anywhere' | 'start' | 'end' | `section: ${string}` | Role;

export interface RequiredText {
  /** The text, or the wordings any one of which will do; compared word by word in any case, punctuation aside. */
  text: string[];
  /** Channels whose deliverables must carry it; empty for all. */
  channels: Channel[];
  where: RequiredPlace;
  /** Shown with the finding instead of the default message. */
  message?: string;
}

// ---------------------------------------------------------------- channels

export interface LengthRange {
  min?: number;
  max?: number;
}

export interface ChannelsConfig {
  email: {
    subject: LengthRange;
    preheader: LengthRange & { required: boolean };
    requireUnsubscribe: boolean;
    requirePostalAddress: boolean;
    /** Postal address pattern override (regular expression). */
    postalAddressPattern?: string;
    vagueLinkText: string[];
    requireAlt: boolean;
  };
  social: {
    /** Character limits per platform, overriding the built-in ones. */
    limits: Record<string, number>;
    requiredHashtags: string[];
    maxHashtags?: number;
    hashtagCase?: 'camel' | 'lower' | 'any';
    disclosures: string[];
  };
  call: {
    /** The required opening, with placeholders such as {agent}, {company}, {customer}. */
    opening?: string;
    /** Phrases one of which must appear in the opening section (the recording disclosure). */
    recordingDisclosure: string[];
    maxTurnWords?: number;
    forbidden: string[];
  };
  web: {
    title: LengthRange;
    description: LengthRange;
    singleH1: boolean;
  };
}

// ---------------------------------------------------------------- campaigns

export interface PriceTruth {
  amount: number;
  currency: string;
  period?: 'month' | 'year' | 'week' | 'day' | 'once';
}

export interface CampaignTruth {
  /** Discount in percent, e.g. 20. */
  discount?: number;
  code?: string;
  start?: string;
  end?: string;
  timezone?: string;
  /** Trial length in days. */
  trialDays?: number;
  price?: PriceTruth;
  landingUrl?: string;
  utm?: Record<string, string>;
  phone?: string;
  hashtag?: string;
  cta?: string;
  pillars?: string[];
  products?: string[];
  /** Standing offers, perks and thresholds deliverables may state besides the campaign offer. */
  otherOffers?: OtherOffer[];
  /** Pages deliverables may link to besides the landing page: "acme.com/pricing", "events.acme.com". */
  otherLinks?: string[];
}

export interface OtherOffer {
  discount?: number;
  price?: PriceTruth;
  trialDays?: number;
  code?: string;
}

/** Days as YYYY-MM-DD (a time may follow: YYYY-MM-DDTHH:MM). */
export interface CampaignWindow {
  start?: string;
  end?: string;
}

export interface CampaignConfig {
  id: string;
  name?: string;
  /** Globs relative to the kit's directory. */
  files: string[];
  /** The year relative dates ("May 31") belong to. */
  year?: number;
  truth: CampaignTruth;
  /** Variant groups: spellings of one concept that must not be mixed in one campaign. */
  variants: string[][];
  /** Audience segments the campaign speaks to, named as in `lexicon.segments`. */
  audiences: string[];
  /** When the campaign reaches customers (its first and last day of sending or publishing). */
  window?: CampaignWindow;
  /** What the campaign expects of each channel's deliverables; a channel left out is expected to state everything the truth declares. */
  expect: Partial<Record<Channel, ChannelExpectation>>;
}

/** The truth keys a channel's deliverables may be expected to state. */
export const EXPECTABLE_FACTS = ['discount', 'code', 'start', 'end', 'trialDays', 'price', 'landingUrl', 'phone', 'hashtag', 'products'] as const;
export type ExpectableFact = (typeof EXPECTABLE_FACTS)[number];

/** What one channel's deliverables of a campaign must carry. */
export interface ChannelExpectation {
  /** Whether they must carry the campaign's call to action (`truth.cta`). */
  cta?: boolean;
  /** Pillar ids they must carry: all of them, or `minPillars` of them. */
  pillars?: string[];
  /** How many different pillars they must carry: of `pillars`, else of all the kit's pillars. */
  minPillars?: number;
  /** The truth facts they are expected to state; the others are checked where stated but not missed where left out. */
  facts?: ExpectableFact[];
  /** Calls to action approved for this channel in this campaign, besides `messaging.ctas` and `truth.cta`. */
  ctas: string[];
}

// ---------------------------------------------------------------- programme

export interface ContactLimit {
  /** Most messages one segment receives in a day. */
  perDay?: number;
  /** Most messages one segment receives in a week. */
  perWeek?: number;
}

export interface ContactLimits extends ContactLimit {
  /** Limits of particular segments (named as in `lexicon.segments`), over the ones for every segment. */
  segments: Record<string, ContactLimit>;
  /** Channels whose deliverables are messages sent to customers (web pages are visited, not sent). */
  channels: Channel[];
  /** The first day of a week. */
  weekStart: 'monday' | 'sunday';
}

export interface ProgrammeConfig {
  contactLimits: ContactLimits;
}

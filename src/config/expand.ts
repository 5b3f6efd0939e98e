/**
 * From what a user writes to the shapes rules read: shorthands expanded
 * (`- Acme` is a name entry, `insteadOf: log in` a one-item list) and every
 * entry completed with its own defaults. Sections a file does not set stay
 * unset, so that merging can tell "not said" from "said".
 */
import type { Channel } from '../documents/types.js';
import type { DeepPartial, KitLayer, LayerRuleSetting } from './merge.js';
import type {
  BannedPhrase,
  ChannelRoute,
  ChannelsConfig,
  ClaimRule,
  CampaignTruth,
  CampaignWindow,
  ChannelExpectation,
  Competitor,
  DisclaimerRule,
  FilesConfig,
  KitOverride,
  MessagingConfig,
  Pillar,
  PlanNames,
  PreferredTerm,
  ProgrammeConfig,
  ReportConfig,
  ProtectedName,
  RequiredText,
  Severity,
  ToneConfig,
  TrademarkPolicy,
} from './types.js';
import type { OVERRIDABLE_SECTIONS } from './types.js';

type OneOrMore<T> = T | T[];

/** A kit file as written, once it has passed the schema. */
export interface RawKit {
  $schema?: string;
  extends?: OneOrMore<string>;
  files?: RawFiles;
  lexicon?: RawLexicon;
  tone?: DeepPartial<ToneConfig>;
  messaging?: RawMessaging;
  channels?: DeepPartial<ChannelsConfig>;
  campaigns?: Record<string, RawCampaign>;
  programme?: DeepPartial<ProgrammeConfig>;
  report?: ReportConfig;
  rules?: Record<string, RawRuleSetting>;
  overrides?: RawOverride[];
}

/** An entry of `overrides`: the files it is for, and any of the sections a file may change. */
export type RawOverride = Pick<RawKit, (typeof OVERRIDABLE_SECTIONS)[number]> & {
  files: OneOrMore<string>;
  excludeFiles?: OneOrMore<string>;
};

interface RawFiles {
  include?: OneOrMore<string>;
  ignore?: OneOrMore<string>;
  routes?: ChannelRoute[];
  speakers?: Partial<FilesConfig['speakers']>;
  maxFileMB?: number;
  maxUnzippedMB?: number;
}

interface RawLexicon {
  names?: (string | RawName)[];
  trademark?: Partial<TrademarkPolicy>;
  terms?: RawTerm[];
  banned?: (string | BannedPhrase)[];
  competitors?: (string | RawCompetitor)[];
  segments?: (string | RawSegment)[];
  plans?: { names?: string[]; namePattern?: OneOrMore<string> };
  allow?: string[];
}

type RawName = Partial<ProtectedName> & { name: string };
type RawTerm = Partial<Omit<PreferredTerm, 'insteadOf'>> & { use: string; insteadOf: OneOrMore<string> };
/** A segment may stand alone: it replaces no other name. */
type RawSegment = Omit<RawTerm, 'insteadOf'> & { insteadOf?: OneOrMore<string> };
type RawCompetitor = Partial<Competitor> & { name: string };
type RawExactText = string | { text: string; threshold?: number };

interface RawMessaging {
  tagline?: RawExactText;
  boilerplate?: RawExactText;
  pillars?: (Omit<Pillar, 'phrases'> & { phrases?: string[] })[];
  pillarsRequired?: MessagingConfig['pillarsRequired'];
  claims?: { forbidden?: (string | ClaimRule)[]; needDisclaimer?: DisclaimerRule[] };
  ctas?: string[];
  requiredText?: RawRequiredText[];
}

type RawRequiredText = Partial<Omit<RequiredText, 'text'>> & { text: OneOrMore<string> };

interface RawCampaign {
  name?: string;
  files?: OneOrMore<string>;
  year?: number;
  truth?: CampaignTruth;
  variants?: string[][];
  audiences?: string[];
  window?: CampaignWindow;
  expect?: Partial<Record<Channel, Partial<ChannelExpectation>>>;
}

type RawRuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>];

export function expandKit(raw: RawKit): KitLayer {
  return definedOnly({
    files: raw.files && expandFiles(raw.files),
    ...expandOverridable(raw),
    campaigns: raw.campaigns && mapValues(raw.campaigns, expandCampaign),
    programme: raw.programme,
    report: raw.report,
    overrides: raw.overrides?.map(expandOverride),
  });
}

/** The sections an override may set too, expanded. */
function expandOverridable(raw: Pick<RawKit, (typeof OVERRIDABLE_SECTIONS)[number]>): KitOverride['settings'] {
  return definedOnly({
    lexicon: raw.lexicon && expandLexicon(raw.lexicon),
    tone: raw.tone,
    messaging: raw.messaging && expandMessaging(raw.messaging),
    channels: raw.channels,
    rules: raw.rules && mapValues(raw.rules, expandRuleSetting),
  });
}

function expandOverride({ files, excludeFiles, ...settings }: RawOverride): KitOverride {
  return { files: asList(files), excludeFiles: asOptionalList(excludeFiles) ?? [], settings: expandOverridable(settings) };
}

/** The kits a file extends, in order. */
export function extendsList(raw: RawKit): string[] {
  return asOptionalList(raw.extends) ?? [];
}

function expandFiles(files: RawFiles): KitLayer['files'] {
  return definedOnly({ ...files, include: asOptionalList(files.include), ignore: asOptionalList(files.ignore) });
}

function expandLexicon(lexicon: RawLexicon): KitLayer['lexicon'] {
  return definedOnly({
    ...lexicon,
    names: lexicon.names?.map(expandName),
    terms: lexicon.terms?.map(expandTerm),
    banned: lexicon.banned?.map((entry): BannedPhrase => (typeof entry === 'string' ? { phrase: entry } : entry)),
    competitors: lexicon.competitors?.map(expandCompetitor),
    segments: lexicon.segments?.map((entry) => expandTerm(typeof entry === 'string' ? { use: entry } : entry)),
    plans: lexicon.plans && expandPlans(lexicon.plans),
  });
}

function expandPlans({ names, namePattern }: NonNullable<RawLexicon['plans']>): Partial<PlanNames> {
  return definedOnly({ names, namePatterns: namePattern === undefined ? undefined : asList(namePattern) });
}

function expandName(entry: string | RawName): ProtectedName {
  const { name, trademark, allow = [], nearMisses = true } = typeof entry === 'string' ? { name: entry } : entry;
  return definedOnly({ name, trademark, allow, nearMisses });
}

function expandTerm(entry: RawSegment): PreferredTerm {
  const { use, insteadOf = [], forms = {}, inflect = true, caseSensitive = false, exceptions = [], partOfSpeech, reason, severity } = entry;
  return definedOnly({ use, insteadOf: asList(insteadOf), forms, inflect, caseSensitive, exceptions, partOfSpeech, reason, severity });
}

function expandCompetitor(entry: string | RawCompetitor): Competitor {
  const { name, aliases = [], allowIn = [] } = typeof entry === 'string' ? { name: entry } : entry;
  return { name, aliases, allowIn };
}

function expandMessaging(messaging: RawMessaging): KitLayer['messaging'] {
  const { claims } = messaging;
  return definedOnly({
    ...messaging,
    tagline: expandExactText(messaging.tagline),
    boilerplate: expandExactText(messaging.boilerplate),
    pillars: messaging.pillars?.map(({ id, statement, phrases = [] }): Pillar => ({ id, statement, phrases })),
    requiredText: messaging.requiredText?.map(({ text, channels = [], where = 'anywhere', message }): RequiredText =>
      definedOnly({ text: asList(text), channels, where, message }),
    ),
    claims:
      claims &&
      definedOnly({
        forbidden: claims.forbidden?.map((entry): ClaimRule => (typeof entry === 'string' ? { phrase: entry } : entry)),
        needDisclaimer: claims.needDisclaimer,
      }),
  });
}

/** The threshold stays unset here: a base kit's threshold survives a child that only changes the text. */
function expandExactText(value: RawExactText | undefined): { text: string; threshold?: number } | undefined {
  return typeof value === 'string' ? { text: value } : value;
}

function expandCampaign(campaign: RawCampaign): NonNullable<KitLayer['campaigns']>[string] {
  return definedOnly({ ...campaign, files: asOptionalList(campaign.files), expect: campaign.expect && mapValues(campaign.expect, expandExpectation) });
}

function expandExpectation(expectation: Partial<ChannelExpectation>): ChannelExpectation {
  return { ...expectation, ctas: expectation.ctas ?? [] };
}

function expandRuleSetting(setting: RawRuleSetting): LayerRuleSetting {
  if (typeof setting === 'string') return { severity: setting };
  const [severity, options] = setting;
  return options === undefined ? { severity } : { severity, options };
}

function asList<T>(value: OneOrMore<T>): T[] {
  return Array.isArray(value) ? value : [value];
}

function asOptionalList<T>(value: OneOrMore<T> | undefined): T[] | undefined {
  return value === undefined ? undefined : asList(value);
}

function mapValues<T, U>(record: Record<string, T>, transform: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, transform(value)]));
}

/** Drops keys whose value is `undefined`, so a layer holds only what was said. */
function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/**
 * What the schema cannot say about a kit file: patterns that are invalid or
 * could stall a run, time zones and dates that do not exist, length ranges
 * upside down. Runs only on files that passed the schema.
 */
import type { KitProblem } from './errors.js';
import type { RawKit, RawOverride } from './expand.js';
import { patternProblem } from './safe-regex.js';
import type { KitSource } from './source.js';
import { describeValue, didYouMean, subject, type KitPath } from './wording.js';

interface Found<T> {
  path: KitPath;
  value: T;
}

const LENGTH_RANGES: KitPath[] = [
  ['channels', 'email', 'subject'],
  ['channels', 'email', 'preheader'],
  ['channels', 'web', 'title'],
  ['channels', 'web', 'description'],
];

export function semanticProblems(source: KitSource, raw: RawKit): KitProblem[] {
  return [
    ...settingsProblems(source, raw, []),
    ...campaignProblems(source, raw),
    ...(raw.overrides ?? []).flatMap((override, index) => overrideProblems(source, override, ['overrides', index])),
  ];
}

/** Problems of the settings a kit, or one of its overrides at `at`, holds. */
function settingsProblems(source: KitSource, settings: RawKit, at: KitPath): KitProblem[] {
  return [
    ...userPatterns(settings).flatMap(({ path, value }) => {
      const reason = patternProblem(value);
      return reason ? [source.problem([...at, ...path], reason)] : [];
    }),
    ...[...LENGTH_RANGES, ...roleLengthRanges(settings)].flatMap((path) => rangeProblem(source, settings, at, path)),
    ...planPatternProblems(source, settings, at),
  ];
}

/** A plan name pattern needs a word besides {Name}: "{Name}" alone would take every capitalised word for a plan. */
function planPatternProblems(source: KitSource, settings: RawKit, at: KitPath): KitProblem[] {
  const written = settings.lexicon?.plans?.namePattern;
  if (written === undefined) return [];
  const path: KitPath = [...at, 'lexicon', 'plans', 'namePattern'];
  return (Array.isArray(written) ? written.map((pattern, index) => ({ pattern, where: [...path, index] })) : [{ pattern: written, where: path }])
    .filter(({ pattern }) => !/[\p{L}\p{N}]/u.test(pattern.replace('{Name}', '')))
    .map(({ where }) => source.problem(where, `${subject(where)} needs a word besides {Name}, e.g. "{Name} plan"`));
}

/** The length ranges of `tone.roles` and of each channel's `tone.channels.<channel>.roles`. */
function roleLengthRanges(settings: RawKit): KitPath[] {
  const tone = settings.tone;
  const places: { at: KitPath; roles: object | undefined }[] = [
    { at: ['tone'], roles: tone?.roles },
    ...Object.entries(tone?.channels ?? {}).map(([channel, channelTone]) => ({ at: ['tone', 'channels', channel], roles: channelTone?.roles })),
  ];
  return places.flatMap(({ at, roles }) => Object.keys(roles ?? {}).map((role): KitPath => [...at, 'roles', role, 'length']));
}

function overrideProblems(source: KitSource, override: RawOverride, at: KitPath): KitProblem[] {
  const { files: _files, excludeFiles: _excludeFiles, ...settings } = override;
  if (Object.keys(settings).length === 0)
    return [source.problem(at, `${subject(at)} sets nothing for its files: give it lexicon, tone, messaging, channels or rules`)];
  return settingsProblems(source, settings, at);
}

/** Every regular expression the settings hold, where it stands. */
function userPatterns(raw: RawKit): Found<string>[] {
  const found: Found<string>[] = [];
  const add = (path: KitPath, value: string | undefined): void => {
    if (value !== undefined) found.push({ path, value });
  };
  raw.lexicon?.banned?.forEach((entry, index) => add(['lexicon', 'banned', index, 'pattern'], typeof entry === 'string' ? undefined : entry.pattern));
  raw.messaging?.claims?.forbidden?.forEach((entry, index) =>
    add(['messaging', 'claims', 'forbidden', index, 'pattern'], typeof entry === 'string' ? undefined : entry.pattern),
  );
  raw.messaging?.claims?.needDisclaimer?.forEach((entry, index) => {
    add(['messaging', 'claims', 'needDisclaimer', index, 'claim'], entry.claim);
    add(['messaging', 'claims', 'needDisclaimer', index, 'disclaimer'], entry.disclaimer);
  });
  add(['channels', 'email', 'postalAddressPattern'], raw.channels?.email?.postalAddressPattern);
  return found;
}

function campaignProblems(source: KitSource, raw: RawKit): KitProblem[] {
  return Object.entries(raw.campaigns ?? {}).flatMap(([id, campaign]) => {
    const truth = campaign.truth ?? {};
    const at = (key: string): KitPath => ['campaigns', id, 'truth', key];
    const problems: KitProblem[] = [];
    if (truth.timezone !== undefined && !isTimeZone(truth.timezone)) {
      const suggestion = didYouMean(truth.timezone, Intl.supportedValuesOf('timeZone')) || '; use an IANA name such as America/New_York';
      problems.push(source.problem(at('timezone'), `${subject(at('timezone'))} is not a known time zone: ${describeValue(truth.timezone)}${suggestion}`));
    }
    problems.push(...dateRangeProblems(source, ['campaigns', id, 'truth'], truth));
    problems.push(...dateRangeProblems(source, ['campaigns', id, 'window'], campaign.window ?? {}));
    return problems;
  });
}

/** A start and an end that are real days, the end not before the start. */
function dateRangeProblems(source: KitSource, path: KitPath, range: { start?: string; end?: string }): KitProblem[] {
  const at = (key: string): KitPath => [...path, key];
  const unreal = (['start', 'end'] as const).filter((key) => range[key] !== undefined && !isRealDate(range[key]));
  const problems = unreal.map((key) => source.problem(at(key), `${subject(at(key))} is not a real date: ${describeValue(range[key])}`));
  if (unreal.length === 0 && range.start && range.end && sortable(range.end) < sortable(range.start)) {
    problems.push(source.problem(at('end'), `${subject(at('end'))} (${range.end}) is before the start (${range.start})`));
  }
  return problems;
}

function rangeProblem(source: KitSource, raw: RawKit, at: KitPath, path: KitPath): KitProblem[] {
  const range = path.reduce<unknown>((value, step) => (value as Record<string, unknown> | undefined)?.[step], raw) as
    { min?: number; max?: number } | undefined;
  if (range?.min === undefined || range.max === undefined || range.min <= range.max) return [];
  const where = [...at, ...path];
  return [source.problem(where, `${subject(where)} has min ${range.min} above max ${range.max}`)];
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The schema has checked the shape YYYY-MM-DD[THH:MM[:SS]]; this checks the calendar and the clock. */
function isRealDate(value: string): boolean {
  const [year = NaN, month = NaN, day = NaN, hour = 0, minute = 0, second = 0] = value.split(/[-T :]/).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function sortable(date: string): string {
  return date.replace(' ', 'T');
}

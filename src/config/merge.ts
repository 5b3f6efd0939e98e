/**
 * How kits combine through `extends`.
 *
 * A kit is applied over the kits it extends, in the order listed (a later
 * base wins over an earlier one, the kit itself over all of them), and every
 * kit sits on the built-in defaults: whatever no kit sets keeps its default.
 *
 * - Maps merge key by key, deeply; where both set a value, the child's wins.
 *   (So `tone.channels.social` from a base keeps its other settings when the
 *   child sets only `tone.channels.social.emoji`, and `tone.jargon` entries
 *   add up.)
 * - Keyed lists are concatenated, and an entry of the child replaces the
 *   base's entry with the same key, in the base's position:
 *   `lexicon.names` by `name`, `lexicon.terms` and `lexicon.segments` by
 *   `use`, `lexicon.banned` by `phrase` or `pattern`, `lexicon.competitors`
 *   by `name`, `messaging.pillars` by `id`, `messaging.requiredText` by `text`.
 * - `lexicon.allow` is the union of both lists.
 * - Every other list, and every scalar, is replaced by the child's
 *   (`files.include`, `tone.hedges`, `channels.email.vagueLinkText` …).
 * - `rules` merge per rule id: the child's severity wins; its options replace
 *   the base's when it gives options, else the base's options are kept
 *   (`lexicon/terms: error` over `[warn, { … }]` keeps the options).
 * - `campaigns` merge per campaign id, deeply, like maps.
 * - `overrides` are concatenated, the bases' first: all of them apply over
 *   the whole merged kit (see overrides.ts).
 * - Globs (`files`, `campaigns.*.files`, `overrides.*.files`) are relative to the directory of
 *   your own kit file, wherever the kit that sets them lives.
 */
import type { BrandKit, CampaignConfig, KitOverride, Severity } from './types.js';

/** Everything optional, down to list level: a list is always whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface LayerRuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

/** What one kit file contributes, shorthands expanded, nothing filled in. */
export type KitLayer = DeepPartial<Omit<BrandKit, 'sources' | 'root' | 'campaigns' | 'rules' | 'overrides'>> & {
  campaigns?: Record<string, DeepPartial<Omit<CampaignConfig, 'id'>>>;
  rules?: Record<string, LayerRuleSetting>;
  overrides?: KitOverride[];
};

type Entry = Record<string, unknown>;

const KEYED_LISTS: Record<string, (entry: Entry) => unknown> = {
  'lexicon.names': (entry) => entry.name,
  'lexicon.terms': (entry) => entry.use,
  'lexicon.segments': (entry) => entry.use,
  'lexicon.banned': (entry) => (entry.phrase === undefined ? `pattern:${String(entry.pattern)}` : `phrase:${String(entry.phrase)}`),
  'lexicon.competitors': (entry) => entry.name,
  'messaging.pillars': (entry) => entry.id,
  'messaging.requiredText': (entry) => JSON.stringify(entry.text),
};

const UNION_LISTS = new Set(['lexicon.allow']);
const CONCATENATED_LISTS = new Set(['overrides']);

/** `child` applied over `base`; neither is changed. */
export function mergeLayers(base: KitLayer, child: KitLayer): KitLayer {
  return mergeValue(base, child, '') as KitLayer;
}

function mergeValue(base: unknown, child: unknown, path: string): unknown {
  if (child === undefined) return base;
  if (base === undefined) return child;
  if (path === 'rules') return mergeRules(base as Record<string, LayerRuleSetting>, child as Record<string, LayerRuleSetting>);
  if (Array.isArray(base) && Array.isArray(child)) return mergeLists(base, child, path);
  if (isMap(base) && isMap(child)) return mergeMaps(base, child, path);
  return child;
}

function mergeMaps(base: Entry, child: Entry, path: string): Entry {
  const merged: Entry = { ...base };
  for (const [key, value] of Object.entries(child)) {
    merged[key] = mergeValue(base[key], value, path ? `${path}.${key}` : key);
  }
  return merged;
}

function mergeLists(base: unknown[], child: unknown[], path: string): unknown[] {
  const keyOf = KEYED_LISTS[path];
  if (keyOf) return mergeKeyedLists(base as Entry[], child as Entry[], keyOf);
  if (UNION_LISTS.has(path)) return [...new Set([...base, ...child])];
  if (CONCATENATED_LISTS.has(path)) return [...base, ...child];
  return child;
}

function mergeKeyedLists(base: Entry[], child: Entry[], keyOf: (entry: Entry) => unknown): Entry[] {
  const childByKey = new Map(child.map((entry) => [keyOf(entry), entry]));
  const baseKeys = new Set(base.map(keyOf));
  return [...base.map((entry) => childByKey.get(keyOf(entry)) ?? entry), ...child.filter((entry) => !baseKeys.has(keyOf(entry)))];
}

function mergeRules(base: Record<string, LayerRuleSetting>, child: Record<string, LayerRuleSetting>): Record<string, LayerRuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(child)) {
    const options = setting.options ?? base[id]?.options;
    merged[id] = options === undefined ? { severity: setting.severity } : { severity: setting.severity, options };
  }
  return merged;
}

function isMap(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

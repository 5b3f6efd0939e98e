/**
 * The kit of one run, compiled: the lexicon matcher, the routing and
 * campaign glob matchers, and whatever else rules and analyses derive from
 * the kit (phrase sets, patterns, word lists), each built on first use and
 * kept for the rest of the run. A run makes one, and so does each worker
 * thread; nothing kit-derived outlives its run.
 *
 * A file that overrides match gets the kit with them applied, compiled in
 * its turn (see forFile): once per combination of overrides, not per file.
 *
 * Paths are as the command line gives them, relative to `cwd`; globs are
 * relative to the kit's directory.
 */
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { kitWithOverrides } from '../config/overrides.js';
import type { BrandKit, CampaignConfig, ChannelRoute, KitOverride } from '../config/types.js';
import type { Document, Segment } from '../documents/types.js';
import { compileLexicon, type CompiledLexicon } from '../lexicon/lexicon.js';

type PathMatcher = (path: string) => boolean;

export class CompiledKit {
  private readonly derived = new Map<(kit: BrandKit) => unknown, unknown>();
  /** The kits of files that overrides match, by the overrides' positions. */
  private readonly variants = new Map<string, CompiledKit>();

  constructor(
    readonly kit: BrandKit,
    /** The folder document paths are relative to. */
    readonly cwd: string,
  ) {}

  /**
   * Data derived from the kit, built once per run: `build` (a module-level
   * function) is its key, so every caller of one builder shares its result.
   */
  derive<T>(build: (kit: BrandKit) => T): T {
    if (!this.derived.has(build)) this.derived.set(build, build(this.kit));
    return this.derived.get(build) as T;
  }

  get lexicon(): CompiledLexicon {
    return this.derive(compileLexicon);
  }

  /** The overrides that apply to a file, in order. */
  overridesOf(path: string): KitOverride[] {
    if (this.kit.overrides.length === 0) return [];
    const fromKit = this.fromKitRoot(path);
    const matchers = this.derive(overrideMatchers);
    return this.kit.overrides.filter((_override, index) => matchers[index]?.(fromKit));
  }

  /** The kit for one file: with the overrides that match it applied, in order; this kit when none does. */
  forFile(path: string): CompiledKit {
    const overrides = this.overridesOf(path);
    if (overrides.length === 0) return this;
    const key = overrides.map((override) => this.kit.overrides.indexOf(override)).join(',');
    let variant = this.variants.get(key);
    if (!variant) {
      variant = new CompiledKit(kitWithOverrides(this.kit, overrides), this.cwd);
      this.variants.set(key, variant);
    }
    return variant;
  }

  /** The kit's first routing entry whose glob matches the file. */
  routeFor(path: string): ChannelRoute | undefined {
    const fromKit = this.fromKitRoot(path);
    return this.derive(routeMatchers).find(({ matches }) => matches(fromKit))?.route;
  }

  /** Campaigns whose globs match the file. */
  campaignsByPath(path: string): CampaignConfig[] {
    const fromKit = this.fromKitRoot(path);
    return this.derive(campaignMatchers)
      .filter(({ campaign, matches }) => campaign.files.length > 0 && matches(fromKit))
      .map(({ campaign }) => campaign);
  }

  /** The campaigns of a whole document: by path and by its own `campaign` metadata. */
  campaignsOfDocument(document: Document): CampaignConfig[] {
    return unique([...this.campaignsByPath(document.path), ...campaignsByName(this.kit, document.meta.campaign)]);
  }

  /** The campaigns of one segment: its document's, and the one its calendar row names. */
  campaignsOfSegment(document: Document, segment: Segment, ofDocument: readonly CampaignConfig[] = this.campaignsOfDocument(document)): CampaignConfig[] {
    return unique([...ofDocument, ...campaignsByName(this.kit, segment.data?.campaign)]);
  }

  private fromKitRoot(path: string): string {
    return relative(this.kit.root, resolve(this.cwd, path)).split(sep).join('/');
  }
}

/**
 * Campaigns named by a metadata value — one name, a list, or a
 * comma-separated string — by id or display name, in any case.
 */
export function campaignsByName(kit: BrandKit, value: unknown): CampaignConfig[] {
  const names = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((name) => String(name).trim().toLowerCase())
    .filter((name) => name !== '');
  return kit.campaigns.filter(
    (campaign) => names.includes(campaign.id.toLowerCase()) || (campaign.name !== undefined && names.includes(campaign.name.toLowerCase())),
  );
}

function routeMatchers(kit: BrandKit): { route: ChannelRoute; matches: PathMatcher }[] {
  return kit.files.routes.map((route) => ({ route, matches: picomatch(route.glob, { dot: true }) }));
}

function overrideMatchers(kit: BrandKit): PathMatcher[] {
  return kit.overrides.map(({ files, excludeFiles }) => {
    const included = picomatch(files, { dot: true });
    const excluded = excludeFiles.length > 0 ? picomatch(excludeFiles, { dot: true }) : () => false;
    return (path: string) => included(path) && !excluded(path);
  });
}

function campaignMatchers(kit: BrandKit): { campaign: CampaignConfig; matches: PathMatcher }[] {
  return kit.campaigns.map((campaign) => ({ campaign, matches: picomatch(campaign.files, { dot: true }) }));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

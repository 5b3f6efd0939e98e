/**
 * The lint cache (--cache). Per file: the findings of the per-document
 * rules, keyed on the hash of the file's bytes. Per campaign: the drift
 * findings and the campaign report, keyed on the paths and hashes of all its
 * members, so a campaign is checked again as soon as any member changes.
 * The whole cache belongs to one set of settings (kit, rules, version …);
 * other settings start it afresh. Modification times play no part.
 *
 * A cache file that cannot be read or parsed is ignored and rewritten.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Channel } from '../documents/types.js';
import type { CampaignReport } from '../drift/report.js';
import type { CampaignProfile } from '../programme/types.js';
import { writeFileAtomic } from './atomic-write.js';
import { contentHash } from './hash.js';
import type { DirectiveScope } from './directives.js';
import type { Finding } from './types.js';

export const DEFAULT_CACHE_FILE = '.brandlintcache';

/** Bumped whenever the shape of the cache changes, so an old cache is dropped rather than misread. */
export const CACHE_FORMAT = 3;

export interface CachedFile {
  hash: string;
  channel?: Channel;
  /** The decoded source, kept only when the bytes do not give it back (a .docx rendering, an undecodable file). */
  source?: string;
  /** Findings of the per-document rules, before inline directives (campaign findings live with the campaign). */
  findings: Finding[];
  /** What the file's inline directives cover, applied with its campaign findings. */
  directives: DirectiveScope[];
  /** Ids of the campaigns the document belongs to. */
  campaigns: string[];
}

export interface CachedCampaign {
  /** `[path, content hash]` of every member, by path. */
  members: [string, string][];
  /** Campaign findings by document path, before inline directives. */
  findings: Record<string, Finding[]>;
  report: CampaignReport;
  /** The campaign as the programme step sees it. */
  profile: CampaignProfile;
}

interface CacheContents {
  format: number;
  settings: string;
  files: Record<string, CachedFile>;
  campaigns: Record<string, CachedCampaign>;
}

export class LintCache {
  private settings = '';
  private files = new Map<string, CachedFile>();
  private campaigns = new Map<string, CachedCampaign>();

  private constructor(
    /** Where the cache is saved; none for a cache that lives as long as the process (--watch, --fix). */
    readonly location: string | undefined,
    /** Mixed into the settings key: the brandlint version, so an upgrade starts afresh. */
    private readonly salt: string,
  ) {}

  static inMemory(salt = ''): LintCache {
    return new LintCache(undefined, salt);
  }

  static async open(location: string, salt: string): Promise<LintCache> {
    const cache = new LintCache(location, salt);
    cache.load(await readContents(location));
    return cache;
  }

  /** Settles the settings the entries belong to; entries made under other settings are dropped. */
  useSettings(settings: unknown): void {
    const key = contentHash(JSON.stringify([this.salt, settings]));
    if (key === this.settings) return;
    this.settings = key;
    this.files.clear();
    this.campaigns.clear();
  }

  file(path: string, hash: string): CachedFile | undefined {
    const entry = this.files.get(path);
    return entry?.hash === hash && Array.isArray(entry.findings) && Array.isArray(entry.directives) && Array.isArray(entry.campaigns) ? entry : undefined;
  }

  setFile(path: string, entry: CachedFile): void {
    this.files.set(path, entry);
  }

  campaign(id: string): CachedCampaign | undefined {
    return this.campaigns.get(id);
  }

  setCampaign(id: string, entry: CachedCampaign): void {
    this.campaigns.set(id, entry);
  }

  async save(): Promise<void> {
    if (!this.location) return;
    const contents: CacheContents = {
      format: CACHE_FORMAT,
      settings: this.settings,
      files: Object.fromEntries(this.files),
      campaigns: Object.fromEntries(this.campaigns),
    };
    await writeFileAtomic(this.location, JSON.stringify(contents));
  }

  private load(contents: CacheContents | undefined): void {
    if (!contents) return;
    this.settings = contents.settings;
    this.files = new Map(Object.entries(contents.files));
    this.campaigns = new Map(Object.entries(contents.campaigns));
  }
}

async function readContents(location: string): Promise<CacheContents | undefined> {
  try {
    const parsed = JSON.parse(await readFile(location, 'utf8')) as Partial<CacheContents> | null;
    return isContents(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isContents(value: Partial<CacheContents> | null): value is CacheContents {
  return value?.format === CACHE_FORMAT && typeof value.settings === 'string' && isRecord(value.files) && isRecord(value.campaigns);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The cache file for `--cache-location` (as ESLint reads it): a file path,
 * or a directory — an existing one, or a path ending in a separator — that
 * gets a file named after the working directory, so projects can share it.
 */
export function resolveCacheLocation(cwd: string, location: string = DEFAULT_CACHE_FILE): string {
  const path = resolve(cwd, location);
  const isDirectory = location.endsWith('/') || location.endsWith(sep) || (existsSync(path) && statSync(path).isDirectory());
  return isDirectory ? join(path, `${DEFAULT_CACHE_FILE}_${contentHash(cwd).slice(0, 12)}`) : path;
}

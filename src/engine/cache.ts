/**
 * The lint cache (--cache). Per file: the findings of the per-document
 * rules, keyed on the hash of the file's bytes. Per campaign: the drift
 * findings and the campaign report, keyed on the paths and hashes of all its
 * members, so a campaign is checked again as soon as any member changes.
 * The whole cache belongs to one set of settings (kit, rules, version …);
 * other settings start it afresh.
 *
 * A file is found by its stamp (size, modification and change times, inode)
 * before its bytes are read: a file whose stamp is the one recorded with its
 * result is neither read nor hashed. A stamp is recorded only when the file
 * had not changed for RACY_MS before it was read, so an edit in the same
 * instant as a run cannot hide behind an unchanged stamp; any other file is
 * read and matched by the hash of its bytes.
 *
 * A cache file that cannot be read or parsed is ignored and rewritten.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
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
export const CACHE_FORMAT = 4;

/** A file changed this recently (milliseconds) is matched by its bytes, not its stamp. */
export const RACY_MS = 2000;

/** What the file system says of a file without reading it. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The stamp of a file, when it is old enough to be trusted (see RACY_MS). */
export function trustedStamp(stats: Stats, now = Date.now()): FileStamp | undefined {
  if (now - Math.max(stats.mtimeMs, stats.ctimeMs) <= RACY_MS) return undefined;
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

export interface CachedFile {
  hash: string;
  /** The file's stamp when its bytes were read, if it could be trusted. */
  stamp?: FileStamp;
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
  /** Whether anything differs from the file on disk (a run that changes nothing writes nothing). */
  private changed = true;
  /** Whether every version of a file is kept too (see keepVersions). */
  private versions = false;

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
    this.changed = true;
  }

  /**
   * Also remember every version of a file, by path and content hash, and
   * find an earlier one again: `brandlint history` lints the same paths at
   * many commits, and a file back at a version seen before (a revert, the
   * next walk over the same commits) is not linted again.
   */
  keepVersions(): void {
    this.versions = true;
  }

  file(path: string, hash: string): CachedFile | undefined {
    const latest = this.files.get(path);
    const entry = latest?.hash === hash || !this.versions ? latest : this.files.get(versionKey(path, hash));
    return entry?.hash === hash && isComplete(entry) ? entry : undefined;
  }

  /** The entry of a file whose stamp is the one recorded with it: its bytes are those the entry was made from. */
  stamped(path: string, stamp: FileStamp): CachedFile | undefined {
    const entry = this.files.get(path);
    return entry?.stamp && isStamp(entry.stamp) && sameStamp(entry.stamp, stamp) && isComplete(entry) ? entry : undefined;
  }

  setFile(path: string, entry: CachedFile): void {
    this.files.set(path, entry);
    if (this.versions) this.files.set(versionKey(path, entry.hash), entry);
    this.changed = true;
  }

  /** Records the stamp of a file found by its bytes, so the next run need not read it. */
  setStamp(path: string, stamp: FileStamp): void {
    const entry = this.files.get(path);
    if (!entry || (entry.stamp && sameStamp(entry.stamp, stamp))) return;
    entry.stamp = stamp;
    this.changed = true;
  }

  campaign(id: string): CachedCampaign | undefined {
    return this.campaigns.get(id);
  }

  setCampaign(id: string, entry: CachedCampaign): void {
    this.campaigns.set(id, entry);
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.location || !this.changed) return;
    const contents: CacheContents = {
      format: CACHE_FORMAT,
      settings: this.settings,
      files: Object.fromEntries(this.files),
      campaigns: Object.fromEntries(this.campaigns),
    };
    await writeFileAtomic(this.location, JSON.stringify(contents));
    this.changed = false;
  }

  private load(contents: CacheContents | undefined): void {
    if (!contents) return;
    this.changed = false;
    this.settings = contents.settings;
    this.files = new Map(Object.entries(contents.files));
    this.campaigns = new Map(Object.entries(contents.campaigns));
  }
}

/** The key of one version of a file (a NUL never occurs in a path). */
function versionKey(path: string, hash: string): string {
  return `${path}\0${hash}`;
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

function isComplete(entry: CachedFile): boolean {
  return Array.isArray(entry.findings) && Array.isArray(entry.directives) && Array.isArray(entry.campaigns);
}

function isStamp(value: unknown): value is FileStamp {
  return isRecord(value) && ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((key) => typeof value[key] === 'number');
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

/**
 * The inflected forms of the phrases brandlint has already inflected, kept
 * on disk between runs: compromise's conjugation model takes about half a
 * second to load, which a run whose kit has not changed should not pay.
 *
 * One file per version of the code that inflects and of compromise as
 * installed (either may inflect differently), in the user's cache folder — $XDG_CACHE_HOME/brandlint, else
 * ~/.cache/brandlint; BRANDLINT_CACHE_DIR names another, and
 * BRANDLINT_CACHE_DIR=off keeps nothing. The forms are a pure function of
 * the phrase, so runs of different kits share the file and a stale or
 * corrupt file costs only the time to compute the forms again. A folder that
 * cannot be written is skipped without a word: the forms are then computed
 * on every run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '../engine/hash.js';

/** Beyond this many phrases the file starts afresh, so it cannot grow without end. */
const MAX_PHRASES = 100_000;

export type StoredForms = Record<string, string>;

function cacheFolder(): string | undefined {
  const configured = process.env.BRANDLINT_CACHE_DIR;
  if (configured === 'off') return undefined;
  if (configured) return configured;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'brandlint');
}

export class FormsStore {
  private entries: Map<string, StoredForms> | undefined;
  private savePending = false;

  constructor(private readonly file: string | undefined) {}

  /**
   * The store of the inflecting module at `inflector` (a file URL) and of the
   * compromise it loads, in the user's cache folder; none when either cannot be found.
   */
  static forInflector(inflector: string): FormsStore {
    const folder = cacheFolder();
    if (!folder) return new FormsStore(undefined);
    try {
      const model = createRequire(inflector).resolve('compromise');
      const { size, mtimeMs } = statSync(model);
      const version = contentHash(`${contentHash(readFileSync(new URL(inflector)))} ${model} ${size} ${mtimeMs}`).slice(0, 16);
      return new FormsStore(join(folder, `inflections-${version}.json`));
    } catch {
      return new FormsStore(undefined);
    }
  }

  get(phrase: string): StoredForms | undefined {
    return this.load().get(phrase);
  }

  /** Records the forms of `phrase`; the file is written once the current burst of work is done. */
  set(phrase: string, forms: StoredForms): void {
    const entries = this.load();
    if (entries.size >= MAX_PHRASES) entries.clear();
    entries.set(phrase, forms);
    if (this.file && !this.savePending) {
      this.savePending = true;
      setImmediate(() => this.save());
    }
  }

  private load(): Map<string, StoredForms> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    if (!this.file) return this.entries;
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        for (const [phrase, forms] of Object.entries(parsed)) if (isForms(forms)) this.entries.set(phrase, forms);
      }
    } catch {
      // no file yet, or one that cannot be read: the forms are computed again
    }
    return this.entries;
  }

  /** Writes the whole store through a temporary file, so a concurrent run never reads half of it. */
  save(): void {
    this.savePending = false;
    if (!this.file || !this.entries) return;
    const temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(temporary, JSON.stringify(Object.fromEntries(this.entries)));
      renameSync(temporary, this.file);
    } catch {
      // a folder that cannot be written: the forms are computed again next run
      if (existsSync(temporary)) rmSync(temporary);
    }
  }
}

function isForms(value: unknown): value is StoredForms {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((form) => typeof form === 'string');
}

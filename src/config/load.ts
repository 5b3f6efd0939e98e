/**
 * Finding and loading the brand kit: the user's file, the kits it extends,
 * all validated, merged (see merge.ts) and laid over the built-in defaults.
 * Every failure is a KitError pointing into the file at fault.
 */
import { dirname, relative, resolve } from 'node:path';
import { semanticProblems } from './checks.js';
import { phraseWarnings } from './phrases.js';
import { vocabularyProblems } from './references.js';
import { defaultKit, kitOverDefaults } from './defaults.js';
import { KitError, type KitProblem } from './errors.js';
import { expandKit, extendsList, type RawKit } from './expand.js';
import { ExtendsError, kitFileIn, repositoryOf, resolveExtends, type ResolvedKit } from './extends.js';
import { mergeLayers, type KitLayer } from './merge.js';
import type { KnownRules } from './schema.js';
import { KitSource } from './source.js';
import type { BrandKit } from './types.js';
import { schemaProblems } from './validate.js';
import type { KitPath } from './wording.js';

export { defaultKit } from './defaults.js';
export { KitError, formatKitProblem, type KitProblem } from './errors.js';
export { KIT_FILE_NAMES } from './extends.js';

export interface LoadOptions {
  /**
   * The rules brandlint knows, id → options schema. Rule ids not in it and
   * options that fail their schema are errors. Without it only the shape of
   * `rules` is checked.
   */
  knownRules?: KnownRules;
}

export interface LoadedKit {
  kit: BrandKit;
  /** The user's kit file; absent when the built-in kit is used. */
  file?: string;
  /** True when no kit file was found and the built-in kit is used. */
  isDefault: boolean;
  /** What the kit says that cannot work as written (a phrase that can never match), in file order; the kit loads all the same. */
  warnings: KitProblem[];
}

interface LoadedLayer {
  source: KitSource;
  layer: KitLayer;
  /** The file and every kit it extends, each once, the file first. */
  sources: string[];
}

/** The nearest .brandlintrc.yaml, .yml or .json in `cwd` or a directory above it. */
export function findKitFile(cwd: string): string | undefined {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const file = kitFileIn(directory);
    if (file) return file;
    if (dirname(directory) === directory) return undefined;
  }
}

/** Loads `file` and the kits it extends into the kit rules read. Throws KitError. */
export function loadKit(file: string, options: LoadOptions = {}): BrandKit {
  return loadKitAndWarnings(file, options).kit;
}

/** The kit given with --config, else the one found from `cwd` up, else the built-in kit. Throws KitError. */
export function loadKitOrDefault(cwd: string, configPath?: string, options: LoadOptions = {}): LoadedKit {
  const file = configPath === undefined ? findKitFile(cwd) : resolve(cwd, configPath);
  if (file === undefined) return { kit: defaultKit(resolve(cwd)), isDefault: true, warnings: [] };
  return { ...loadKitAndWarnings(file, options), file, isDefault: false };
}

function loadKitAndWarnings(file: string, options: LoadOptions): { kit: BrandKit; warnings: KitProblem[] } {
  const path = resolve(file);
  const loader = new KitLoader(dirname(path), options.knownRules);
  const { layer, sources } = loader.load({ file: path, boundary: repositoryOf(path) }, []);
  const kit = kitOverDefaults(layer, sources, dirname(path));
  const problems = vocabularyProblems(kit, loader.sourcesOf(sources));
  if (problems.length > 0) throw new KitError(problems);
  return { kit, warnings: loader.sourcesOf(sources).flatMap((source) => phraseWarnings(source, source.data as RawKit)) };
}

class KitLoader {
  /** Kits already loaded, so a kit two bases share is read once. */
  private readonly loaded = new Map<string, LoadedLayer>();

  constructor(
    private readonly userDirectory: string,
    private readonly knownRules: KnownRules | undefined,
  ) {}

  /** `chain` holds the kits that led here, to tell a cycle. */
  load({ file, boundary }: ResolvedKit, chain: readonly string[]): LoadedLayer {
    const known = this.loaded.get(file);
    if (known) return known;
    const source = KitSource.read(file);
    const raw = this.validated(source);
    const bases = extendsList(raw).map((target, index) => this.loadBase(source, raw, target, index, boundary, [...chain, file]));
    const layer = [...bases.map((base) => base.layer), expandKit(raw)].reduce((base, child) => mergeLayers(base, child));
    const result = { source, layer, sources: [...new Set([file, ...bases.flatMap((base) => base.sources)])] };
    this.loaded.set(file, result);
    return result;
  }

  /** The sources of files already loaded, in the order given. */
  sourcesOf(files: readonly string[]): KitSource[] {
    return files.flatMap((file) => this.loaded.get(file)?.source ?? []);
  }

  private validated(source: KitSource): RawKit {
    const shapeProblems = schemaProblems(source, this.knownRules);
    if (shapeProblems.length > 0) throw new KitError(shapeProblems);
    const raw = source.data as RawKit;
    const meaningProblems = semanticProblems(source, raw);
    if (meaningProblems.length > 0) throw new KitError(meaningProblems);
    return raw;
  }

  private loadBase(source: KitSource, raw: RawKit, target: string, index: number, boundary: string, chain: readonly string[]): LoadedLayer {
    const at: KitPath = Array.isArray(raw.extends) ? ['extends', index] : ['extends'];
    const base = this.resolveBase(source, at, target, boundary);
    const file = base.file;
    if (chain.includes(file)) {
      const cycle = [...chain.slice(chain.indexOf(file)), file].map((kit) => relative(this.userDirectory, kit) || kit);
      throw new KitError(source.problem(at, `extends cycle: ${cycle.join(' → ')}`));
    }
    return this.load(base, chain);
  }

  private resolveBase(source: KitSource, at: KitPath, target: string, boundary: string): ResolvedKit {
    try {
      return resolveExtends(target, dirname(source.file), boundary);
    } catch (error) {
      if (error instanceof ExtendsError) throw new KitError(source.problem(at, error.message));
      throw error;
    }
  }
}

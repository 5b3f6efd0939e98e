/**
 * From command-line paths and globs to the list of files to lint.
 * Directories are walked for content files; `.brandlintignore`
 * (gitignore syntax, found in the working directory and the kit's
 * directory), the kit's `files.ignore` and `--ignore-pattern` are skipped
 * unless `--no-ignore`; node_modules and .git always are, and so are the
 * kit's own files. A file named explicitly is linted whatever its
 * extension, unless ignored.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FilesConfig } from '../config/types.js';
import { CONTENT_EXTENSIONS, isContentFile } from '../documents/channel.js';
import { UsageError } from './usage-error.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Files of a content extension that are tool configuration, never copy. */
const NOT_CONTENT = ['**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.brandlintrc*', '**/*.schema.json', '**/.*/**'];

/** A pattern that matches no file: told like any other mistake on the command line. */
export class NoFilesError extends UsageError {}

export interface FileSelection {
  cwd: string;
  kitRoot: string;
  files: FilesConfig;
  /** Absolute paths never linted as content: the kit's own files (--config may name any file). */
  exclude?: readonly string[];
  /** --ignore-pattern: gitignore-syntax patterns relative to `cwd`. */
  ignorePatterns?: readonly string[];
  /** --no-ignore: false skips .brandlintignore, the kit's `files.ignore` and --ignore-pattern. */
  useIgnores?: boolean;
}

export async function findFiles(patterns: readonly string[], selection: FileSelection): Promise<string[]> {
  const filter = ignoreFilter(selection);
  const found = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(selection.cwd, pattern);
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        checkReadable(absolute, pattern);
        for (const file of await contentFiles(absolute, selection)) if (!filter.ignores(file)) found.add(file);
      } else if (!filter.ignores(absolute)) {
        found.add(absolute);
      }
      continue;
    }
    const matches = await glob(pattern, { cwd: selection.cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
    if (matches.length === 0) throw new NoFilesError(`No files match "${pattern}".`);
    for (const file of matches) if (!filter.ignores(file)) found.add(file);
  }
  return onePathPerFile([...found]);
}

/** A directory named on the command line that cannot be listed is an error, never an empty result. */
function checkReadable(directory: string, pattern: string): void {
  try {
    readdirSync(directory);
  } catch (error) {
    throw new NoFilesError(
      `Cannot read the folder "${pattern}": ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}.`,
    );
  }
}

/** Each file once, under its shortest path, however many symbolic links (or link loops) lead to it. */
function onePathPerFile(files: readonly string[]): string[] {
  const byRealPath = new Map<string, string>();
  for (const file of files) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      real = file;
    }
    const known = byRealPath.get(real);
    if (known === undefined || file.length < known.length) byRealPath.set(real, file);
  }
  return [...byRealPath.values()].sort();
}

/** Whether the patterns name files (paths or globs) rather than only folders. */
export function namesFiles(patterns: readonly string[], cwd: string): boolean {
  return patterns.some((pattern) => {
    const absolute = resolve(cwd, pattern);
    return isDynamicPattern(pattern) || !existsSync(absolute) || !statSync(absolute).isDirectory();
  });
}

/**
 * Content files under `directory`, ignores applied, and no error when there
 * are none: those `files.include` selects (every extension brandlint reads
 * by default), or, given `globs` (relative to `directory`), the files of a
 * content extension they match.
 */
export async function findContentFiles(directory: string, selection: FileSelection, globs?: readonly string[]): Promise<string[]> {
  const filter = ignoreFilter(selection);
  const files = globs
    ? (await glob([...globs], { cwd: directory, absolute: true, ignore: [...ALWAYS_IGNORED, ...NOT_CONTENT], dot: false })).filter(isContentFile)
    : await contentFiles(directory, selection);
  return files.filter((file) => !filter.ignores(file)).sort();
}

async function contentFiles(directory: string, selection: FileSelection): Promise<string[]> {
  return glob(includeGlobs(selection), { cwd: directory, absolute: true, ignore: [...ALWAYS_IGNORED, ...NOT_CONTENT], dot: false });
}

function includeGlobs(selection: FileSelection): string[] {
  return selection.files.include.length > 0 ? selection.files.include : [`**/*.{${CONTENT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`];
}

/**
 * The content files among `files` (absolute paths, as a git tree lists
 * them at a commit) that findFiles would find in `folders` (absolute): the
 * same include globs, exclusions and ignores, without reading the disk for
 * the files themselves. A folder that is one of the files selects it.
 */
export function selectContentFiles(files: readonly string[], folders: readonly string[], selection: FileSelection): string[] {
  const filter = ignoreFilter(selection);
  const included = picomatch(includeGlobs(selection), { dot: false, ignore: [...ALWAYS_IGNORED, ...NOT_CONTENT] });
  const inFolder = (file: string, folder: string): boolean => {
    if (file === folder) return true;
    const path = relative(folder, file);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path) && included(path.split(sep).join('/'));
  };
  return files.filter((file) => folders.some((folder) => inFolder(file, folder)) && !filter.ignores(file)).sort();
}

/** Combines the built-in ignores, the kit's files, .brandlintignore files, the kit's `files.ignore` and --ignore-pattern. */
function ignoreFilter(selection: FileSelection): { ignores(file: string): boolean } {
  const layers: { base: string; rules: Ignore }[] = [];
  if (selection.useIgnores !== false) {
    for (const base of new Set([selection.cwd, selection.kitRoot])) {
      const file = join(base, '.brandlintignore');
      if (existsSync(file)) layers.push({ base, rules: ignore().add(readFileSync(file, 'utf8')) });
    }
    if (selection.files.ignore.length > 0) layers.push({ base: selection.kitRoot, rules: ignore().add(selection.files.ignore) });
    if (selection.ignorePatterns && selection.ignorePatterns.length > 0)
      layers.push({ base: selection.cwd, rules: ignore().add([...selection.ignorePatterns]) });
  }
  const excluded = new Set(selection.exclude ?? []);
  return {
    ignores(file) {
      if (excluded.has(file) || file.split(sep).some((part) => part === 'node_modules' || part === '.git')) return true;
      return layers.some(({ base, rules }) => {
        const path = relative(base, file);
        return path !== '' && !path.startsWith('..') && !isAbsolute(path) && rules.ignores(path.split(sep).join('/'));
      });
    },
  };
}

/**
 * From command-line paths and globs to the list of files to lint.
 * Directories are walked for content files; `.brandlintignore`
 * (gitignore syntax, found in the working directory and the kit's
 * directory), the kit's `files.ignore`, node_modules and .git are skipped.
 * A file named explicitly is linted whatever its extension, unless ignored.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FilesConfig } from '../config/types.js';
import { CONTENT_EXTENSIONS } from '../documents/channel.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Files of a content extension that are tool configuration, never copy. */
const NOT_CONTENT = ['**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.brandlintrc*', '**/*.schema.json', '**/.*/**'];

export class NoFilesError extends Error {}

export interface FileSelection {
  cwd: string;
  kitRoot: string;
  files: FilesConfig;
}

export async function findFiles(patterns: readonly string[], selection: FileSelection): Promise<string[]> {
  const filter = ignoreFilter(selection);
  const found = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(selection.cwd, pattern);
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        for (const file of await walk(absolute, selection)) if (!filter.ignores(file)) found.add(file);
      } else if (!filter.ignores(absolute)) {
        found.add(absolute);
      }
      continue;
    }
    const matches = await glob(pattern, { cwd: selection.cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
    if (matches.length === 0) throw new NoFilesError(`No files match "${pattern}".`);
    for (const file of matches) if (!filter.ignores(file)) found.add(file);
  }
  return [...found].sort();
}

async function walk(directory: string, selection: FileSelection): Promise<string[]> {
  const include =
    selection.files.include.length > 0 ? selection.files.include : [`**/*.{${CONTENT_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`];
  return glob(include, { cwd: directory, absolute: true, ignore: [...ALWAYS_IGNORED, ...NOT_CONTENT], dot: false });
}

/** Combines the built-in ignores, .brandlintignore files and the kit's `files.ignore`. */
function ignoreFilter(selection: FileSelection): { ignores(file: string): boolean } {
  const layers: { base: string; rules: Ignore }[] = [];
  for (const base of new Set([selection.cwd, selection.kitRoot])) {
    const file = join(base, '.brandlintignore');
    if (existsSync(file)) layers.push({ base, rules: ignore().add(readFileSync(file, 'utf8')) });
  }
  if (selection.files.ignore.length > 0) layers.push({ base: selection.kitRoot, rules: ignore().add(selection.files.ignore) });
  return {
    ignores(file) {
      if (file.split(sep).some((part) => part === 'node_modules' || part === '.git')) return true;
      return layers.some(({ base, rules }) => {
        const path = relative(base, file);
        return path !== '' && !path.startsWith('..') && !isAbsolute(path) && rules.ignores(path.split(sep).join('/'));
      });
    },
  };
}

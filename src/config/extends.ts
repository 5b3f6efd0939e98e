/**
 * Where an `extends:` entry points: a path relative to the kit that names
 * it, or an npm package resolved from that kit's directory the way Node
 * would (node_modules up the tree, then NODE_PATH).
 *
 * A kit may be edited in a pull request nobody has reviewed yet, so what it
 * can reach is bounded: a path must stay inside the repository of the
 * user's kit (or, for a kit inside a package, inside that package), links
 * followed, and must name a kit file (`.yaml`, `.yml`, `.json`). Anything
 * else is refused before it is read, so no other file's content can end up
 * in an error message.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export const KIT_FILE_NAMES = ['.brandlintrc.yaml', '.brandlintrc.yml', '.brandlintrc.json'] as const;
const KIT_EXTENSION = /\.(?:ya?ml|json)$/i;

/** Thrown with a reason the loader places at the `extends` entry. */
export class ExtendsError extends Error {}

/** A kit file found for an `extends` entry, and the folder the kits it extends must stay in. */
export interface ResolvedKit {
  file: string;
  boundary: string;
}

/** The kit file in `directory`, by the names' order of preference. */
export function kitFileIn(directory: string): string | undefined {
  return KIT_FILE_NAMES.map((name) => join(directory, name)).find((file) => isFile(file));
}

/** The repository a kit stands in (the nearest folder above it with `.git`), else the kit's own folder; links resolved. */
export function repositoryOf(kitFile: string): string {
  const start = realpathSync(dirname(kitFile));
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return start;
  }
}

/** The kit `target` names, from a kit in `fromDirectory` that may reach no further than `boundary`. */
export function resolveExtends(target: string, fromDirectory: string, boundary: string): ResolvedKit {
  if (isPathLike(target)) return { file: resolvePathTarget(target, fromDirectory, boundary, 'the repository'), boundary };
  const { name, subpath } = splitPackageTarget(target);
  const packageDirectory = realpathSync(findPackage(name, fromDirectory));
  const file = subpath ? resolvePathTarget(subpath, packageDirectory, packageDirectory, `the package ${name}`) : packageKit(name, packageDirectory);
  return { file, boundary: packageDirectory };
}

function isPathLike(target: string): boolean {
  // Package names never start with a dot, so ".brandlintrc.base.yaml" is a file.
  return target.startsWith('.') || isAbsolute(target);
}

function resolvePathTarget(target: string, fromDirectory: string, boundary: string, within: string): string {
  const outside = (): never => fail(`cannot extend "${target}": it is outside ${within} (${boundary}); a kit extends kits in ${within} or installed packages`);
  const path = resolve(fromDirectory, target);
  if (!isInside(realpathOrSelf(path), boundary)) outside();
  const named = isDirectory(path) ? (kitFileIn(path) ?? fail(`cannot extend "${target}": the directory ${path} holds no ${KIT_FILE_NAMES.join(', ')}`)) : path;
  // The kit file itself may be a link that leads elsewhere.
  const real = realpathOrSelf(named);
  if (!isInside(real, boundary)) outside();
  if (!isFile(real)) fail(`cannot extend "${target}": no file at ${path}`);
  if (!KIT_EXTENSION.test(real)) fail(`cannot extend "${target}": a kit is a .yaml, .yml or .json file`);
  return real;
}

/** `@acme/kit/strict.yaml` → `@acme/kit` and `strict.yaml`. */
function splitPackageTarget(target: string): { name: string; subpath: string } {
  const parts = target.split('/');
  const length = target.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, length).join('/'), subpath: parts.slice(length).join('/') };
}

function findPackage(name: string, fromDirectory: string): string {
  const require = createRequire(join(fromDirectory, 'noop.js'));
  const directory = (require.resolve.paths(name) ?? []).map((modules) => join(modules, name)).find((candidate) => isFile(join(candidate, 'package.json')));
  return directory ?? fail(`cannot extend "${name}": the package is not installed (looked in node_modules from ${fromDirectory} up)`);
}

/** The package's `brandlint` field, else its `main` when that is a kit file, else its .brandlintrc.yaml. */
function packageKit(name: string, packageDirectory: string): string {
  const manifest = readManifest(name, packageDirectory);
  const within = `the package ${name}`;
  if (typeof manifest.brandlint === 'string') return resolvePathTarget(manifest.brandlint, packageDirectory, packageDirectory, within);
  if (typeof manifest.main === 'string' && KIT_EXTENSION.test(manifest.main))
    return resolvePathTarget(manifest.main, packageDirectory, packageDirectory, within);
  return (
    kitFileIn(packageDirectory) ??
    fail(`cannot extend "${name}": the package has no brand kit; give its package.json a "brandlint" field naming the kit file, or add a .brandlintrc.yaml`)
  );
}

function readManifest(name: string, packageDirectory: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    // The manifest's text is not echoed: only that it could not be read as JSON.
    return fail(`cannot extend "${name}": its package.json is not valid JSON`);
  }
}

function isInside(path: string, directory: string): boolean {
  const fromDirectory = relative(directory, path);
  return fromDirectory === '' || (!fromDirectory.startsWith('..') && !isAbsolute(fromDirectory));
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function fail(reason: string): never {
  throw new ExtendsError(reason);
}

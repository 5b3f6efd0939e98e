/**
 * Where an `extends:` entry points: a path relative to the kit that names
 * it, or an npm package resolved from that kit's directory the way Node
 * would (node_modules up the tree, then NODE_PATH).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';

export const KIT_FILE_NAMES = ['.brandlintrc.yaml', '.brandlintrc.yml', '.brandlintrc.json'] as const;

/** Thrown with a reason the loader places at the `extends` entry. */
export class ExtendsError extends Error {}

/** The kit file in `directory`, by the names' order of preference. */
export function kitFileIn(directory: string): string | undefined {
  return KIT_FILE_NAMES.map((name) => join(directory, name)).find((file) => isFile(file));
}

/** The absolute path of the kit `target` names, from a kit in `fromDirectory`. */
export function resolveExtends(target: string, fromDirectory: string): string {
  return isPathLike(target) ? resolvePathTarget(target, fromDirectory) : resolvePackageTarget(target, fromDirectory);
}

function isPathLike(target: string): boolean {
  // Package names never start with a dot, so ".brandlintrc.base.yaml" is a file.
  return target.startsWith('.') || isAbsolute(target);
}

function resolvePathTarget(target: string, fromDirectory: string): string {
  const path = resolve(fromDirectory, target);
  if (isDirectory(path)) return kitFileIn(path) ?? fail(`cannot extend "${target}": the directory ${path} holds no ${KIT_FILE_NAMES.join(', ')}`);
  if (!isFile(path)) fail(`cannot extend "${target}": no file at ${path}`);
  return path;
}

function resolvePackageTarget(target: string, fromDirectory: string): string {
  const { name, subpath } = splitPackageTarget(target);
  const packageDirectory = findPackage(name, fromDirectory);
  if (subpath) return resolvePathTarget(subpath, packageDirectory);
  return packageKit(name, packageDirectory);
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
  if (typeof manifest.brandlint === 'string') return resolvePathTarget(manifest.brandlint, packageDirectory);
  if (typeof manifest.main === 'string' && /\.(ya?ml|json)$/i.test(manifest.main)) return resolvePathTarget(manifest.main, packageDirectory);
  return (
    kitFileIn(packageDirectory) ??
    fail(`cannot extend "${name}": the package has no brand kit; give its package.json a "brandlint" field naming the kit file, or add a .brandlintrc.yaml`)
  );
}

function readManifest(name: string, packageDirectory: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    return fail(`cannot extend "${name}": its package.json cannot be read (${(error as Error).message})`);
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

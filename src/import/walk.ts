import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../text/compare.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every file under `directory`, sorted, so an import is the same on every machine. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => compareText(a.name, b.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : filesUnder(path);
      return entry.isFile() ? [path] : [];
    });
}

export function isYamlFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

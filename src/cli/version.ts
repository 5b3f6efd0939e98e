import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The package version, read from package.json (two levels up from src/cli in both source and build). */
export const VERSION: string = (() => {
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const manifest = require(candidate) as { name?: string; version?: string };
      if (manifest.name === 'brandlint' && manifest.version) return manifest.version;
    } catch {
      // not at this depth: the build output sits one level deeper than the sources
    }
  }
  return '0.0.0';
})();

/**
 * The output formats by name. A format's module (and what it needs: colour
 * for stylish, the page templates for html) is imported only when a run uses it.
 */
import type { Reporter } from './types.js';

const LOADERS: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  unix: async () => (await import('./compact.js')).unix,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).htmlReporter,
};

export const FORMAT_NAMES = Object.keys(LOADERS);

/** The reporter of a format named in FORMAT_NAMES (commander has checked the name). */
export function loadReporter(format: string): Promise<Reporter> {
  const load = LOADERS[format];
  if (!load) throw new Error(`Unknown format "${format}".`);
  return load();
}

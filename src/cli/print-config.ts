/**
 * `brandlint print-config [file]`: the brand kit after extends, defaults
 * and shorthands are resolved; for a file, the kit that file gets (the
 * overrides that match it applied), its channel and the tone settings
 * that apply to it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { CompiledKit } from '../engine/compiled-kit.js';
import { toneFor } from '../engine/document-data.js';
import { displayPath, readForKit } from '../engine/run.js';
import { loadKitForCli } from './kit.js';
import { UsageError } from '../engine/usage-error.js';
import type { Io } from './io.js';

export async function runPrintConfig(file: string | undefined, options: { config?: string }, io: Io): Promise<number> {
  const kit = await loadKitForCli(io, options.config);
  const { sources, root, ...resolved } = kit;
  const header = `# brandlint kit resolved from: ${sources.length > 0 ? sources.join(', ') : 'the built-in default kit'}\n# globs are relative to: ${root}\n`;
  if (!file) {
    io.stdout(`${header}${stringify(resolved, { aliasDuplicateObjects: false })}`);
    return 0;
  }
  const absolute = resolve(io.cwd, file);
  const bytes = await readFile(absolute).catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  const path = displayPath(io.cwd, absolute);
  const compiled = new CompiledKit(kit, io.cwd);
  const document = await readForKit(path, bytes, compiled);
  const applied = compiled.overridesOf(path).map((override) => `overrides[${kit.overrides.indexOf(override)}] (${override.files.join(', ')})`);
  // The overrides are spent on the file's kit: the comment names the ones applied.
  const { sources: _sources, root: _root, overrides: _overrides, ...kitOfFile } = compiled.forFile(path).kit;
  const forFile = { file: path, channel: document.channel, effectiveTone: toneFor(compiled.forFile(path).kit, document.channel) };
  const overridesLine = `# overrides applied to ${path}: ${applied.length > 0 ? applied.join(', ') : 'none'}\n`;
  io.stdout(`${header}${overridesLine}${stringify({ ...forFile, ...kitOfFile }, { aliasDuplicateObjects: false })}`);
  return 0;
}

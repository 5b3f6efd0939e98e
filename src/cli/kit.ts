/**
 * Loading the brand kit for a command: the one found from the working
 * folder up, or --config; with none, the built-in default kit and a note
 * on standard error (once) saying how to write one.
 */
import type { BrandKit } from '../config/types.js';
import { loadKitOrDefault } from '../config/load.js';
import { knownRuleOptions } from '../../rules/options.js';
import type { Io } from './io.js';

export async function loadKitForCli(io: Io, configPath: string | undefined): Promise<BrandKit> {
  const { kit, isDefault } = loadKitOrDefault(io.cwd, configPath, { knownRules: knownRuleOptions() });
  if (isDefault) {
    io.stderr('brandlint: no brand kit found (.brandlintrc.yaml); using the built-in default kit. Run `brandlint init` to write one.\n');
  }
  return kit;
}

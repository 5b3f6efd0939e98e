/**
 * Loading the brand kit for a command: the one found from the working
 * folder up, or --config; with none, the built-in default kit and a note
 * on standard error (once) saying how to write one. The kit's warnings (a
 * phrase that can never match) go to standard error too; they never fail a run.
 */
import type { BrandKit } from '../config/types.js';
import { formatKitProblem, loadKitOrDefault } from '../config/load.js';
import { knownRuleOptions } from '../../rules/options.js';
import type { Io } from './io.js';

export async function loadKitForCli(io: Io, configPath: string | undefined): Promise<BrandKit> {
  const { kit, isDefault, warnings } = loadKitOrDefault(io.cwd, configPath, { knownRules: knownRuleOptions() });
  for (const warning of warnings) io.stderr(`brandlint: ${formatKitProblem({ ...warning, reason: `warning: ${warning.reason}` }, io.cwd)}\n`);
  if (isDefault) {
    io.stderr('brandlint: no brand kit found (.brandlintrc.yaml); using the built-in default kit. Run `brandlint init` to write one.\n');
  }
  return kit;
}

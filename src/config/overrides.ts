/**
 * Overrides: settings for some files only — the legal pages, the blog,
 * webinar posts, inbound call scripts — as ESLint's `overrides` and Vale's
 * `[glob]` sections. Every override whose `files` match a file (and whose
 * `excludeFiles` do not) is applied to it, in the order written (the kits
 * extended first), over the whole merged kit, with the merge rules of
 * `extends` (see merge.ts).
 *
 * Only what can differ by file may be overridden: the lexicon, tone,
 * messaging, channel rules and rule settings. `files` decides which files
 * are read and in which channel, before any override could apply;
 * campaigns hold one truth for all their deliverables, and the programme
 * is all campaigns together, so neither is per file. The campaign step
 * (drift rules, the matrix and the score) judges a campaign by the kit
 * without overrides, since its deliverables may match different ones.
 */
import { completeRules, withThresholds } from './defaults.js';
import { mergeLayers, type KitLayer } from './merge.js';
import type { BrandKit, KitOverride } from './types.js';

/** The kit for a file that `overrides` match, in their order; its own `overrides` are spent. */
export function kitWithOverrides(kit: BrandKit, overrides: readonly KitOverride[]): BrandKit {
  const base: KitLayer = { lexicon: kit.lexicon, tone: kit.tone, messaging: kit.messaging, channels: kit.channels, rules: kit.rules };
  const merged = overrides.reduce((layer, override) => mergeLayers(layer, override.settings), base) as Pick<BrandKit, 'lexicon' | 'tone' | 'channels'> &
    Pick<KitLayer, 'messaging' | 'rules'>;
  return {
    ...kit,
    lexicon: merged.lexicon,
    tone: merged.tone,
    messaging: withThresholds(merged.messaging as BrandKit['messaging']),
    channels: merged.channels,
    rules: completeRules(merged.rules),
    overrides: [],
  };
}

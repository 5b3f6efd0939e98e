/**
 * The programme as every output format carries it: the campaigns' profiles
 * (the timeline, their audiences, their offers side by side), the conflicts
 * and the contact pressure.
 */
import type { BrandKit } from '../config/types.js';
import { offerConflicts } from './conflicts.js';
import { contactPressure } from './pressure.js';
import type { CampaignProfile, ContactPressure, OfferConflict, ProgrammeReport } from './types.js';

/** The conflicts and pressure of a set of campaigns, each computed once, when first read. */
export class ProgrammeAnalysis {
  private computedConflicts?: OfferConflict[];
  private computedPressure?: ContactPressure[];

  constructor(
    readonly campaigns: readonly CampaignProfile[],
    private readonly kit: BrandKit,
  ) {}

  get conflicts(): OfferConflict[] {
    return (this.computedConflicts ??= offerConflicts(this.campaigns));
  }

  get pressure(): ContactPressure[] {
    return (this.computedPressure ??= contactPressure(this.campaigns, this.kit));
  }

  report(): ProgrammeReport {
    return { complete: true, campaigns: [...this.campaigns], conflicts: this.conflicts, pressure: this.pressure };
  }
}

/** A shard's programme: its own campaigns only; `brandlint merge` checks them with the other shards'. */
export function partialProgramme(campaigns: readonly CampaignProfile[]): ProgrammeReport {
  return { complete: false, campaigns: [...campaigns], conflicts: [], pressure: [] };
}

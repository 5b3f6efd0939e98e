/**
 * Which campaigns a deliverable belongs to: those whose `files` globs match
 * its path (relative to the kit's directory), and those it names itself —
 * `campaign:` in front matter or metadata, or, for a post of a content
 * calendar, its `campaign` column. A campaign is named by its id or its
 * display name, in any case.
 */
import { relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { BrandKit, CampaignConfig } from '../config/types.js';
import type { Document, Segment } from '../documents/types.js';

const globMatchers = new WeakMap<BrandKit, { campaign: CampaignConfig; matches: (path: string) => boolean }[]>();

function matchersOf(kit: BrandKit): { campaign: CampaignConfig; matches: (path: string) => boolean }[] {
  let matchers = globMatchers.get(kit);
  if (!matchers) {
    matchers = kit.campaigns.map((campaign) => ({ campaign, matches: picomatch(campaign.files, { dot: true }) }));
    globMatchers.set(kit, matchers);
  }
  return matchers;
}

/** Campaigns whose globs match `path` (as given on the command line, relative to `cwd`). */
export function campaignsByPath(kit: BrandKit, path: string, cwd = process.cwd()): CampaignConfig[] {
  const fromKit = relative(kit.root, resolve(cwd, path)).split(sep).join('/');
  return matchersOf(kit)
    .filter(({ campaign, matches }) => campaign.files.length > 0 && matches(fromKit))
    .map(({ campaign }) => campaign);
}

/** Campaigns named by a metadata value: one name, a list, or a comma-separated string. */
export function campaignsByName(kit: BrandKit, value: unknown): CampaignConfig[] {
  const names = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((name) => String(name).trim().toLowerCase())
    .filter((name) => name !== '');
  return kit.campaigns.filter(
    (campaign) => names.includes(campaign.id.toLowerCase()) || (campaign.name !== undefined && names.includes(campaign.name.toLowerCase())),
  );
}

/** The campaigns of a whole document: by path and by its own `campaign` metadata. */
export function campaignsOfDocument(document: Document, kit: BrandKit, cwd = process.cwd()): CampaignConfig[] {
  return unique([...campaignsByPath(kit, document.path, cwd), ...campaignsByName(kit, document.meta.campaign)]);
}

/** The campaigns of one segment: its document's, and the one its calendar row names. */
export function campaignsOfSegment(document: Document, segment: Segment, kit: BrandKit, cwd = process.cwd()): CampaignConfig[] {
  return unique([...campaignsOfDocument(document, kit, cwd), ...campaignsByName(kit, segment.data?.campaign)]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

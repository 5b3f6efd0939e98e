/**
 * Files named on the command line — as pre-commit and editors pass them —
 * are linted on their own, but the drift rules compare all the deliverables
 * of a campaign. So the files their campaigns may hold are read too: parsed
 * for the campaign step only, never linted or reported (as with
 * --changed-since). By the kit, those are the content files under the
 * working folder and the files the kit's campaign globs match; by folder,
 * the content files beside each named file.
 */
import { dirname, resolve } from 'node:path';
import type { BrandKit } from '../config/types.js';
import type { CampaignGrouping } from './campaigns.js';
import { findContentFiles, type FileSelection } from './files.js';

export interface ContextRequest {
  cwd: string;
  kit: BrandKit;
  campaignBy?: CampaignGrouping;
}

/** Absolute paths of the files that may share a campaign with `named` (absolute paths), without `named` themselves. */
export async function campaignContext(named: readonly string[], request: ContextRequest, selection: FileSelection): Promise<string[]> {
  const campaignGlobs = request.kit.campaigns.flatMap((campaign) => campaign.files);
  const candidates =
    request.campaignBy === 'folder'
      ? await Promise.all([...new Set(named.map((file) => dirname(file)))].map((folder) => findContentFiles(folder, selection, ['*'])))
      : await Promise.all([
          findContentFiles(request.cwd, selection),
          campaignGlobs.length > 0 ? findContentFiles(request.kit.root, selection, campaignGlobs) : [],
        ]);
  const excluded = new Set(named.map((file) => resolve(request.cwd, file)));
  return [...new Set(candidates.flat())].filter((file) => !excluded.has(file)).sort();
}

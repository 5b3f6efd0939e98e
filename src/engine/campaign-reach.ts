/**
 * Files read only for the campaigns of others (the rest of a named file's
 * campaign, the unchanged files of --changed-since) cost a parse each, and
 * a repository holds thousands of them. Only a campaign with a reported
 * member is checked, so a file needs parsing only when it can belong to
 * one: it lies in the folder of such a campaign (by folder), or the
 * campaign's globs match it, or its text holds the campaign's id or name
 * (front matter, a calendar's campaign column). The test is never narrower
 * than membership itself, so the campaigns checked, and their findings,
 * are those of a run that parses every file.
 */
import { extname, posix } from 'node:path';
import type { CampaignConfig } from '../config/types.js';
import { decodeSource } from '../documents/decode.js';
import type { CampaignGrouping } from './campaigns.js';
import { groupCampaigns } from './campaigns.js';
import type { LintedFile } from './campaign-step.js';
import type { LintSession } from './session.js';

/** Formats whose text may be encoded inside the file (zipped, base64 or quoted-printable), so a name cannot be searched in the bytes. */
const ENCODED = new Set(['.docx', '.eml']);
/** Names searched for as they are: any other character could be escaped in markup or data (an entity, a JSON or YAML escape). */
const PLAIN_NAME = /^[a-z0-9 _.-]+$/;

/** Whether a file (display path and bytes) may belong to a campaign of the reported files. */
export type CampaignReach = (path: string, bytes: Uint8Array | undefined) => boolean;

export function campaignReach(reported: readonly LintedFile[], session: LintSession, by: CampaignGrouping): CampaignReach {
  const documents = reported.flatMap((file) => (file.document ? [file.document] : []));
  const ids = new Set([...groupCampaigns(documents, session, by).map((group) => group.id), ...reported.flatMap((file) => file.cachedCampaigns ?? [])]);
  if (ids.size === 0) return () => false;
  if (by === 'folder') return (path) => ids.has(posix.dirname(path));
  const declared = session.kit.campaigns.filter((campaign) => ids.has(campaign.id));
  const declaredIds = new Set(declared.map((campaign) => campaign.id));
  const names = [...declared.flatMap(namesOf), ...[...ids].filter((id) => !declaredIds.has(id))].map(normalised);
  const anyText = names.some((name) => !PLAIN_NAME.test(name));
  return (path, bytes) =>
    session.compiled.campaignsByPath(path).some((campaign) => declaredIds.has(campaign.id)) ||
    (names.length > 0 && (anyText || ENCODED.has(extname(path).toLowerCase()) || mayName(bytes, names)));
}

function namesOf(campaign: CampaignConfig): string[] {
  return campaign.name === undefined ? [campaign.id] : [campaign.id, campaign.name];
}

/** Lower case, each run of white space one space: a name folded over lines in YAML still reads as the same words. */
function normalised(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function mayName(bytes: Uint8Array | undefined, names: readonly string[]): boolean {
  if (!bytes) return false;
  let text: string;
  try {
    text = normalised(decodeSource(bytes).text);
  } catch {
    // not readable as text: the reader decides, and reports nothing for a file read only for its campaigns
    return true;
  }
  return names.some((name) => text.includes(name));
}

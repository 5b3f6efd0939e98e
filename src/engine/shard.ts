/**
 * `--shard K/N`: the K-th of N parts of a run, so CI jobs can split the
 * work and merge their JSON results afterwards (`brandlint merge`).
 *
 * Each campaign stays whole, because the drift rules and the one-message
 * score compare a campaign's deliverables with one another: files linked
 * through a campaign form one unit, and a calendar that names several
 * campaigns ties them all into one unit. A file's campaigns are the kit
 * campaigns whose globs match it and the names it gives itself — `campaign:`
 * in its front matter (only the front matter is read) or the campaign
 * column of a calendar; with `--campaign-by folder`, its folder.
 *
 * Units are balanced by size: largest first, each to the lightest part. The
 * parts depend only on the files, their sizes and contents, and the kit, so
 * every CI job computes the same split.
 */
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { extensionOf } from '../documents/channel.js';
import { readFrontMatter } from '../documents/front-matter.js';
import { DEFAULT_PARSER_OPTIONS } from '../documents/parser.js';
import type { CampaignGrouping } from './campaigns.js';
import { campaignsByName, type CompiledKit } from './compiled-kit.js';

/** `index` counts from 1, as on the command line (`--shard 1/4` … `4/4`). */
export interface Shard {
  index: number;
  total: number;
}

/** What a file costs beyond its bytes (reading, parsing, the rules' setup), so many small files spread too. */
const FILE_OVERHEAD_BYTES = 1024;
/** Front matter that does not close within this many bytes makes the whole file be read. */
const HEAD_BYTES = 64 * 1024;
const CALENDAR_EXTENSIONS = ['.csv', '.json', '.yaml', '.yml'];
/** Formats without front matter; their campaigns come from the kit's globs alone. */
const NO_FRONT_MATTER = ['.html', '.htm', '.eml', '.docx'];

export async function selectShard(files: string[], compiled: CompiledKit, shard: Shard, by: CampaignGrouping = 'kit'): Promise<string[]> {
  const { cwd } = compiled;
  const entries: ShardEntry[] = [];
  // One file at a time: a large repository would otherwise open thousands of files at once.
  for (const [index, file] of files.entries()) {
    entries.push({
      index,
      keys: by === 'folder' ? [`folder:${dirname(resolve(cwd, file))}`] : await campaignKeys(file, compiled),
      weight: await fileWeight(file),
      // Ties are broken by path relative to the working folder: the same in every checkout.
      path: relative(cwd, resolve(cwd, file)).split(sep).join('/'),
    });
  }
  const units = joinUnits(entries).map((members) => ({
    members,
    weight: members.reduce((sum, member) => sum + member.weight, 0),
    first: members.map((member) => member.path).sort()[0] ?? '',
  }));
  units.sort((a, b) => b.weight - a.weight || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const loads = new Array<number>(shard.total).fill(0);
  const chosen = new Set<number>();
  for (const unit of units) {
    const lightest = loads.indexOf(Math.min(...loads));
    loads[lightest] = (loads[lightest] ?? 0) + unit.weight;
    if (lightest === shard.index - 1) for (const member of unit.members) chosen.add(member.index);
  }
  return files.filter((_, index) => chosen.has(index));
}

interface ShardEntry {
  /** The file's index in the files given. */
  index: number;
  keys: readonly string[];
  weight: number;
  path: string;
}

/** Groups files that share a key (union–find); a file without keys is a unit of its own. */
function joinUnits(entries: readonly ShardEntry[]): ShardEntry[][] {
  const parent = entries.map((_, index) => index);
  const root = (index: number): number => {
    const up = parent[index] ?? index;
    if (up === index) return index;
    const top = root(up);
    parent[index] = top;
    return top;
  };
  const owner = new Map<string, number>();
  for (const { index, keys } of entries) {
    for (const key of keys) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[root(index)] = root(other);
    }
  }
  const units = new Map<number, ShardEntry[]>();
  for (const entry of entries) units.set(root(entry.index), [...(units.get(root(entry.index)) ?? []), entry]);
  return [...units.values()];
}

/** The campaigns a file belongs to, as grouping keys: kit campaigns by id, other named campaigns by name. */
async function campaignKeys(file: string, compiled: CompiledKit): Promise<string[]> {
  const byPath = compiled.campaignsByPath(file).map((campaign) => `kit:${campaign.id}`);
  const byName = (await namesIn(file)).flatMap((name) => {
    const declared = campaignsByName(compiled.kit, name);
    return declared.length > 0 ? declared.map((campaign) => `kit:${campaign.id}`) : [`name:${name}`];
  });
  return [...new Set([...byPath, ...byName])];
}

/** Campaign names a file gives itself, split and trimmed as the campaign grouping does. */
async function namesIn(file: string): Promise<string[]> {
  const extension = extensionOf(file);
  if (NO_FRONT_MATTER.includes(extension)) return [];
  try {
    const values = CALENDAR_EXTENSIONS.includes(extension) ? await calendarCampaigns(file) : [await frontMatterCampaign(file)];
    const names = values.flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []));
    return names.map((name) => String(name).trim()).filter((name) => name !== '');
  } catch {
    // An unreadable file belongs to no campaign here; the lint run reports it.
    return [];
  }
}

async function calendarCampaigns(file: string): Promise<unknown[]> {
  const { readDocument } = await import('../documents/read.js');
  const document = await readDocument(file, await readFile(file), { options: DEFAULT_PARSER_OPTIONS });
  return [document.meta.campaign, ...document.segments.map((segment) => segment.data?.campaign)];
}

async function frontMatterCampaign(file: string): Promise<unknown> {
  const handle = await open(file);
  try {
    const { bytes, complete } = await readHead(handle);
    const head = decodeHead(bytes);
    if (!/^(---|\+\+\+)/.test(head)) return undefined;
    const frontMatter = readFrontMatter(head) ?? (complete ? undefined : readFrontMatter(decodeHead(await readFile(file))));
    return frontMatter?.data.campaign;
  } finally {
    await handle.close();
  }
}

async function readHead(handle: FileHandle): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const buffer = new Uint8Array(HEAD_BYTES);
  const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
  return { bytes: buffer.subarray(0, bytesRead), complete: bytesRead < HEAD_BYTES };
}

/** Lenient decoding of the start of a file (a cut may split a character): UTF-16 by its BOM, else UTF-8; the BOM is dropped. */
function decodeHead(bytes: Uint8Array): string {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

async function fileWeight(file: string): Promise<number> {
  try {
    return (await stat(file)).size + FILE_OVERHEAD_BYTES;
  } catch {
    return FILE_OVERHEAD_BYTES;
  }
}

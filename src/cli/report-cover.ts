/**
 * What the HTML report says about itself: the title, whose copy and who
 * prepared it (the kit's `report` section, --report-title), the date (today,
 * SOURCE_DATE_EPOCH for reproducible builds, or --report-date) and the kit's
 * version — or, when the kit declares none, a fingerprint of the resolved
 * kit, so a client can tell which rules a report was made with.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { BrandKit } from '../config/types.js';
import type { ReportCover } from '../reporters/types.js';
import { UsageError } from '../engine/usage-error.js';

export interface CoverOptions {
  reportTitle?: string;
  reportDate?: string;
}

export function reportCover(kit: BrandKit, options: CoverOptions, env: NodeJS.ProcessEnv, now = new Date()): ReportCover {
  const { title, brand, agency, kitVersion } = kit.report;
  return {
    ...((options.reportTitle ?? title) ? { title: options.reportTitle ?? title } : {}),
    ...(brand ? { brand } : {}),
    ...(agency ? { agency } : {}),
    date: reportDate(options.reportDate, env, now),
    kit: kitVersion ?? kitFingerprint(kit),
  };
}

function reportDate(option: string | undefined, env: NodeJS.ProcessEnv, now: Date): string {
  if (option !== undefined) {
    const date = new Date(`${option}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(option) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== option)
      throw new UsageError(`--report-date takes a date as YYYY-MM-DD, got "${option}".`);
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The kit file's name and a hash of the resolved settings (not of where the files lie). */
function kitFingerprint(kit: BrandKit): string {
  const { sources, root: _root, ...settings } = kit;
  const hash = createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 8);
  const [source] = sources;
  return source !== undefined ? `${basename(source)} ${hash}` : `built-in ${hash}`;
}

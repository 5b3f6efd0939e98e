/**
 * Writing a file so that a reader (or a crash) never sees half of it: the
 * bytes go to a temporary file in the same directory (so the rename stays on
 * one file system), which then replaces the target in one step.
 *
 * As careful editors do, the write goes through a symbolic link to the real
 * file (the link stays a link), and the replacement keeps the file's mode,
 * owner and group. Where a rename would lose something — the file has other
 * hard links, or its owner cannot be given to a new file — the bytes are
 * written into the file itself instead.
 */
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { chmod, chown, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(file: string, bytes: Uint8Array | string): Promise<void> {
  const target = await realTarget(file);
  const existing = await statOf(target);
  if (existing && existing.nlink > 1) return writeFile(target, bytes);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes);
    if (existing) {
      // set after writing: the mode given to writeFile would be cut down by the umask
      await chmod(temporary, existing.mode & 0o7777);
      if (!(await giveOwner(temporary, existing))) {
        await rm(temporary, { force: true });
        return writeFile(target, bytes);
      }
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The file a path names, symbolic links followed; the path itself for a file not written yet. */
async function realTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return file;
  }
}

async function statOf(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/** Gives the new file the owner and group of the one it replaces; false when that is not allowed. */
async function giveOwner(temporary: string, original: Stats): Promise<boolean> {
  const created = await stat(temporary);
  if (created.uid === original.uid && created.gid === original.gid) return true;
  try {
    await chown(temporary, original.uid, original.gid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writing a file so that a reader (or a crash) never sees half of it: the
 * bytes go to a temporary file in the same directory (so the rename stays on
 * one file system), which then replaces the target in one step.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(file: string, bytes: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = await modeOf(file);
    await writeFile(temporary, bytes);
    // set after writing: the mode given to writeFile would be cut down by the umask
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The permissions of the file being replaced, so the rename keeps them; none for a new file. */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

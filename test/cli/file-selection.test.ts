/** --ignore-pattern and --no-ignore, beside .brandlintignore and the kit's files.ignore. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-select-'));
  mkdirSync(join(root, 'drafts'));
  mkdirSync(join(root, 'archive'));
  writeFileSync(join(root, '.brandlintrc.yaml'), 'files:\n  ignore: ["archive/**"]\n');
  writeFileSync(join(root, '.brandlintignore'), 'old.txt\n');
  for (const name of ['post.txt', 'old.txt', 'drafts/idea.txt', 'archive/2019.txt']) writeFileSync(join(root, name), 'A post.\n');
  return root;
}

async function linted(cwd: string, args: string[]): Promise<string[]> {
  const { io, out } = memoryIo(cwd);
  await main(['node', 'brandlint', ...args, '--format', 'json'], io);
  return JSON.parse(out.stdout).files.map((file: { path: string }) => file.path);
}

describe('choosing files', () => {
  it('--ignore-pattern skips more files, repeatable, on top of the ignore files', async () => {
    const cwd = folder();
    expect(await linted(cwd, ['.'])).toEqual(['drafts/idea.txt', 'post.txt']);
    expect(await linted(cwd, ['--ignore-pattern', 'drafts/', '.'])).toEqual(['post.txt']);
    expect(await linted(cwd, ['--ignore-pattern', 'drafts/', '--ignore-pattern', '/post.txt', '.'])).toEqual([]);
  });

  it('--no-ignore lints what .brandlintignore, files.ignore and --ignore-pattern would skip', async () => {
    const cwd = folder();
    expect(await linted(cwd, ['--no-ignore', '--ignore-pattern', 'drafts/', '.'])).toEqual(['archive/2019.txt', 'drafts/idea.txt', 'old.txt', 'post.txt']);
  });
});

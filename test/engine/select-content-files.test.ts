/**
 * selectContentFiles picks, from paths a git tree lists, the files a lint
 * of the same folders would find on disk: `brandlint history` lints each
 * commit's files without a checkout.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles, selectContentFiles, type FileSelection } from '../../src/engine/files.js';
import { kitFromYaml } from '../helpers/kit.js';

const PATHS = [
  'copy/a.md',
  'copy/deep/b.eml',
  'copy/.drafts/c.md',
  'copy/node_modules/d.md',
  'copy/package.json',
  'copy/skip/e.md',
  'copy/script.ts',
  'notes/f.md',
  '.brandlintrc.yaml',
];

async function selectionIn(cwd: string, kitYaml: string): Promise<FileSelection> {
  const kit = await kitFromYaml(kitYaml);
  return { cwd, kitRoot: cwd, files: kit.files, exclude: [join(cwd, '.brandlintrc.yaml')] };
}

describe('selectContentFiles', () => {
  it('selects what findFiles finds in the same folders: content extensions, ignores and exclusions applied', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-select-'));
    for (const path of PATHS) {
      mkdirSync(join(cwd, path, '..'), { recursive: true });
      writeFileSync(join(cwd, path), 'Hello.\n');
    }
    writeFileSync(join(cwd, '.brandlintignore'), 'skip/\n');
    const selection = await selectionIn(cwd, '');
    const listed = PATHS.map((path) => join(cwd, path));
    const selected = selectContentFiles(listed, [join(cwd, 'copy')], selection);
    expect(selected).toEqual(['copy/a.md', 'copy/deep/b.eml'].map((path) => join(cwd, path)));
    expect(selected).toEqual(await findFiles(['copy'], selection));
    expect(selectContentFiles(listed, [cwd], selection)).toEqual(await findFiles(['.'], selection));
    expect(selectContentFiles(listed, [join(cwd, 'notes', 'f.md')], selection)).toEqual([join(cwd, 'notes', 'f.md')]);
  });

  it("follows the kit's files.include", async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-select-'));
    const selection = await selectionIn(cwd, 'files:\n  include: ["**/*.eml"]\n');
    expect(
      selectContentFiles(
        PATHS.map((path) => join(cwd, path)),
        [cwd],
        selection,
      ),
    ).toEqual([join(cwd, 'copy', 'deep', 'b.eml')]);
  });
});

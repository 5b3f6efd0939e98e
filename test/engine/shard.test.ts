import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/engine/usage-error.js';
import { parseShard } from '../../src/cli/options.js';
import { loadKit } from '../../src/config/load.js';
import type { BrandKit } from '../../src/config/types.js';
import { findFiles } from '../../src/engine/files.js';
import { CompiledKit } from '../../src/engine/compiled-kit.js';
import { selectShard } from '../../src/engine/shard.js';
import { itemAt } from '../../src/text/items.js';

const KIT = `
campaigns:
  alpha: { files: ["alpha/**"] }
  beta: { name: Beta Launch }
`;

/** Files by campaign unit: what must stay together. */
const UNITS: Record<string, string[]> = {
  alpha: ['alpha/email.html', 'alpha/page.md'],
  // beta by name (any case), by front matter in UTF-16, and a calendar naming beta and gamma ties gamma in.
  betaGamma: ['beta-page.md', 'beta-utf16.txt', 'calendar.csv', 'gamma-post.txt'],
  // Front matter longer than the part of the file read first.
  delta: ['delta-long.md', 'delta-short.md'],
};

function writeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'brandlint-shard-'));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('.brandlintrc.yaml', KIT);
  write('alpha/email.html', '<html><title>Spring</title><body><p>Hello.</p></body></html>\n');
  write('alpha/page.md', '# Alpha\n\nHello.\n');
  write('beta-page.md', '---\ncampaign: beta launch\n---\nBeta is here.\n');
  write('beta-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ncampaign: beta\n---\nBeta post.\n', 'utf16le')]));
  write('calendar.csv', 'date,platform,text,campaign\n2026-05-01,x,Beta is out.,Beta Launch\n2026-05-02,x,Gamma soon.,gamma\n');
  write('gamma-post.txt', '---\ncampaign: gamma\n---\nGamma post.\n');
  write('delta-long.md', `---\ndescription: "${'x'.repeat(70_000)}"\ncampaign: delta\n---\nDelta.\n`);
  write('delta-short.md', '---\ncampaign: delta\n---\nDelta again.\n');
  for (let index = 1; index <= 12; index++) write(`solo/post-${String(index).padStart(2, '0')}.md`, `Post ${index}. ${'Words. '.repeat(index * 40)}\n`);
  return root;
}

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, total: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, total: 1 });
  });

  it.each([
    ['2', /takes K\/N/],
    ['a/b', /takes K\/N/],
    ['-1/4', /takes K\/N/],
    ['1.5/4', /takes K\/N/],
    ['0/4', /between 1 and 4/],
    ['5/4', /between 1 and 4/],
    ['1/0', /number of parts must be 1 or more/],
  ])('rejects %s', (value, message) => {
    expect(() => parseShard(value)).toThrow(UsageError);
    expect(() => parseShard(value)).toThrow(message);
  });
});

describe('selectShard', () => {
  let root: string;
  let kit: BrandKit;
  let files: string[];
  const relativeTo = (folder: string, list: string[]) => list.map((file) => relative(folder, file).split('\\').join('/'));
  const shardsOf = async (total: number, input = files, cwd = root, kitOfRun = kit) => {
    const shards: string[][] = [];
    for (let index = 1; index <= total; index++) shards.push(relativeTo(cwd, await selectShard(input, new CompiledKit(kitOfRun, cwd), { index, total })));
    return shards;
  };

  beforeAll(async () => {
    root = writeProject();
    kit = loadKit(join(root, '.brandlintrc.yaml'));
    files = await findFiles(['.'], { cwd: root, kitRoot: root, files: kit.files });
  });

  it.each([1, 2, 3, 5, 8])('puts every file in exactly one of %i shards, each campaign whole', async (total) => {
    const shards = await shardsOf(total);
    expect(shards.flat().sort()).toEqual(relativeTo(root, files).sort());
    for (const unit of Object.values(UNITS)) {
      const holders = shards.filter((shard) => unit.some((file) => shard.includes(file)));
      expect(holders).toHaveLength(1);
      expect(holders[0]).toEqual(expect.arrayContaining(unit));
    }
  });

  it('keeps the order of the files it is given', async () => {
    const first = itemAt(await shardsOf(2), 0);
    expect(first).toEqual([...first].sort());
  });

  it('is deterministic: the same split whatever the order of the input or the checkout folder', async () => {
    const shards = await shardsOf(3);
    expect(await shardsOf(3)).toEqual(shards);
    expect((await shardsOf(3, [...files].reverse())).map((shard) => [...shard].sort())).toEqual(shards.map((shard) => [...shard].sort()));
    const copy = mkdtempSync(join(tmpdir(), 'brandlint-shard-copy-'));
    cpSync(root, copy, { recursive: true });
    const copiedKit = loadKit(join(copy, '.brandlintrc.yaml'));
    const copied = await findFiles(['.'], { cwd: copy, kitRoot: copy, files: copiedKit.files });
    expect(await shardsOf(3, copied, copy, copiedKit)).toEqual(shards);
  });

  it('balances the parts by size', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'brandlint-shard-even-'));
    for (let index = 0; index < 20; index++) writeFileSync(join(folder, `post-${index}.md`), 'Same size.\n');
    const even = await findFiles(['.'], { cwd: folder, kitRoot: folder, files: kit.files });
    expect((await shardsOf(4, even, folder)).map((shard) => shard.length)).toEqual([5, 5, 5, 5]);
    const [big = [], ...rest] = await shardsOf(2);
    expect(Math.min(big.length, ...rest.map((shard) => shard.length))).toBeGreaterThan(0);
  });

  it('with --campaign-by folder, keeps each folder whole', async () => {
    for (let index = 1; index <= 3; index++) {
      const shard = relativeTo(root, await selectShard(files, new CompiledKit(kit, root), { index, total: 3 }, 'folder'));
      const folders = new Set(shard.map((file) => dirname(file)));
      for (const folder of folders) {
        expect(shard).toEqual(expect.arrayContaining(relativeTo(root, files).filter((file) => dirname(file) === folder)));
      }
    }
  });
});

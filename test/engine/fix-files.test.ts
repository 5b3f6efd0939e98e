import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFixes, fixDiff, fixFiles, writeFixes } from '../../src/engine/fix-files.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import { allRules } from '../../rules/index.js';
import { kitFromYaml } from '../helpers/kit.js';

const KIT = `
lexicon:
  names: [Acme Cloud]
  terms:
    - { use: buy, insteadOf: [purchase] }
`;

/** Reports every "aa" (overlapping ones too) with a fix to "a": only settles over several passes. */
const squeeze: Rule = {
  meta: {
    id: 'test/squeeze',
    description: 'aa to a',
    severity: 'warn',
    channels: ['web', 'email', 'social', 'call'],
    fixable: true,
    docs: { details: '', bad: '', findings: [], good: '' },
  },
  check(context) {
    const { source } = context.document;
    for (let index = source.indexOf('aa'); index >= 0; index = source.indexOf('aa', index + 1)) {
      context.report({ start: index, end: index + 2, message: 'Squeeze.', fix: context.fixSource(index, index + 2, 'a') });
    }
  },
};

const RULES = [...allRules.filter((rule) => rule.meta.id.startsWith('lexicon/')), squeeze];

async function project(files: Record<string, string | Buffer>): Promise<LintRequest> {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-fix-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(cwd, name), content);
  return { cwd, patterns: ['.'], kit: await kitFromYaml(KIT), rules: RULES };
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

describe('--fix', () => {
  it('fixes in place, keeping the BOM and CRLF line ends of UTF-8 and UTF-16 files', async () => {
    const request = await project({
      'bom-crlf.md': `\uFEFFYou can purchase AcmeCloud.\r\nThen purchase more.\r\n`,
      'wide.txt': utf16le('Please purchase it.\r\n'),
    });
    const { skipped } = await fixFiles(request, { dryRun: false });
    expect(skipped).toEqual([]);
    expect(readFileSync(join(request.cwd, 'bom-crlf.md'))).toEqual(Buffer.from(`\uFEFFYou can buy Acme Cloud.\r\nThen buy more.\r\n`, 'utf8'));
    expect(readFileSync(join(request.cwd, 'wide.txt'))).toEqual(utf16le('Please buy it.\r\n'));
  });

  it('leaves markup, link targets and merge tags alone', async () => {
    const html = '<p><a href="https://acme.com/purchase">Purchase now</a> {{purchase_url}} <!-- purchase --></p>\n';
    const request = await project({ 'page.html': html });
    await fixFiles(request, { dryRun: false });
    expect(readFileSync(join(request.cwd, 'page.html'), 'utf8')).toBe(html.replace('>Purchase now<', '>Buy now<'));
  });

  it('settles overlapping fixes over several passes, and the second run changes nothing', async () => {
    const request = await project({ 'note.txt': 'aaaa purchase\n' });
    const first = await fixFiles(request, { dryRun: false });
    expect(readFileSync(join(request.cwd, 'note.txt'), 'utf8')).toBe('a buy\n');
    expect(first.run.results.every((result) => result.fixableCount === 0)).toBe(true);
    const second = await fixFiles(request, { dryRun: false });
    expect(second.fixes).toEqual([]);
    expect(readFileSync(join(request.cwd, 'note.txt'), 'utf8')).toBe('a buy\n');
  });

  it('writes atomically: the file mode is kept and no temporary file is left', async () => {
    const request = await project({ 'post.md': 'Purchase today.\n' });
    chmodSync(join(request.cwd, 'post.md'), 0o640);
    await fixFiles(request, { dryRun: false });
    expect(statSync(join(request.cwd, 'post.md')).mode & 0o777).toBe(0o640);
    expect(readdirSync(request.cwd)).toEqual(['post.md']);
  });

  it('writes through a symbolic link to the real file, and the link stays a link', async () => {
    const request = await project({});
    mkdirSync(join(request.cwd, 'shared'));
    writeFileSync(join(request.cwd, 'shared', 'real.md'), 'Purchase today.\n');
    mkdirSync(join(request.cwd, 'copy'));
    symlinkSync('../shared/real.md', join(request.cwd, 'copy', 'linked.md'));
    await fixFiles({ ...request, patterns: ['copy'] }, { dryRun: false });
    expect(lstatSync(join(request.cwd, 'copy', 'linked.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(request.cwd, 'shared', 'real.md'), 'utf8')).toBe('Buy today.\n');
    expect(readdirSync(join(request.cwd, 'shared'))).toEqual(['real.md']);
  });

  it('keeps hard links, and the owner and group of the file', async () => {
    const request = await project({ 'post.md': 'Purchase today.\n' });
    const file = join(request.cwd, 'post.md');
    linkSync(file, join(request.cwd, 'other-name.txt'));
    // Only root may give a file away; anyone else checks that their own ownership is kept.
    const owner = process.getuid?.() === 0 ? { uid: 4321, gid: 4321 } : { uid: statSync(file).uid, gid: statSync(file).gid };
    chownSync(file, owner.uid, owner.gid);
    const inode = statSync(file).ino;
    await fixFiles({ ...request, patterns: ['post.md'] }, { dryRun: false });
    expect(readFileSync(join(request.cwd, 'other-name.txt'), 'utf8')).toBe('Buy today.\n');
    expect(statSync(file)).toMatchObject({ ino: inode, nlink: 2, ...owner });

    const single = join(request.cwd, 'single.md');
    writeFileSync(single, 'Purchase once.\n');
    chownSync(single, owner.uid, owner.gid);
    await fixFiles({ ...request, patterns: ['single.md'] }, { dryRun: false });
    expect(readFileSync(single, 'utf8')).toBe('Buy once.\n');
    expect(statSync(single)).toMatchObject(owner);
  });

  it('skips a file that changed after it was read, and goes on with the others', async () => {
    const request = await project({ 'a.md': 'Purchase a.\n', 'b.md': 'Purchase b.\n' });
    const { fixes } = await computeFixes(await lintFiles(request), request);
    writeFileSync(join(request.cwd, 'a.md'), 'Edited meanwhile: purchase.\n');
    const skipped = await writeFixes(fixes, request.cwd);
    expect(skipped).toEqual([{ path: 'a.md', reason: expect.stringContaining('changed since brandlint read it') }]);
    expect(readFileSync(join(request.cwd, 'a.md'), 'utf8')).toBe('Edited meanwhile: purchase.\n');
    expect(readFileSync(join(request.cwd, 'b.md'), 'utf8')).toBe('Buy b.\n');
  });
});

describe('--fix-dry-run', () => {
  it('writes nothing, gives a unified diff, and reports what would remain', async () => {
    const request = await project({ 'post.md': 'Purchase AcmeCloud today.\n' });
    const { fixes, run } = await fixFiles(request, { dryRun: true });
    expect(readFileSync(join(request.cwd, 'post.md'), 'utf8')).toBe('Purchase AcmeCloud today.\n');
    expect(fixDiff(fixes)).toContain('--- a/post.md\n+++ b/post.md\n@@ -1,1 +1,1 @@\n-Purchase AcmeCloud today.\n+Buy Acme Cloud today.\n');
    expect(run.results[0]?.findings).toEqual([]);
  });

  it('fixes standard input', async () => {
    const request = await project({});
    const { fixes, run } = await fixFiles({ ...request, stdin: { text: 'Purchase it.\n', filename: 'in.md' } }, { dryRun: true });
    expect(fixes.map((fix) => fix.after)).toEqual(['Buy it.\n']);
    expect(run.results[0]?.source).toBe('Buy it.\n');
  });
});

/**
 * Inputs that must neither hang, nor vanish silently, nor be read wrongly:
 * no paths with standard input left open, pipes and unreadable folders
 * named on the command line, link loops, file types brandlint does not
 * read, encodings it must tell apart, CR-only front matter.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKit } from '../../src/config/load.js';
import { decodeSource } from '../../src/documents/decode.js';
import { UnreadableFileError } from '../../src/documents/types.js';
import { lintFiles, type LintRequest } from '../../src/engine/run.js';
import { readText, roles } from '../helpers/documents.js';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'brandlint.js');

function folder(files: Record<string, string | Buffer> = {}): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(cwd, name, '..'), { recursive: true });
    writeFileSync(join(cwd, name), content);
  }
  return cwd;
}

function request(cwd: string, patterns: string[]): LintRequest {
  return { cwd, patterns, kit: defaultKit(cwd) };
}

describe('the command line', () => {
  it('with no paths in an empty folder and standard input left open, lints the folder, says nothing was linted, and exits', async () => {
    const cwd = folder();
    const child = spawn(process.execPath, [BIN], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(stderr).toContain('brandlint: nothing was linted: no content files in the working folder.');
  });

  // root reads every folder: the check runs as an unprivileged user there, which needs to reach brandlint itself
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const reachable = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)})`], asUser).status === 0;
  if (!reachable) console.warn('hostile-input.test.ts: unreadable-folder check skipped — the repository is not readable by an unprivileged user here.');
  it.skipIf(!reachable)('a folder named on the command line that cannot be read is an error', () => {
    const cwd = folder({ 'locked/post.md': 'Hello there.\n' });
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, 'locked'), 0o000);
    const result = spawnSync(process.execPath, [BIN, 'locked'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...asUser });
    chmodSync(join(cwd, 'locked'), 0o755);
    expect(result.stderr).toContain('Cannot read the folder "locked": permission denied.');
    expect(result.status).toBe(2);
  });
});

describe('files that are not plain content files', () => {
  it('a pipe named on the command line is reported, never read', async () => {
    const cwd = folder();
    spawnSync('mkfifo', [join(cwd, 'pipe.md')]);
    const run = await lintFiles(request(cwd, ['pipe.md']));
    expect(run.results.map((result) => [result.path, result.findings[0]?.message])).toEqual([
      ['pipe.md', expect.stringContaining('Not a regular file (a pipe, socket or device)')],
    ]);
  });

  it('a file type brandlint does not read is reported as such, unless given a channel', async () => {
    const cwd = folder({ 'script.py': 'print("Buy AcmeCloud now")\n' });
    const run = await lintFiles(request(cwd, ['script.py']));
    expect(run.results[0]?.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      [
        'brandlint/unreadable',
        expect.stringMatching(/^brandlint does not read \.py files \(it reads \.html, .*\); to lint this one as copy, give its channel/),
      ],
    ]);
    expect((await lintFiles({ ...request(cwd, ['script.py']), channel: 'social' })).results[0]?.findings.every((finding) => !finding.fatal)).toBe(true);
  });

  it('a link loop lints each file once', async () => {
    const cwd = folder({ 'copy/post.md': 'Hello there.\n' });
    symlinkSync('..', join(cwd, 'copy', 'loop'));
    const run = await lintFiles(request(cwd, ['.']));
    expect(run.results.map((result) => result.path)).toEqual(['copy/post.md']);
  });
});

describe('encodings and line ends', () => {
  it('reads UTF-16 without a byte order mark, and names UTF-32 instead of misreading it', () => {
    const text = 'Hello there.\n';
    expect(decodeSource(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: { encoding: 'utf16le', bom: false, eol: '\n' } });
    expect(decodeSource(Buffer.from(text, 'utf16le').swap16())).toEqual({ text, encoding: { encoding: 'utf16be', bom: false, eol: '\n' } });
    const utf32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((char) => Buffer.from([char.charCodeAt(0), 0, 0, 0]))]);
    expect(() => decodeSource(utf32)).toThrow(new UnreadableFileError('File is UTF-32; brandlint reads UTF-8 and UTF-16: save it as UTF-8.'));
  });

  it('reads front matter with CR line ends and two keys', async () => {
    const doc = await readText('post.md', '---\rtitle: Spring launch\rdescription: Five launches in five days.\r---\r\r# Hello\r', 'web');
    expect(doc.warnings).toEqual([]);
    expect(roles(doc)).toEqual([
      ['title', 'Spring launch'],
      ['description', 'Five launches in five days.'],
      ['heading', 'Hello'],
    ]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

function memoryIo(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readStdin: async () => '',
    cwd,
    env: { NO_COLOR: '1' },
    stdoutIsTty: false,
    stderrIsTty: false,
    stdinIsTty: false,
  };
  return { io, out };
}

describe('--watch', () => {
  it('lints, then prints only what changed after an edit, and exits 0 when stopped', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-watch-'));
    writeFileSync(join(cwd, '.brandlintrc.yaml'), 'lexicon:\n  names: [Acme Cloud]\nrules:\n  channel/web-h1: off\n');
    writeFileSync(join(cwd, 'a.md'), 'Try AcmeCloud.\n');
    writeFileSync(join(cwd, 'b.md'), 'All good.\n');
    const { io, out } = memoryIo(cwd);
    const controller = new AbortController();
    const exit = main(['node', 'brandlint', '--watch', '.'], io, controller.signal);
    await vi.waitFor(() => expect(out.stdout).toContain('1 problem'), { timeout: 10_000 });
    expect(out.stdout).toContain('a.md');
    out.stdout = '';

    writeFileSync(join(cwd, 'b.md'), 'Now AcmeCloud here too.\n');
    await vi.waitFor(() => expect(out.stderr).toContain('b.md: 1 new, 0 resolved'), { timeout: 10_000 });
    expect(out.stdout).toContain('b.md');
    expect(out.stdout).not.toContain('a.md');
    expect(out.stdout).toContain('1 problem (1 error, 0 warnings)');

    writeFileSync(join(cwd, 'a.md'), 'Try Acme Cloud.\n');
    await vi.waitFor(() => expect(out.stderr).toContain('a.md: 0 new, 1 resolved'), { timeout: 10_000 });
    expect(out.stderr).toContain('resolved  Write the name as "Acme Cloud"');

    controller.abort();
    expect(await exit).toBe(0);
  });
});

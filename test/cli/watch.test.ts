import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';

describe('--watch', () => {
  it('lints, then prints only what changed after an edit, and exits 0 when stopped', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brandlint-watch-'));
    writeFileSync(join(cwd, '.brandlintrc.yaml'), 'lexicon:\n  names: [Acme Cloud]\nrules:\n  channel/web-h1: off\n');
    writeFileSync(join(cwd, 'a.md'), 'Try AcmeCloud.\n');
    writeFileSync(join(cwd, 'b.md'), 'All good.\n');
    const { io, out } = memoryIo(cwd);
    const controller = new AbortController();
    const exit = main(['node', 'brandlint', '--watch', '.'], io, controller.signal);
    await vi.waitFor(() => expect(out.stderr).toContain('watching . for changes; press Ctrl-C to stop.'), { timeout: 10_000 });
    expect(out.stdout).toContain('a.md');
    expect(out.stdout).toContain('1 problem (1 error, 0 warnings)');
    out.stdout = '';
    out.stderr = '';

    writeFileSync(join(cwd, 'b.md'), 'Now AcmeCloud here too.\n');
    await vi.waitFor(() => expect(out.stderr).toContain('b.md: 1 new, 0 resolved'), { timeout: 10_000 });
    expect(out.stdout).toContain('b.md');
    expect(out.stdout).not.toContain('a.md');
    // only the new finding is shown, but the summary counts every current problem
    expect(out.stdout).toContain('2 problems (2 errors, 0 warnings)');
    await vi.waitFor(() => expect(out.stderr).toMatch(/1 new, 0 resolved\nbrandlint: watching \. for changes; press Ctrl-C to stop\.\n$/), { timeout: 10_000 });
    out.stdout = '';

    writeFileSync(join(cwd, 'a.md'), 'Try Acme Cloud.\n');
    await vi.waitFor(() => expect(out.stderr).toContain('a.md: 0 new, 1 resolved'), { timeout: 10_000 });
    expect(out.stderr).toContain('resolved  Write the name as "Acme Cloud"');
    await vi.waitFor(() => expect(out.stdout).toContain('1 problem (1 error, 0 warnings)'), { timeout: 10_000 });

    controller.abort();
    expect(await exit).toBe(0);
  });
});

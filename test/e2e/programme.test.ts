/**
 * End to end: the whole programme on the sample programme (three campaigns
 * over two months, four channels) — the README's second command, and the
 * same findings whatever the run is split into: worker threads, the cache,
 * shards merged back, --changed-since.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');
const SLOW = 120_000;

function brandlint(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The sample programme and its kits in a folder of its own. */
function programmeCopy(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-programme-'));
  for (const name of ['brand-kit.yaml', 'programme-kit.yaml', 'programme']) cpSync(join(ROOT, 'fixtures', name), join(cwd, name), { recursive: true });
  return cwd;
}

interface JsonRun {
  files: { path: string; findings: { ruleId: string; severity: string; line: number; column: number; message: string }[] }[];
  programme: {
    complete: boolean;
    campaigns: { id: string }[];
    conflicts: { kind: string; evidence: string }[];
    pressure: { segment: string; period: string; count: number }[];
  };
}

describe('the sample programme', () => {
  it(
    "the README's second command reports conflicting offers, contact pressure and a segment outside the vocabulary",
    () => {
      const { code, stdout } = brandlint(['--config', 'fixtures/programme-kit.yaml', 'fixtures/programme']);
      expect(code).toBe(1);
      expect(stdout).toContain(
        '11:5  error  Says "20% off" for spring-launch (Spring Launch), but partner-week (Partner Week) offers 30% off to trial users while both run (April 20 – 26, 2026)',
      );
      expect(stdout).toContain(
        '8 messages reach trial users in the week of April 20, 2026 (2 emails, 5 posts, 1 call); the kit allows 5 a week. This is the 6th;',
      );
      expect(stdout).toContain('Name the audience "small business", as the kit\'s segments do, not "SMB".  programme/segments');
      expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
      const json = JSON.parse(brandlint(['--config', 'fixtures/programme-kit.yaml', '--format', 'json', 'fixtures/programme']).stdout) as JsonRun;
      expect(json.programme.complete).toBe(true);
      expect(json.programme.campaigns.map((campaign) => campaign.id)).toEqual(['spring-launch', 'partner-week', 'security-webinar']);
      expect(json.programme.conflicts.map(({ kind, evidence }) => `${kind} ${evidence}`)).toEqual(['discount declared', 'code declared', 'trial inferred']);
      expect(json.programme.pressure.map(({ segment, period, count }) => `${segment} ${period} ${count}`)).toEqual(['trial users week 8', 'trial users day 3']);
    },
    SLOW,
  );

  it(
    'drift shows the programme after the campaigns: timeline, offers side by side, conflicts, pressure',
    () => {
      const { stdout } = brandlint(['drift', '--config', 'fixtures/programme-kit.yaml', 'fixtures/programme']);
      const programme = stdout.slice(stdout.indexOf('Programme  3 campaigns, April 20 – May 31, 2026'));
      expect(programme).toContain('  partner-week                ████                           April 20 – 26, 2026\n');
      expect(programme).toContain('  security-webinar                      ▒▒▒▒ ▒▒▒▒            May 5 – 11, 2026, inferred\n');
      expect(programme).toContain('  partner-week            trial users               30%         PARTNER30   –           –\n');
      expect(programme).toContain('  ✗ discount: spring-launch 20% off vs partner-week 30% off — trial users, April 20 – 26, 2026\n');
      expect(programme).toContain('  ! trial users, week of April 20, 2026: 8 messages (2 emails, 5 posts, 1 call); the kit allows 5\n');
    },
    SLOW,
  );

  it(
    'gives the same bytes on worker threads and from the cache',
    () => {
      const cwd = programmeCopy();
      const args = ['--config', 'programme-kit.yaml', '--format', 'json', 'programme'];
      const plain = brandlint([...args, '--threads', 'off'], cwd);
      expect(plain.code).toBe(1);
      expect(brandlint([...args, '--threads', '2'], cwd)).toEqual(plain);
      const cold = brandlint([...args, '--cache'], cwd);
      expect(cold).toEqual(plain);
      expect(brandlint([...args, '--cache'], cwd)).toEqual(plain);
    },
    SLOW,
  );

  it(
    'checks the programme across shards when their reports are merged',
    () => {
      const cwd = programmeCopy();
      // Without the shared calendar the three campaigns can go to different shards.
      rmSync(join(cwd, 'programme', 'social-calendar.csv'));
      // A directive that hides a programme finding is used, though a shard cannot see it; one that hides nothing is unused.
      const landing = join(cwd, 'programme', 'spring-launch', 'landing.md');
      writeFileSync(
        landing,
        readFileSync(landing, 'utf8').replace('Get 20% off', '<!-- brandlint-disable-next-line programme/conflicting-offers -->\nGet 20% off'),
      );
      const page = join(cwd, 'programme', 'security-webinar', 'webinar-page.md');
      writeFileSync(page, `${readFileSync(page, 'utf8')}\n<!-- brandlint-disable-next-line tone/emoji -->\nSee you there.\n`);
      const lint = ['--config', 'programme-kit.yaml', '--format', 'json', '--report-unused-disable', 'programme'];
      const whole = brandlint(lint, cwd);
      const wholeFindings = (JSON.parse(whole.stdout) as JsonRun).files.flatMap((file) => file.findings.map((finding) => ({ path: file.path, ...finding })));
      expect(wholeFindings.filter((finding) => finding.ruleId === 'brandlint/unused-disable').map(({ path, line }) => `${path}:${line}`)).toEqual([
        'programme/security-webinar/webinar-page.md:' +
          String(readFileSync(page, 'utf8').split('\n').indexOf('<!-- brandlint-disable-next-line tone/emoji -->') + 1),
      ]);
      expect(
        wholeFindings.some((finding) => finding.path.endsWith('landing.md') && finding.line === 12 && finding.ruleId === 'programme/conflicting-offers'),
      ).toBe(false);
      const parts = [1, 2].map((index) => {
        brandlint([...lint, '--shard', `${index}/2`, '-o', `shard-${index}.json`], cwd);
        return JSON.parse(readFileSync(join(cwd, `shard-${index}.json`), 'utf8')) as JsonRun;
      });
      expect(parts.map((part) => part.programme.complete)).toEqual([false, false]);
      expect(parts.flatMap((part) => part.programme.campaigns.map((campaign) => campaign.id)).sort()).toEqual([
        'partner-week',
        'security-webinar',
        'spring-launch',
      ]);
      expect(parts.every((part) => part.files.every((file) => file.findings.every((finding) => finding.ruleId !== 'programme/conflicting-offers')))).toBe(true);
      const merged = brandlint(['merge', '--config', 'programme-kit.yaml', '--format', 'json', 'shard-1.json', 'shard-2.json'], cwd);
      expect(merged.code).toBe(1);
      expect(merged.stdout).toBe(whole.stdout);
      expect((JSON.parse(merged.stdout) as JsonRun).programme.conflicts.length).toBeGreaterThan(0);
    },
    SLOW,
  );

  it(
    'with --changed-since, reports a changed campaign’s conflicts with the campaigns left as they were',
    () => {
      const cwd = programmeCopy();
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'programme');
      const email = join(cwd, 'programme', 'partner-week', 'partner-email.eml');
      writeFileSync(email, readFileSync(email, 'utf8').replace('get 30% off', 'get 35% off'));
      const changed = JSON.parse(
        brandlint(['--config', 'programme-kit.yaml', '--changed-since', 'main', '--format', 'json', 'programme'], cwd).stdout,
      ) as JsonRun;
      expect(changed.files.map((file) => file.path)).toEqual(['programme/partner-week/partner-email.eml']);
      const conflicts = changed.files[0]?.findings.filter((finding) => finding.ruleId === 'programme/conflicting-offers');
      expect(conflicts?.map((finding) => `${finding.line}:${finding.column}`)).toEqual(['3:24', '17:81']);
      expect(conflicts?.[0]?.message).toContain('but spring-launch (Spring Launch) offers 20% off to trial users');
    },
    SLOW,
  );
});

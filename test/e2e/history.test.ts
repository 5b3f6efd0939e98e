/**
 * End to end: `brandlint history` on a small content repository built
 * here, commit by commit with fixed dates — the table, JSON and the HTML
 * page with the trend; --since, --max-commits; content read from git, the
 * working tree left as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');
const SLOW = 120_000;

const KIT = `messaging:
  tagline: "Build faster. Sleep better."
campaigns:
  spring:
    name: Spring Sale
    files: ["copy/spring/**"]
    year: 2026
    window: { start: 2026-04-10, end: 2026-05-31 }
    truth:
      discount: 20
      cta: Claim your discount
`;

const landing = (discount: number, tagline = 'Build faster. Sleep better.') =>
  `# Spring sale\n\n${tagline}\n\nGet ${discount}% off any plan before May 31, 2026.\n\n[Claim your discount](https://example.com/spring)\n`;
const email = (discount: number, tagline = 'Build faster. Sleep better.') =>
  `# Spring is here\n\n${tagline}\n\nTake ${discount}% off any plan until May 31, 2026.\n\n[Claim your discount](https://example.com/spring)\n`;

function brandlint(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=Copy Desk', '-c', 'user.email=copy@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).trim();
}

/** Writes the files and commits them on `day`; returns the commit's short hash. */
function commit(cwd: string, day: string, subject: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  git(cwd, ['add', '-A']);
  const date = `${day}T09:00:00Z`;
  git(cwd, ['commit', '-q', '-m', subject], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return git(cwd, ['rev-parse', '--short', 'HEAD']);
}

let cwd: string;
const commits: Record<'first' | 'notes' | 'offer' | 'blog' | 'tagline', string> = { first: '', notes: '', offer: '', blog: '', tagline: '' };

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'brandlint-history-'));
  git(cwd, ['init', '-q', '-b', 'main']);
  commits.first = commit(cwd, '2026-04-01', 'Spring copy', {
    '.brandlintrc.yaml': KIT,
    'copy/spring/landing.md': landing(20),
    'copy/spring/email.md': email(20),
  });
  commits.notes = commit(cwd, '2026-04-05', 'Planning notes', { 'notes/plan.ts': 'export const plan = 1;\n' });
  commits.offer = commit(cwd, '2026-04-12', 'Raise the spring offer', { 'copy/spring/landing.md': landing(25), 'copy/spring/email.md': email(25) });
  commits.blog = commit(cwd, '2026-04-14', 'Blog post', { 'copy/blog.md': '# News\n\nWe moved our office.\n' });
  const reworded = 'Build faster, sleep better.';
  commits.tagline = commit(cwd, '2026-04-20', 'Reword the tagline', {
    'copy/spring/landing.md': landing(25, reworded),
    'copy/spring/email.md': email(25, reworded),
  });
  // Not committed: history reads what git holds, never the working tree.
  writeFileSync(join(cwd, 'copy', 'spring', 'email.md'), email(40));
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

interface HistoryJson {
  schemaVersion: number;
  history: {
    since: string | null;
    maxCommits: number;
    omitted: number;
    points: { short: string; date: string; start: boolean; files: number; programme: { score: number | null }; campaigns: { id: string; score: number }[] }[];
    changes: { campaign: string; term: string; from: string | null; to: string | null; short: string; launch: string; launchBasis: string }[];
  };
}

describe('brandlint history', () => {
  it(
    'prints the programme and each campaign at every commit that changed content, and the messaging changed after launch',
    () => {
      const { code, stdout, stderr } = brandlint(['history', 'copy'], cwd);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const { first, offer, blog, tagline } = commits;
      expect(stdout).toBe(
        [
          'History: 4 commits that changed content, 1 campaign',
          '',
          'Programme',
          '  commit   date        score  errors  warn   lex  tone   msg  chan drift  prog confl press  subject',
          `  ${first}  2026-04-01    100       0     0     0     0     0     0     0     0     0     0  Spring copy`,
          `  ${offer}  2026-04-12     60       2     0     0     0     0     0     2     0     0     0  Raise the spring offer`,
          `  ${blog}  2026-04-14     60       2     0     0     0     0     0     2     0     0     0  Blog post`,
          `  ${tagline}  2026-04-20     60       4     0     0     0     2     0     2     0     0     0  Reword the tagline`,
          '',
          'Campaign spring — Spring Sale  █▅▅▅  100 → 60',
          '  commit   date        score  errors  warn   lex  tone   msg  chan drift  prog',
          `  ${first}  2026-04-01    100       0     0     0     0     0     0     0     0`,
          `  ${offer}  2026-04-12     60       2     0     0     0     0     0     2     0`,
          `  ${blog}  2026-04-14     60       2     0     0     0     0     0     2     0`,
          `  ${tagline}  2026-04-20     60       4     0     0     0     2     0     2     0`,
          '',
          'Messaging changed after launch',
          `  ✗ spring: offer changed from 20% off to 25% off in ${offer} on 2026-04-12 (launched April 10, 2026): "Raise the spring offer"`,
          `  ✗ spring: tagline changed from "Build faster. Sleep better." to "Build faster, sleep better." in ${tagline} on 2026-04-20 (launched April 10, 2026): "Reword the tagline"`,
          '',
          'Scores are one-message scores (0–100); findings are errors + warnings by family: lex lexicon, tone tone, msg messaging, chan channel, drift drift, prog programme.',
          '',
        ].join('\n'),
      );
      // The README shows this very run.
      expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`$ brandlint history copy\n${stdout}\`\`\``);
    },
    SLOW,
  );

  it(
    'starts from the --since commit and keeps the latest --max-commits; a change is shown where it first appears',
    () => {
      const { code, stdout } = brandlint(['history', '--since', commits.first, '--max-commits', '2', '--format', 'json'], cwd);
      expect(code).toBe(0);
      const { history } = JSON.parse(stdout) as HistoryJson;
      expect([history.since, history.maxCommits, history.omitted]).toEqual([commits.first, 2, 1]);
      expect(history.points.map((point) => [point.short, point.date.slice(0, 10), point.start, point.files, point.programme.score])).toEqual([
        [commits.first, '2026-04-01', true, 2, 100],
        [commits.blog, '2026-04-14', false, 3, 60],
        [commits.tagline, '2026-04-20', false, 3, 60],
      ]);
      expect(history.changes.map(({ term, from, to, short, launch, launchBasis }) => [term, from, to, short, launch, launchBasis])).toEqual([
        ['discount', '20% off', '25% off', commits.blog, '2026-04-10', 'kit'],
        ['tagline', 'Build faster. Sleep better.', 'Build faster, sleep better.', commits.tagline, '2026-04-10', 'kit'],
      ]);
      expect(brandlint(['history', '--since', commits.tagline], cwd).stdout).toMatch(
        new RegExp(`^No commit since ${commits.tagline} changed content\\.\n\nProgramme\n`),
      );
    },
    SLOW,
  );

  it(
    'draws the trend as inline SVG charts with a title, a description and the table they stand for, in a page that loads nothing',
    () => {
      const { code, stdout } = brandlint(['history', 'copy', '--format', 'html'], cwd);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(stdout).toContain(
        '<svg viewBox="0 0 960 274" width="100%" role="img" aria-labelledby="score-chart-title score-chart-desc" aria-describedby="history-programme-table"',
      );
      expect(stdout).toContain('<title id="score-chart-title">One-message score at each commit, for the programme and each campaign</title>');
      expect(stdout).toContain('<desc id="score-chart-desc">programme: from 100 to 60, lowest 60. spring: from 100 to 60, lowest 60.</desc>');
      expect(stdout).toContain(`<desc id="findings-chart-desc">0 findings at ${commits.first}, 4 at ${commits.tagline}.</desc>`);
      expect(stdout).toContain('<table class="history" id="history-programme-table">');
      expect(stdout).toContain(
        `<li>spring: offer changed from 20% off to 25% off in ${commits.offer} on 2026-04-12 (launched April 10, 2026): &quot;Raise the spring offer&quot;</li>`,
      );
      expect(stdout).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\/(?!www\.w3\.org)/);
    },
    SLOW,
  );

  it(
    'adds the trend to the HTML report of a lint with --history, and only there',
    () => {
      const { code, stdout } = brandlint(['copy', '--format', 'html', '--history', commits.offer], cwd);
      expect(code).toBe(1);
      expect(stdout).toContain('<a href="#history">History</a>');
      expect(stdout).toContain('<section class="history-section" id="history" aria-labelledby="history-title">');
      expect(stdout).toContain(`<p class="note">History since ${commits.offer}: 2 commits that changed content, 1 campaign.</p>`);
      expect(stdout).toContain('<title id="score-chart-title">');
      expect(brandlint(['copy', '--history'], cwd)).toMatchObject({
        code: 2,
        stderr: 'brandlint: --history adds the trend to the HTML report: it needs --format html, and does not go with --stdin, --watch or --shard.\n',
      });
    },
    SLOW,
  );

  it(
    'reads every commit from git, with or without a cache: the working tree, its uncommitted change included, stays as it was',
    () => {
      const plain = brandlint(['history'], cwd);
      // The cache keeps every version the walk linted, and gives the same history again.
      const cache = join(tmpdir(), `brandlint-history-cache-${process.pid}`);
      try {
        expect(brandlint(['history', '--cache-location', cache], cwd)).toEqual(plain);
        expect(brandlint(['history', '--cache-location', cache], cwd)).toEqual(plain);
      } finally {
        rmSync(cache, { force: true });
      }
      expect(git(cwd, ['status', '--porcelain'])).toBe('M copy/spring/email.md');
      expect(readFileSync(join(cwd, 'copy', 'spring', 'email.md'), 'utf8')).toBe(email(40));
    },
    SLOW,
  );

  it('is a usage error outside a repository, with a ref that does not exist, or with --max-commits 0', () => {
    const outside = mkdtempSync(join(tmpdir(), 'brandlint-no-repo-'));
    writeFileSync(join(outside, '.brandlintrc.yaml'), KIT);
    try {
      expect(brandlint(['history'], outside)).toMatchObject({ code: 2, stderr: `brandlint: history: ${outside} is not inside a git repository.\n` });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    expect(brandlint(['history', '--since', 'no-such-ref'], cwd)).toMatchObject({
      code: 2,
      stderr: `brandlint: history: ${cwd} has no commit "no-such-ref".\n`,
    });
    expect(brandlint(['history', '--max-commits', '0'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--max-commits takes a whole number of 1 or more, got "0".'),
    });
  });

  it('is listed by --help', () => {
    expect(brandlint(['--help'], ROOT).stdout).toMatch(/^ {2}history \[options\] \[paths\.\.\.\] +the one-message scores/m);
  });
});

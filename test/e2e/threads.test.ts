/**
 * --threads: a run spread over worker threads gives the same bytes as one
 * on the main thread, with and without the cache; a file the worker cannot
 * read still gets its finding, and so does a rule that fails in a worker;
 * a worker that fails fails the run instead of leaving it waiting.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import { runTasks } from '../../src/engine/pool.js';
import { ruleErrors } from '../../src/engine/rule-failures.js';
import { lintFiles } from '../../src/engine/run.js';
import { json } from '../../src/reporters/json.js';
import { knownRuleOptions } from '../../rules/options.js';

/** The rule ids of the --timing table on standard error, sorted. */
function timedRules(stderr: string): string[] {
  return (stderr.match(/^[a-z-]+\/[a-z-]+(?= )/gm) ?? []).sort();
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'brandlint.js');
const SLOW = 120_000;

function brandlint(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--config', 'brand-kit.yaml', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SENTENCES = [
  'Purchase AcmeCloud today and utilize every feature!!!',
  'You can sign in to your dashboard and see every project at a glance.',
  'We might possibly help you ship faster, perhaps.',
  'Our team keeps your files encrypted and backed up around the clock.',
  'Log in now to claim your discount before it is GONE.',
];

function copy(index: number): string {
  return [0, 1, 2].map((offset) => SENTENCES[(index + offset) % SENTENCES.length]).join(' ');
}

/** The sample campaign, more deliverables of it that drift, and about seventy other pages, emails, posts and calendars. */
function largeProject(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'brandlint-threads-'));
  cpSync(join(ROOT, 'fixtures'), cwd, { recursive: true });
  for (let index = 0; index < 8; index++) {
    writeFileSync(
      join(cwd, 'spring-sale', `post-${index}.txt`),
      `Get ${index % 2 ? 20 : 25}% off Acme Cloud with code SPRING20 before May 31. #AcmeSpring https://acme.com/spring\n`,
    );
  }
  mkdirSync(join(cwd, 'content'));
  for (let index = 0; index < 68; index++) {
    const [name, text] = generated(index);
    writeFileSync(join(cwd, 'content', name), text);
  }
  writeFileSync(join(cwd, 'content', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x00, 0xff]));
  return cwd;
}

function generated(index: number): [string, string] {
  switch (index % 4) {
    case 0:
      return [`page-${index}.md`, `---\ntitle: Page ${index}\n---\n\n# Page ${index}\n\n${copy(index)}\n\n- ${copy(index + 1)}\n`];
    case 1:
      return [
        `email-${index}.html`,
        `<html><head><title>News ${index}</title></head><body><table role="presentation"><tr><td><p>${copy(index)}</p><a href="https://acme.com/x">click here</a> <a href="{{unsubscribe_url}}">Unsubscribe</a></td></tr></table></body></html>\n`,
      ];
    case 2:
      return [`post-${index}.txt`, `${copy(index)} #acme https://acme.com/p/${index}\n`];
    default:
      return [
        `calendar-${index}.csv`,
        `date,platform,text\n2026-05-0${(index % 9) + 1},x,"${copy(index)}"\n2026-05-1${index % 9},linkedin,"${copy(index + 2)} 🎉🎉🎉🎉"\n`,
      ];
  }
}

describe('--threads', () => {
  it('gives byte-identical JSON and stylish output with two worker threads and with none, and the same rules in --timing', { timeout: SLOW }, () => {
    const cwd = largeProject();
    const spread = brandlint(cwd, ['--threads', '2', '--format', 'json', '--timing', '.']);
    const single = brandlint(cwd, ['--threads', 'off', '--format', 'json', '--timing', '.']);
    expect(spread.code).toBe(1);
    expect(spread.stdout).toBe(single.stdout);
    expect(timedRules(spread.stderr)).toContain('lexicon/names');
    expect(timedRules(spread.stderr)).toContain('drift/source-of-truth');
    expect(timedRules(spread.stderr)).toEqual(timedRules(single.stderr));
    // the lexicon scan the lexicon rules share has a row of its own
    expect(spread.stderr).toMatch(/^shared: lexicon scan +\| +\d/m);
    expect(single.stderr).toMatch(/^shared: lexicon scan +\| +\d/m);
    const stylish = brandlint(cwd, ['--threads', '2', '.']);
    expect(stylish.stderr).toBe('');
    expect(stylish.stdout).toBe(brandlint(cwd, ['--threads', 'off', '.']).stdout);

    const report = JSON.parse(spread.stdout);
    const rules = report.files.flatMap((file: { findings: { ruleId: string }[] }) => file.findings.map((finding) => finding.ruleId));
    expect(report.summary.files).toBeGreaterThanOrEqual(80);
    expect(rules).toEqual(expect.arrayContaining(['brandlint/unreadable', 'drift/source-of-truth', 'lexicon/names', 'tone/emoji']));
    expect(report.files.find((file: { path: string }) => file.path === 'content/binary.md').findings[0].ruleId).toBe('brandlint/unreadable');
  });

  it('keeps --cache working: a cold and a warm run on threads match a run without them', { timeout: SLOW }, () => {
    const cwd = largeProject();
    const single = brandlint(cwd, ['--threads', 'off', '--format', 'json', '.']);
    const cold = brandlint(cwd, ['--threads', '2', '--cache', '--format', 'json', '.']);
    writeFileSync(join(cwd, 'content', 'page-0.md'), '# Page 0\n\nPurchase AcmeCloud today!\n');
    const warm = brandlint(cwd, ['--threads', '2', '--cache', '--format', 'json', '.']);
    const changed = brandlint(cwd, ['--threads', 'off', '--format', 'json', '.']);
    expect(cold.stdout).toBe(single.stdout);
    expect(warm.stdout).toBe(changed.stdout);
    expect(warm.stdout).not.toBe(cold.stdout);
  });

  it('rejects a thread count that is not a number, auto or off', () => {
    const { code, stderr } = brandlint(ROOT, ['--threads', 'many', 'fixtures/spring-sale']);
    expect(code).toBe(2);
    expect(stderr).toContain('--threads takes a whole number of 1 or more, auto or off, got "many"');
  });

  it('reports a rule that fails inside a worker as a finding of its file, as on the main thread', { timeout: SLOW }, async () => {
    const cwd = largeProject();
    const kit = await loadKit(join(cwd, 'brand-kit.yaml'), { knownRules: knownRuleOptions() });
    // A pattern the loader would refuse, set behind its back: the postal address rule throws on every email.
    kit.channels.email.postalAddressPattern = '(unclosed';
    const onMainThread = await lintFiles({ cwd, patterns: ['.'], kit, threads: 'off' });
    const failures = ruleErrors(onMainThread.results.flatMap((result) => result.findings));
    expect(failures.length).toBeGreaterThan(10);
    expect(failures[0]?.message).toMatch(/^The rule channel\/email-postal-address failed on this file \(SyntaxError: Invalid regular expression/);
    const spread = await lintFiles({ cwd, patterns: ['.'], kit, threads: 2 });
    const options = { cwd, color: false, quiet: false, version: 'test' };
    expect(json(spread, options)).toBe(json(onMainThread, options));
  });
});

describe('the worker pool', () => {
  function script(source: string): URL {
    const file = join(mkdtempSync(join(tmpdir(), 'brandlint-pool-')), 'worker.mjs');
    writeFileSync(file, source);
    return pathToFileURL(file);
  }
  const serve = `import { serveTasks } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'src', 'engine', 'pool.js')).href)};\n`;

  it('answers in task order whichever worker finishes first', async () => {
    const worker = script(`${serve}serveTasks(async (n) => { await new Promise((done) => setTimeout(done, (5 - n) * 10)); return n * 2; });`);
    await expect(runTasks([1, 2, 3, 4, 5], { script: worker, workerData: null, size: 3 })).resolves.toEqual([2, 4, 6, 8, 10]);
  });

  it('rejects, not hangs, when a worker dies with a task', async () => {
    const worker = script(`import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));`);
    await expect(runTasks([1, 2, 3], { script: worker, workerData: null, size: 2 })).rejects.toThrow('a worker thread stopped (exit code 3)');
  });

  it('rejects when a worker cannot start or a task throws', async () => {
    await expect(runTasks([1], { script: script(`throw new Error('cannot load');`), workerData: null, size: 1 })).rejects.toThrow('cannot load');
    const throwing = script(`${serve}serveTasks(async (n) => { if (n === 2) throw new Error('task 2 failed'); return n; });`);
    await expect(runTasks([1, 2, 3], { script: throwing, workerData: null, size: 1 })).rejects.toThrow('task 2 failed');
  });
});

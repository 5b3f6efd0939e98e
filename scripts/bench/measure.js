// Running a command-line tool as a user does, in its own process, and
// measuring it: wall-clock time from here, CPU time (user + system, every
// thread) and peak memory from inside the process, through a module loaded
// with --import before the tool's own code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = mkdtempSync(join(tmpdir(), 'brandlint-measure-'));
const HOOK = join(folder, 'hook.mjs');
const OUT = join(folder, 'out.json');
writeFileSync(
  HOOK,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(${JSON.stringify(OUT)}, JSON.stringify({ cpu: (user + system) / 1e6, maxRss: process.resourceUsage().maxRSS * 1024 }));
});
`,
);

export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** One run of `script` (a Node.js entry point) with `args` in `cwd`: seconds of wall-clock and CPU time, peak resident bytes, exit code. */
export function runOnce(script, args, cwd) {
  rmSync(OUT, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(HOOK).href, script, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = (performance.now() - started) / 1000;
  let inside;
  try {
    inside = JSON.parse(readFileSync(OUT, 'utf8'));
  } catch {
    throw new Error(`${script} ${args.join(' ')} did not finish (exit ${child.status}, signal ${child.signal}):\n${String(child.stderr).slice(0, 2000)}`);
  }
  return { wall, cpu: inside.cpu, maxRss: inside.maxRss, status: child.status, stderr: String(child.stderr) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Each command `runs` times, the commands taking turns (so a machine that
 * gets busier or quieter affects them alike); per command, the median of
 * each measure and the exit code of the last run.
 */
export function measure(commands, runs = RUNS) {
  const samples = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(({ script, args, cwd }, index) => samples[index].push(runOnce(script, args, cwd)));
  }
  return samples.map((runsOf) => ({
    wall: median(runsOf.map((sample) => sample.wall)),
    cpu: median(runsOf.map((sample) => sample.cpu)),
    maxRss: Math.max(...runsOf.map((sample) => sample.maxRss)),
    status: runsOf.at(-1).status,
    stderr: runsOf.at(-1).stderr,
  }));
}

export function cleanUp() {
  rmSync(folder, { recursive: true, force: true });
}

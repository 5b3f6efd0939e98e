#!/usr/bin/env node
// `npm run bench [-- --peers] [-- --only startup,lexicon,families,memory,cache,scaling]`:
// how fast brandlint starts and lints, and how much memory it takes, each
// figure printed with its target and whether it meets it. Every figure comes
// from running the command line as a user does, in its own process.
//
// With --peers, textlint + textlint-rule-prh and alex are installed with npm
// into node_modules/.cache/brandlint-bench/peers and run on the same input,
// with configurations built from the same term list, and the paired ratios
// are printed. Inputs: real copy from ../shared/corpus (or BENCH_CORPUS), the
// shared term lists in ../shared/bench/terms (or BENCH_TERMS).
//
// Times are CPU seconds (user + system, every thread) of the process — what
// a busy machine disturbs least; wall-clock seconds follow in brackets. Each
// is the median of BENCH_RUNS runs (default 3), the tools taking turns.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_CATALOG } from '../dist/rules/registry.js';
import { corpusSource, markdownCorpus, markdownFiles, mixedCorpus, sampleKit, scalingShapes, termsKit } from './bench/corpus.js';
import { cleanUp, measure, RUNS } from './bench/measure.js';
import { alexCommand, installPeers, PEER_VERSIONS, textlintCommand } from './bench/peers.js';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(repository, 'bin', 'brandlint.js');
const SECTIONS = ['startup', 'lexicon', 'families', 'memory', 'cache', 'scaling'];
const FAMILIES = ['lexicon', 'tone', 'messaging', 'channel', 'drift'];
const MIB = 1048576;

const settings = {
  markdownMegabytes: Number(process.env.BENCH_MARKDOWN_MB ?? 8),
  memoryMegabytes: Number(process.env.BENCH_MEMORY_MB ?? 33),
  cacheFiles: Number(process.env.BENCH_CACHE_FILES ?? 600),
  scalingMegabytes: (process.env.BENCH_SCALING_MB ?? '1,2,4,8,16').split(',').map(Number),
  terms: process.env.BENCH_TERMS ?? join(repository, '..', 'shared', 'bench', 'terms'),
};

const argv = process.argv.slice(2);
const withPeers = argv.includes('--peers');
const onlyIndex = argv.indexOf('--only');
const sections = onlyIndex >= 0 ? argv[onlyIndex + 1].split(',') : SECTIONS;
for (const section of sections) if (!SECTIONS.includes(section)) throw new Error(`--only: no section "${section}"; sections: ${SECTIONS.join(', ')}.`);

const ruleIds = RULE_CATALOG.map(({ meta }) => meta.id);
const results = [];

// ---------------------------------------------------------------- printing

const seconds = (value) => `${value.toFixed(2)} s`;
const times = (value) => `${value.toFixed(2)}×`;
const mebibytes = (bytes) => `${(bytes / MIB).toFixed(0)} MiB`;
const megabytes = (bytes) => `${(bytes / MIB).toFixed(1)} MB`;

function heading(text) {
  console.log(`\n${text}`);
}

/** One figure; with a target, whether it is met. */
function figure(label, value, target, pass) {
  const verdict = pass === undefined ? '' : pass ? 'pass' : 'FAIL';
  console.log(`  ${label.padEnd(52)} ${value.padEnd(26)} ${(target ?? '').padEnd(22)} ${verdict}`);
  if (pass !== undefined) results.push({ label, pass });
}

const timed = (result) => `${seconds(result.cpu)} [${seconds(result.wall)}]`;

function brandlint(args, cwd) {
  return { script: BIN, args, cwd };
}

/** Exit codes 0 and 1 are lint results; anything else means the run failed. */
function checked(result, what) {
  if (result.status !== 0 && result.status !== 1) throw new Error(`${what} failed (exit ${result.status}):\n${result.stderr.slice(0, 2000)}`);
  return result;
}

function readTerms(name) {
  try {
    return JSON.parse(readFileSync(join(settings.terms, name), 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the term list ${name} from ${settings.terms} (set BENCH_TERMS): ${error.message}`, { cause: error });
  }
}

// ---------------------------------------------------------------- sections

function startup(scratch, peers) {
  heading('1. Start-up');
  const initFolder = join(scratch, 'init');
  const oneFolder = join(scratch, 'one');
  mkdirSync(initFolder);
  mkdirSync(join(oneFolder, 'spring-sale'), { recursive: true });
  sampleKit(repository, join(oneFolder, 'brand-kit.yaml'), ruleIds);
  copyFileSync(join(repository, 'fixtures', 'spring-sale', 'landing.md'), join(oneFolder, 'spring-sale', 'landing.md'));
  const light = [['--version'], ['--help'], ['rules'], ['init', '--yes', '--force']];
  const measured = measure(light.map((args) => brandlint(args, args[0] === 'init' ? initFolder : scratch)));
  light.forEach((args, index) => figure(`brandlint ${args[0]}`, timed(checked(measured[index], args[0])), '< 0.2 s', measured[index].cpu < 0.2));
  const lintOne = brandlint(['--config', 'brand-kit.yaml', 'spring-sale/landing.md'], oneFolder);
  const commands = peers
    ? [lintOne, textlintCommand(peers, oneFolder, join(settings.terms, 'base.prh.yml'), [join(oneFolder, 'spring-sale', 'landing.md')])]
    : [lintOne];
  const [one, textlint] = measure(commands);
  figure('one small Markdown file, sample kit', timed(checked(one, 'lint of one file')), '< 0.5 s', one.cpu < 0.5);
  if (textlint) {
    figure('  textlint + prh (360 terms), same file', timed(textlint));
    figure('  brandlint / textlint + prh', times(one.cpu / textlint.cpu), '< 1×', one.cpu < textlint.cpu);
  }
}

/** The Markdown corpus of sections 2 and 3, written once. */
let markdown;
function markdownPages(scratch, source) {
  const folder = join(scratch, 'markdown');
  markdown ??= { folder, ...markdownCorpus(source, folder, settings.markdownMegabytes) };
  return markdown;
}

function lexicon(scratch, source, peers) {
  const { folder: corpus, files, bytes } = markdownPages(scratch, source);
  heading(`2. Lexicon only, ${files} Markdown pages (${megabytes(bytes)}), one thread`);
  const base = readTerms('base.json');
  const large = readTerms('5k.json');
  const baseKit = termsKit(join(scratch, 'terms-base.yaml'), base, ruleIds);
  const largeKit = termsKit(join(scratch, 'terms-5k.yaml'), large, ruleIds);
  const run = (kit) => brandlint(['--config', kit, '--threads', 'off', corpus], scratch);
  const commands = [run(baseKit), run(largeKit)];
  if (peers) commands.push(textlintCommand(peers, scratch, join(settings.terms, 'base.prh.yml'), [corpus]));
  const [few, many, textlint] = measure(commands);
  figure(`brandlint, ${base.length} terms`, `${timed(checked(few, 'lexicon run'))} ${(bytes / MIB / few.cpu).toFixed(2)} MB/s`);
  figure(`brandlint, ${large.length} terms`, timed(checked(many, 'lexicon run')));
  figure(`${large.length}-term run / ${base.length}-term run`, times(many.cpu / few.cpu), '< 1.5×', many.cpu / few.cpu < 1.5);
  if (textlint) {
    figure(`textlint + prh, ${base.length} terms`, `${timed(textlint)} ${(bytes / MIB / textlint.cpu).toFixed(2)} MB/s`);
    figure('brandlint / textlint + prh', times(few.cpu / textlint.cpu), '≤ 0.2× (5× faster)', few.cpu <= textlint.cpu / 5);
  }
}

function families(scratch, source, peers) {
  const { folder: corpus, files, bytes } = markdownPages(scratch, source);
  heading(`3. Each rule family, sample kit, ${files} Markdown pages (${megabytes(bytes)}), one thread`);
  const commands = FAMILIES.map((family) =>
    brandlint(['--config', sampleKit(repository, join(scratch, `family-${family}.yaml`), ruleIds, family), '--threads', 'off', corpus], scratch),
  );
  if (peers) commands.push(alexCommand(peers, scratch, [corpus]));
  const measured = measure(commands);
  const alex = peers ? measured.at(-1) : undefined;
  if (alex) figure('alex', timed(alex));
  FAMILIES.forEach((family, index) => {
    const result = checked(measured[index], `${family} run`);
    if (!alex) return figure(`${family}/*`, timed(result));
    figure(`${family}/*`, `${timed(result)} ${times(result.cpu / alex.cpu)} alex`, '≤ 0.5× alex', result.cpu <= alex.cpu / 2);
  });
}

function memory(scratch, source) {
  const corpus = join(scratch, 'mixed');
  const { files, bytes } = mixedCorpus(source, corpus, settings.memoryMegabytes);
  heading(`4. Peak memory, sample kit, ${files} files of every channel (${megabytes(bytes)})`);
  const kit = sampleKit(repository, join(scratch, 'sample.yaml'), ruleIds);
  for (const threads of ['off', '2', 'auto']) {
    const [result] = measure([brandlint(['--config', kit, '--threads', threads, corpus], scratch)], 1);
    checked(result, `--threads ${threads} run`);
    figure(`--threads ${threads}`, `${mebibytes(result.maxRss)} in ${timed(result)}`, '≤ 500 MiB', result.maxRss <= 500 * MIB);
  }
}

function cache(scratch, source) {
  const corpus = join(scratch, 'cached');
  const { files, bytes } = markdownFiles(source, corpus, settings.cacheFiles);
  heading(`5. --cache, sample kit, ${files} Markdown pages (${megabytes(bytes)})`);
  const kit = sampleKit(repository, join(scratch, 'sample.yaml'), ruleIds);
  const run = brandlint(['--config', kit, '--cache', '--cache-location', join(scratch, 'lint-cache'), corpus], scratch);
  const [cold] = measure([run], 1);
  const [warm] = measure([run]);
  figure('cold (fills the cache)', timed(checked(cold, 'cold run')));
  figure('warm (nothing changed)', timed(checked(warm, 'warm run')), '< 0.5 s', warm.cpu < 0.5);
  figure('cold / warm', times(cold.cpu / warm.cpu), '≥ 10×', cold.cpu / warm.cpu >= 10);
}

async function scaling(scratch, source) {
  heading(`6. Scaling: time per MB of one file of ${settings.scalingMegabytes.join(', ')} MB, sample kit (start-up subtracted)`);
  const kit = sampleKit(repository, join(scratch, 'sample.yaml'), ruleIds);
  for (const [shape, { name, text }] of Object.entries(scalingShapes(source))) {
    const folder = join(scratch, 'scaling', name.replace(/\W/g, '-'));
    const run = async (bytes) => {
      // Alone in its folder, the working folder: a file named on the command line is checked with the rest of the folder.
      const file = join(folder, name);
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, await text(bytes));
      const [result] = measure([brandlint(['--config', kit, '--threads', 'off', name], folder)], 1);
      rmSync(file);
      return checked(result, `${shape}, ${megabytes(bytes)}`);
    };
    const baseline = (await run(1024)).cpu;
    const perMegabyte = [];
    for (const size of settings.scalingMegabytes) perMegabyte.push(((await run(size * MIB)).cpu - baseline) / size);
    const spread = Math.max(...perMegabyte) / Math.min(...perMegabyte);
    figure(shape, `${perMegabyte.map((value) => value.toFixed(2)).join(' / ')} s/MB`, 'flat: spread ≤ 1.5×', spread <= 1.5);
  }
}

// ---------------------------------------------------------------- run

const scratch = mkdtempSync(join(tmpdir(), 'brandlint-bench-'));
try {
  const source = corpusSource(repository);
  const peers = withPeers ? installPeers(repository) : undefined;
  console.log(
    `brandlint benchmark: Node.js ${process.version}, ${availableParallelism()} CPUs. Times: CPU seconds of the process [wall-clock], median of ${RUNS} runs.` +
      `\nCorpus: ${source}${
        peers
          ? `\nPeers: ${Object.entries(PEER_VERSIONS)
              .map(([name, version]) => `${name} ${version}`)
              .join(', ')}`
          : ''
      }`,
  );
  if (sections.includes('startup')) startup(scratch, peers);
  if (sections.includes('lexicon')) lexicon(scratch, source, peers);
  if (sections.includes('families')) families(scratch, source, peers);
  if (sections.includes('memory')) memory(scratch, source);
  if (sections.includes('cache')) cache(scratch, source);
  if (sections.includes('scaling')) await scaling(scratch, source);
  const failed = results.filter((result) => !result.pass);
  console.log(
    `\n${results.length - failed.length} of ${results.length} targets met${failed.length > 0 ? `; not met: ${failed.map((result) => result.label.trim()).join('; ')}` : ''}.`,
  );
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
  cleanUp();
}

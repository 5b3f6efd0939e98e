#!/usr/bin/env node
// `npm run bench`: how fast brandlint lints, and how the cost of lexicon
// matching grows with the size of the lexicon.
//
// It generates a deterministic corpus of Markdown, HTML and text files, and
// brand kits of about 50 and 5,000 preferred terms (from the shared Vale-derived
// term lists when ../shared/bench/terms is present, otherwise generated), then
// times full lint runs (read, parse, analyse, match, report) and prints files/s,
// MB/s and the ratio between the two lexicon sizes. A further run switches on
// every tone rule, and one more runs that on worker threads (--threads auto).
// Last, the cache: a cold run that fills it, then warm runs of the unchanged
// corpus (kit load, cache read and write included), and the speed-up.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadKit } from '../dist/src/config/load.js';
import { LintCache } from '../dist/src/engine/cache.js';
import { lintFiles } from '../dist/src/engine/run.js';
import { allRules } from '../dist/rules/index.js';
import { knownRuleOptions } from '../dist/rules/options.js';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED_TERMS = join(here, '..', '..', 'shared', 'bench', 'terms', '5k.json');
const FILES = Number(process.env.BENCH_FILES ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A small deterministic pseudo-random generator, so every run lints the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function termPairs() {
  if (existsSync(SHARED_TERMS)) return JSON.parse(readFileSync(SHARED_TERMS, 'utf8'));
  const next = random(7);
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'pa', 'qu', 'do'];
  const word = () => Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  return Array.from({ length: 5000 }, () => ({ wrong: `${word()} ${word()}`, preferred: word() }));
}

const PROSE = [
  'Our team helps you ship faster with fewer meetings and clearer plans.',
  'You can purchase a plan online, or talk to our sales team for a custom quote.',
  'Sign in to your dashboard to see every project at a glance.',
  'We keep your files encrypted, backed up and available around the clock.',
  'Customers tell us the new reports save them hours every single week.',
  'Please utilize the settings page to change how often we e-mail you.',
  'The spring offer ends on May 31, so there is still time to join.',
  'Real people answer the phone, day and night, whenever you need a hand.',
];

function paragraph(next, terms) {
  const sentences = [];
  for (let index = 0; index < 5; index++) {
    let sentence = PROSE[Math.floor(next() * PROSE.length)];
    if (next() < 0.3) sentence = sentence.replace('team', terms[Math.floor(next() * terms.length)].wrong);
    sentences.push(sentence);
  }
  return sentences.join(' ');
}

function writeCorpus(root, terms) {
  const next = random(42);
  let bytes = 0;
  for (let index = 0; index < FILES; index++) {
    const paragraphs = Array.from({ length: 8 }, () => paragraph(next, terms));
    let name;
    let text;
    if (index % 3 === 0) {
      name = `page-${index}.md`;
      text = `---\ntitle: Page ${index}\n---\n\n# Page ${index}\n\n${paragraphs.join('\n\n')}\n`;
    } else if (index % 3 === 1) {
      name = `email-${index}.html`;
      text = `<html><head><title>News ${index}</title></head><body><table role="presentation"><tr><td>${paragraphs.map((body) => `<p>${body}</p>`).join('\n')}</td></tr></table></body></html>\n`;
    } else {
      name = `post-${index}.txt`;
      text = `${paragraphs[0]} #Acme https://acme.com/p/${index}\n`;
    }
    writeFileSync(join(root, 'content', name), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function writeKit(root, name, terms, toneOn) {
  const rules = Object.fromEntries(
    allRules.map((rule) => [rule.meta.id, rule.meta.id.startsWith('lexicon/') || (toneOn && rule.meta.id.startsWith('tone/')) ? rule.meta.severity : 'off']),
  );
  const kit = {
    lexicon: { names: ['Acme', 'Acme Cloud'], terms: terms.map(({ wrong, preferred }) => ({ use: preferred, insteadOf: [wrong] })) },
    rules,
  };
  const file = join(root, name);
  writeFileSync(file, stringify(kit));
  return file;
}

async function timeRun(root, kitFile, threads = 'off') {
  const timings = [];
  let files = 0;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const kit = await loadKit(kitFile, { knownRules: knownRuleOptions() });
    const result = await lintFiles({ cwd: root, patterns: ['content'], kit, threads });
    timings.push(performance.now() - started);
    files = result.results.length;
    findings = result.errorCount + result.warningCount;
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[Math.floor(timings.length / 2)], files, findings };
}

/** Milliseconds of one run with the cache at `location`: kit, cache read, lint, cache write. */
async function cachedRun(root, kitFile, location) {
  const started = performance.now();
  const kit = loadKit(kitFile, { knownRules: knownRuleOptions() });
  const cache = await LintCache.open(location, 'bench');
  await lintFiles({ cwd: root, patterns: ['content'], kit, cache });
  await cache.save();
  return performance.now() - started;
}

async function timeCache(root, kitFile) {
  const location = join(root, '.brandlintcache');
  rmSync(location, { force: true });
  const cold = await cachedRun(root, kitFile, location);
  const warm = [];
  for (let run = 0; run < RUNS; run++) warm.push(await cachedRun(root, kitFile, location));
  warm.sort((a, b) => a - b);
  return { cold, warm: warm[Math.floor(warm.length / 2)] };
}

function line(label, { ms, files, findings }, bytes) {
  const seconds = ms / 1000;
  return `${label.padEnd(34)} ${(files / seconds).toFixed(1).padStart(8)} files/s ${(bytes / 1048576 / seconds).toFixed(2).padStart(7)} MB/s ${ms.toFixed(0).padStart(7)} ms ${String(findings).padStart(7)} findings`;
}

const root = mkdtempSync(join(tmpdir(), 'brandlint-bench-'));
try {
  mkdirSync(join(root, 'content'));
  const allTerms = termPairs();
  const small = allTerms.slice(0, 50);
  const large = allTerms.slice(0, 5000);
  const bytes = writeCorpus(root, small);
  console.log(`Corpus: ${FILES} files, ${(bytes / 1048576).toFixed(2)} MB; median of ${RUNS} runs each.\n`);
  const fifty = await timeRun(root, writeKit(root, 'kit-50.yaml', small, false));
  const fiveThousand = await timeRun(root, writeKit(root, 'kit-5000.yaml', large, false));
  const tone = await timeRun(root, writeKit(root, 'kit-tone.yaml', small, true));
  const threaded = await timeRun(root, join(root, 'kit-tone.yaml'), 'auto');
  console.log(line(`lexicon, ${small.length} terms`, fifty, bytes));
  console.log(line(`lexicon, ${large.length} terms`, fiveThousand, bytes));
  console.log(line(`lexicon (${small.length} terms) + all tone rules`, tone, bytes));
  console.log(line('lexicon + tone, --threads auto', threaded, bytes));
  console.log(`  (--threads auto: worker threads from 200 files, at most one per CPU; ${availableParallelism()} CPUs here)`);
  const ratio = fiveThousand.ms / fifty.ms;
  console.log(`\n${large.length}-term run / ${small.length}-term run: ${ratio.toFixed(2)}× (target: under 1.5×)`);
  const cache = await timeCache(root, join(root, 'kit-tone.yaml'));
  const speedUp = cache.cold / cache.warm;
  console.log(
    `\n--cache, lexicon + tone rules: cold ${cache.cold.toFixed(0)} ms, warm (unchanged corpus) ${cache.warm.toFixed(0)} ms: ${speedUp.toFixed(1)}× faster (target: at least 10×)`,
  );
  process.exitCode = ratio < 1.5 && speedUp >= 10 ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}

#!/usr/bin/env node
// Run after `npm run build`: lints the sample campaign into an HTML report
// and saves, with the system's Chromium (playwright-core never downloads a
// browser), the top of the report at a desktop width (docs/report-screenshot.png)
// and a phone width (docs/report-phone.png), and the first page of the report
// printed to PDF (docs/report-print.png, drawn by poppler's pdftoppm).
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const docs = join(root, 'docs');
const SCREENS = [
  { file: 'report-screenshot.png', viewport: { width: 1280, height: 1400 } },
  { file: 'report-phone.png', viewport: { width: 390, height: 1600 } },
];
// Offline and quiet: no network services, no first-run work, no GPU.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(executablePath)) {
  console.error(`screenshot-report: no Chromium at ${executablePath}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}
if (spawnSync('pdftoppm', ['-v']).error) {
  console.error('screenshot-report: no pdftoppm to draw the printed page; install it (apt-get install poppler-utils).');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'brandlint-screenshot-'));
try {
  const report = join(work, 'report.html');
  const lint = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'brandlint.js'),
      '--config',
      'fixtures/brand-kit.yaml',
      'fixtures/spring-sale',
      '--format',
      'html',
      '-o',
      report,
      '--report-title',
      'Spring Sale 2026: brand review',
      '--report-date',
      '2026-05-02',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  // Exit code 1 only says the sample has errors, which it is meant to.
  if (lint.status !== 0 && lint.status !== 1) {
    console.error(lint.stderr);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath, args: ARGS });
  mkdirSync(docs, { recursive: true });
  try {
    for (const { file, viewport } of SCREENS) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(report).href);
      await page.screenshot({ path: join(docs, file), clip: { x: 0, y: 0, ...viewport } });
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(pathToFileURL(report).href);
    const pdf = join(work, 'report.pdf');
    await page.pdf({ path: pdf, format: 'Letter', preferCSSPageSize: true, printBackground: true });
    const drawn = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(docs, 'report-print')], { encoding: 'utf8' });
    if (drawn.status !== 0) {
      console.error(drawn.stderr);
      process.exit(2);
    }
  } finally {
    await browser.close();
  }
  console.log(`screenshot-report: wrote ${SCREENS.map(({ file }) => file).join(', ')} and report-print.png in ${docs}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

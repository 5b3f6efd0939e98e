#!/usr/bin/env node
// Run after `npm run build`: lints the sample campaign into an HTML report
// and saves a screenshot of its top to docs/report-screenshot.png, with the
// system's Chromium (playwright-core never downloads a browser).
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const output = join(root, 'docs', 'report-screenshot.png');
const VIEWPORT = { width: 1280, height: 1400 };
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

const work = mkdtempSync(join(tmpdir(), 'brandlint-screenshot-'));
try {
  const report = join(work, 'report.html');
  const lint = spawnSync(
    process.execPath,
    [join(root, 'bin', 'brandlint.js'), '--config', 'fixtures/brand-kit.yaml', 'fixtures/spring-sale', '--format', 'html', '-o', report],
    { cwd: root, encoding: 'utf8' },
  );
  // Exit code 1 only says the sample has errors, which it is meant to.
  if (lint.status !== 0 && lint.status !== 1) {
    console.error(lint.stderr);
    process.exit(2);
  }
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(report).href);
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output, clip: { x: 0, y: 0, ...VIEWPORT } });
  } finally {
    await browser.close();
  }
  console.log(`screenshot-report: wrote ${output}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

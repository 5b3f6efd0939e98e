/**
 * The HTML report in headless Chromium, on a real lint run over copy full
 * of script payloads: nothing runs (no dialog, no `window.__pwned`, no
 * request, no CSP violation), the scorecard and matrix render, and the
 * filters work and are kept in the address — and without scripts every
 * finding still shows.
 * Skips when there is no Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import { lintFiles } from '../../src/engine/run.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { knownRuleOptions } from '../../rules/options.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.js';

const FIXTURE = resolve(import.meta.dirname, '..', 'fixtures', 'html-report');

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html-browser.test.ts: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);

interface Visit {
  page: Page;
  dialogs: string[];
  consoleErrors: string[];
  requests: string[];
}

describe.skipIf(!hasChromium)(`the HTML report in headless Chromium (${CHROMIUM})`, () => {
  let work: string;
  let reportUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brandlint-html-'));
    const kit = loadKit(join(FIXTURE, '.brandlintrc.yaml'), { knownRules: knownRuleOptions() });
    const run = await lintFiles({ cwd: FIXTURE, patterns: ['.'], kit, keepDocuments: true });
    const report = join(work, 'report.html');
    writeFileSync(report, htmlReporter(run, { cwd: FIXTURE, color: false, quiet: false, version: 'test' }));
    reportUrl = pathToFileURL(report).href;
    // launch() gives the browser a fresh temporary profile of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function visit(javaScriptEnabled = true): Promise<Visit> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const visit: Visit = { page, dialogs: [], consoleErrors: [], requests: [] };
    page.on('dialog', (dialog) => {
      visit.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
    page.on('request', (request) => visit.requests.push(request.url()));
    await page.goto(reportUrl, { waitUntil: 'load' });
    return visit;
  }

  it('runs nothing from the content and loads nothing', async () => {
    const { page, dialogs, consoleErrors, requests } = await visit();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // A CSP violation (a blocked script, style or image) would show as a console error.
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([reportUrl]);
    expect(await page.locator('svg, img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await expect.poll(() => page.getByText("<script>window.__pwned = 1; alert('kit')</script>").first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('renders the scorecard, the matrix and every finding', async () => {
    const { page } = await visit();
    const campaign = page.locator('#campaign-1');
    expect(await campaign.locator('h2').innerText()).toContain('"><svg onload="window.__pwned = 1"> Sale <script>alert(1)</script>');
    expect(await campaign.locator('.score').isVisible()).toBe(true);
    expect(await campaign.locator('.score-value').innerText()).toMatch(/^\d{1,3}$/);
    expect(await campaign.locator('table.matrix').isVisible()).toBe(true);
    expect(await campaign.locator('table.matrix .cell-outlier').count()).toBeGreaterThan(0);
    expect(await page.locator('#no-campaign').isVisible()).toBe(true);
    expect(await page.locator('.finding').count()).toBeGreaterThan(0);
    expect(await page.locator('.finding mark').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('filters findings by severity, channel and rule', async () => {
    const { page } = await visit();
    const total = await page.locator('.finding').count();
    const warnings = await page.locator('.finding[data-severity="warning"]').count();
    expect(warnings).toBeGreaterThan(0);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(await page.locator('.finding:visible').count()).toBe(total);

    await page.getByRole('checkbox', { name: /warning/i }).uncheck();
    expect(await page.locator('.finding[data-severity="warning"]:visible').count()).toBe(0);
    expect(await page.locator('.finding[data-severity="error"]:visible').count()).toBe(total - warnings);
    expect(await page.locator('#filter-status').innerText()).toBe(`Showing ${total - warnings} of ${total} findings`);

    await page.getByRole('checkbox', { name: /warning/i }).check();
    await page.locator('#filter-channel').selectOption('web');
    expect(await page.locator('.finding:visible').count()).toBe(await page.locator('.finding[data-channel="web"]').count());
    expect(await page.locator('section.file:visible').count()).toBeLessThan(await page.locator('section.file').count());

    await page.locator('#filter-channel').selectOption('');
    await page.locator('#filter-rule').selectOption('lexicon/banned');
    const banned = await page.locator('.finding:visible').all();
    expect(banned.length).toBeGreaterThan(0);
    for (const finding of banned) expect(await finding.getAttribute('data-rule')).toBe('lexicon/banned');
    await page.context().close();
  });

  it('keeps the filters in the address, so a reload or a shared link shows the same findings', async () => {
    const { page, consoleErrors } = await visit();
    await page.getByRole('checkbox', { name: /warning/i }).uncheck();
    await page.locator('#filter-rule').selectOption('lexicon/banned');
    const url = new URL(page.url());
    expect(url.searchParams.getAll('severity')).toEqual(['error']);
    expect(url.searchParams.get('rule')).toBe('lexicon/banned');
    const shown = await page.locator('.finding:visible').count();
    expect(shown).toBeGreaterThan(0);

    await page.reload();
    expect(await page.getByRole('checkbox', { name: /warning/i }).isChecked()).toBe(false);
    expect(await page.locator('#filter-rule').inputValue()).toBe('lexicon/banned');
    expect(await page.locator('.finding:visible').count()).toBe(shown);

    await page.goto(`${reportUrl}?rule=no/such-rule&channel=web`);
    expect(await page.locator('#filter-rule').inputValue()).toBe('');
    expect(await page.locator('#filter-channel').inputValue()).toBe('web');
    expect(await page.getByRole('checkbox', { name: /warning/i }).isChecked()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows every finding, without the filters, when scripts are off', async () => {
    const { page, consoleErrors } = await visit(false);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('.finding:visible').count()).toBe(await page.locator('.finding').count());
    expect(await page.locator('table.matrix').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

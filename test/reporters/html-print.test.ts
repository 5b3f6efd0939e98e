/**
 * The HTML report as a client reads it: on a 900 px and a phone-sized
 * screen, and printed to PDF by Chromium. Checked on the layout itself —
 * no element box runs past the page or the screen (the matrix may scroll
 * inside its own box on screen), matrix column headers stay two short
 * lines, the sample campaign prints on a few portrait pages, and a matrix
 * with many deliverables gets a landscape page of its own.
 * Skips when there is no Chromium (CHROMIUM_PATH, else /usr/bin/chromium).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKit } from '../../src/config/load.js';
import type { CampaignReport } from '../../src/drift/report.js';
import { lintFiles, type LintRun } from '../../src/engine/run.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { knownRuleOptions } from '../../rules/options.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const COVER = { title: 'Spring campaigns: brand review', brand: 'Acme', agency: 'Northwind Creative', date: '2026-05-02', kit: '2026.2' };
/** CSS pixels across a Letter page inside the report's 12 mm side margins. */
const PORTRAIT_WIDTH = 8.5 * 96 - 2 * ((12 / 25.4) * 96);
const LANDSCAPE_WIDTH = 11 * 96 - 2 * ((12 / 25.4) * 96);

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(
    `html-print.test.ts: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium, or bash scripts/install-test-tools.sh, or set CHROMIUM_PATH).`,
  );

/** The sample campaign with each deliverable twice over, for a matrix too wide for a portrait page. */
function widened(run: LintRun): LintRun {
  const widen = (campaign: CampaignReport): CampaignReport => {
    const copy = (name: string) => `${name} (copy)`;
    return {
      ...campaign,
      deliverables: [...campaign.deliverables, ...campaign.deliverables.map((deliverable) => ({ ...deliverable, name: copy(deliverable.name) }))],
      rows: campaign.rows.map((row) => ({ ...row, cells: [...row.cells, ...row.cells.map((cell) => ({ ...cell, deliverable: copy(cell.deliverable) }))] })),
    };
  };
  return { ...run, campaigns: run.campaigns.map(widen) };
}

/** Elements whose box runs past `width`, outside the boxes that scroll on their own. */
function overflowing(page: Page, width: number): Promise<string[]> {
  return page
    .locator('body *')
    .evaluateAll(
      (elements, limit) =>
        elements
          .filter((element) => !element.closest('.table-scroll, .frame') && element.getBoundingClientRect().right > limit + 1)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${(element.textContent ?? '').slice(0, 40)}`),
      width,
    );
}

/** Page sizes in points, read from the PDF's page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return Array.from(text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g), (match) => ({ width: Number(match[1]), height: Number(match[2]) }));
}

describe.skipIf(!hasChromium)(`the HTML report on screens and in print (${CHROMIUM})`, () => {
  let work: string;
  let browser: Browser;
  const urls: Record<'sample' | 'wide', string> = { sample: '', wide: '' };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brandlint-print-'));
    const kit = loadKit(join(ROOT, 'fixtures', 'brand-kit.yaml'), { knownRules: knownRuleOptions() });
    const run = await lintFiles({ cwd: ROOT, patterns: ['fixtures/spring-sale'], kit });
    for (const [name, shown] of [
      ['sample', run],
      ['wide', widened(run)],
    ] as const) {
      const file = join(work, `${name}.html`);
      writeFileSync(file, htmlReporter(shown, { cwd: ROOT, color: false, quiet: false, version: 'test', cover: COVER }));
      urls[name] = pathToFileURL(file).href;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(url: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it.each([900, 390])('fits a %i px screen: nothing runs past it, the matrix scrolls in its own box with short column headers', async (width) => {
    const page = await open(urls.sample, width);
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBe(width);
    expect(await overflowing(page, width)).toEqual([]);
    const headers = await page
      .locator('th.deliverable')
      .evaluateAll((cells) => cells.map((cell) => [cell.getBoundingClientRect().width, cell.getBoundingClientRect().height]));
    expect(headers).toHaveLength(6);
    // a number over a channel name: two lines, never a file name wrapped letter by letter
    for (const [cellWidth, height] of headers) {
      expect(height).toBeLessThan(60);
      expect(cellWidth).toBeGreaterThan(30);
    }
    expect(await page.locator('h1').innerText()).toBe(COVER.title);
    await page.close();
  });

  it('prints the sample campaign on a few portrait Letter pages, every box inside the page', async () => {
    const page = await open(urls.sample, 1280);
    const pages = pdfPages(await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true }));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.length).toBeLessThanOrEqual(8);
    for (const size of pages) expect(size).toEqual({ width: 612, height: 792 });

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(PORTRAIT_WIDTH), height: 1000 });
    expect(await overflowing(page, PORTRAIT_WIDTH)).toEqual([]);
    expect(await page.locator('.matrix').evaluate((table) => table.getBoundingClientRect().right)).toBeLessThanOrEqual(PORTRAIT_WIDTH);
    // the filters have no use on paper; the cover facts do
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('.cover-facts').innerText()).toContain('Northwind Creative');
    await page.close();
  });

  it('gives a matrix of many deliverables a landscape page, where it fits', async () => {
    const page = await open(urls.wide, 1280);
    expect(await page.locator('.matrix-block-wide th.deliverable').count()).toBe(12);
    const pages = pdfPages(await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true }));
    const landscape = pages.filter((size) => size.width > size.height);
    expect(landscape.length).toBeGreaterThanOrEqual(1);
    expect(landscape[0]).toEqual({ width: 792, height: 612 });
    expect(pages.filter((size) => size.width < size.height).length).toBeGreaterThanOrEqual(1);

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(LANDSCAPE_WIDTH), height: 1000 });
    expect(await page.locator('.matrix').evaluate((table) => table.getBoundingClientRect().right)).toBeLessThanOrEqual(LANDSCAPE_WIDTH);
    await page.close();
  });
});

/**
 * The QA report page in Chromium: qa.js renders, filters and pages the findings of the real
 * report on content/, links sentences, stays inert on hostile text, passes axe, and without
 * JavaScript still shows the tables and a note. The page is the report body in a bare shell
 * (the site build wraps it in the real layout; its own browser tests cover that page).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { qaAssets, renderQaBody } from '../../src/render/qa-page.js';
import type { QaReport } from '../../src/check/types.js';
import type { AlignedCorpus } from '../../src/model.js';
import { axeViolations, hasChromium, launchChromium } from '../helpers/browser.js';
import { CORPUS, hasCorpus, ROOT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { checkContent, HOSTILE_ID, hostileContent, TLS } from '../helpers/qa-fixture.js';

const pageUrl = (locale: string, slug: string) => `/${locale.toLowerCase()}/${slug.split('/').map(encodeURIComponent).join('/')}/`;

function writeQaSite(dir: string, name: string, report: QaReport, corpus: AlignedCorpus): void {
  const body = renderQaBody(report, { base: '/', pageUrl, corpus });
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'index.html'), '<!doctype html>\n<html lang="en-US"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Translation QA report</title><link rel="icon" href="data:,">' +
    '<link rel="stylesheet" href="/assets/qa.css">' +
    // The page's scripts as the site build loads them (qa-state.js keeps the filters in the address).
    qaAssets.scripts.map((name) => `<script src="/assets/${name}" defer></script>`).join('') + '</head>' +
    `<body><main id="main">${body}</main></body></html>`);
}

describe.runIf(hasChromium)('QA report page in Chromium', () => {
  const { corpus, report } = checkContent();
  let tmp: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tolk-qa-browser-'));
    mkdirSync(join(tmp, 'assets'));
    for (const asset of [...qaAssets.scripts, ...qaAssets.styles]) copyFileSync(join(ROOT, 'templates/assets', asset), join(tmp, 'assets', asset));
    writeQaSite(tmp, 'qa', report, corpus);
    const hostile = checkContent(hostileContent());
    writeQaSite(tmp, 'hostile', hostile.report, hostile.corpus);
    if (hasCorpus) {
      const big = checkContent(CORPUS);
      writeQaSite(tmp, 'corpus', big.report, big.corpus);
    }
    server = await serveStatic(tmp, '/');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
    await page.goto(server.url + path.replace(/^\//, ''));
    if (javaScriptEnabled) await page.waitForSelector('#qa-count:not(:empty)');
    return { page, errors };
  }

  const unwaived = report.findings.filter((f) => f.waived === null);
  const items = (page: Page) => page.locator('#qa-list > li');

  it('renders the first 50 of the findings and shows the rest on request, focusing the first new one', async () => {
    const { page, errors } = await open('qa/');
    expect(await items(page).count()).toBe(Math.min(50, unwaived.length));
    expect(await page.textContent('#qa-count')).toBe(`Showing 50 of ${unwaived.length} matching findings (${report.findings.length} in all).`);
    await page.click('#qa-more');
    expect(await items(page).count()).toBe(Math.min(100, unwaived.length));
    expect(await page.evaluate(() => [...document.querySelectorAll('#qa-list > li')].indexOf(document.activeElement as HTMLLIElement))).toBe(50);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters by check and writes the filter into the address', async () => {
    const { page } = await open('qa/');
    await page.selectOption('#qa-f-check', 'number-mismatch');
    const expected = unwaived.filter((f) => f.check === 'number-mismatch').length;
    await expect.poll(() => items(page).count()).toBe(expected);
    expect(new URL(page.url()).search).toBe('?check=number-mismatch');
    await page.selectOption('#qa-f-locale', 'nb-NO');
    await expect.poll(() => items(page).count()).toBe(unwaived.filter((f) => f.check === 'number-mismatch' && f.locale === 'nb-NO').length);
    await page.click('button[type="reset"]');
    await expect.poll(() => items(page).count()).toBe(Math.min(50, unwaived.length));
    await page.context().close();
  });

  it('opens with the filter of a summary-table link (?check=…) and searches the texts', async () => {
    const { page } = await open('qa/?check=number-mismatch&locale=nb-NO');
    expect(await page.inputValue('#qa-f-check')).toBe('number-mismatch');
    await page.selectOption('#qa-f-check', '');
    await page.fill('#qa-f-q', 'klargjøre tls');
    await expect.poll(() => page.textContent('#qa-count')).toMatch(/^Showing 1 of 1 /);
    // nb-NO tls 102: "Klargjøre for bruk av TLS 1,2 i Microsoft 365", the 1,2 highlighted.
    const item = items(page).first();
    expect(await item.locator('.qa-check-id').textContent()).toBe('number-mismatch');
    expect(await item.locator('.qa-text-target mark').allTextContents()).toEqual(['1,2']);
    expect(await item.locator('.qa-text-en mark').allTextContents()).toEqual(['1.2']);
    expect(await item.locator('.qa-text-other p').textContent()).toMatch(/^Gatavošanās TLS.1\.2/);
    expect(await item.locator('a.qa-open').getAttribute('href')).toBe(`/nb-no/${TLS}/#seg-102`);
    await page.context().close();
  });

  it('links a merged unit (restore-an-office-365-group-using-eac 104+105+106) to the anchor of its first sentence', async () => {
    const { page } = await open('qa/?document=restore-an-office-365-group-using-eac&check=merged-segment');
    const hrefs = await page.locator('#qa-list a.qa-open').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/nb-no/restore-an-office-365-group-using-eac/#seg-104', '/nb-no/restore-an-office-365-group-using-eac/#seg-111']);
    await page.context().close();
  });

  it('passes axe (WCAG 2.1 AA and best practice) with findings rendered and filters shown', async () => {
    const { page } = await open('qa/');
    expect(await page.isVisible('#qa-filters')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the hostile nb-NO tls 294fe-103 <script> as text and runs nothing', async () => {
    const { page, errors } = await open(`hostile/?q=${HOSTILE_ID}`);
    await expect.poll(() => items(page).count()).toBeGreaterThan(0);
    expect(await items(page).first().locator('.qa-text-target p').textContent()).toContain('<script>alert("x")</script>');
    expect(await page.locator('#qa-list script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript shows the tables and a note linking report.json, and no filters', async () => {
    const { page } = await open('qa/', false);
    expect(await page.locator('table').count()).toBe(3);
    expect(await page.isVisible('#qa-nojs')).toBe(true);
    expect(await page.getAttribute('#qa-nojs a', 'href')).toBe('/qa/report.json');
    expect(await page.isVisible('#qa-filters')).toBe(false);
    await page.context().close();
  });

  it.runIf(hasCorpus)('keeps the DOM small on the shared corpus (thousands of findings) and filters it', async () => {
    const { page, errors } = await open('corpus/');
    const total = await page.evaluate(() => (JSON.parse(document.getElementById('qa-data')!.textContent!) as { findings: unknown[] }).findings.length);
    expect(total).toBeGreaterThan(2000);
    expect(await items(page).count()).toBe(50);
    await page.fill('#qa-f-q', 'TLS 1,2');
    // The search runs after a short pause in typing: wait for it to reach the address.
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('TLS 1,2');
    const texts = await page.locator('#qa-list > li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(50);
    expect(texts.every((t) => t.toLowerCase().includes('tls') && t.includes('1,2'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

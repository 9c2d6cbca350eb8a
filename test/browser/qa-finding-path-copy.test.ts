/**
 * The QA report's "where" line gives a translator the finding's file and line as an editor and a
 * terminal take them (`nb-NO/x.md:21`, relative to the content folder: `code -g`, an editor's
 * "go to file" box), with a Copy button that copies it by mouse or keyboard and says so. It showed
 * "nb-NO · slug · unit 102 · 294fe-102 · line 21", which no editor opens, and copying it by hand
 * took the slug and the line apart. The button copies over http from another machine (no
 * Clipboard API there: not a secure context) and from a report opened as a file, and where
 * nothing can copy it selects the path for Ctrl+C. Default site, built and served.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axeViolations, CHROMIUM, hasChromium } from '../helpers/browser.js';
import { CONTENT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { at, buildSite, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const PATH = `nb-NO/${TLS}.md:21`;
const FILTERED = `qa/?locale=nb-NO&document=${TLS}&check=number-mismatch`;

async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#qa-count:not(:empty)').waitFor();
}

const finding = (page: Page) => page.locator('#qa-list > li', { hasText: '294fe-102' });

/** Copies finding 294fe-102's path from the keyboard: Tab to its Copy button, Enter. */
async function copyByKeyboard(page: Page): Promise<void> {
  const button = finding(page).locator('button.qa-copy');
  await button.focus();
  await page.keyboard.press('Enter');
}

describe.runIf(hasChromium)('QA report: a finding\'s file and line to copy', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`shows ${PATH}, a file of the content folder whose line 21 holds the segment; the rest of the line stays`, async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, at(site, `qa/?locale=nb-NO`));
    const where = await finding(page).locator('.qa-where').innerText();
    expect(where).toBe(`${PATH} Copy · unit 102 · 294fe-102`);
    const [file, line] = PATH.split(':');
    expect(existsSync(join(CONTENT, file))).toBe(true);
    expect(readFileSync(join(CONTENT, file), 'utf8').split('\n')[Number(line) - 1]).toContain('data-ttu-id="294fe-102"');
    // The document's name in it still shows only that document's findings.
    await finding(page).locator(`button.qa-doc[data-document="${TLS}"]`).click();
    await expect.poll(() => page.locator('#qa-f-document').inputValue()).toBe(TLS);
    // Every listed finding of a file the locale has names it so, with its line.
    const wheres = await page.locator('#qa-list .qa-where').allInnerTexts();
    expect(wheres.length).toBeGreaterThan(1);
    for (const w of wheres) expect(w).toMatch(new RegExp(`^nb-NO/${TLS}\\.md(:\\d+)? Copy · `));
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('over http on localhost: Enter on Copy puts the path on the clipboard, the button says "Copied" and a status line says what', async () => {
    const { context, page, problems } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReport(page, at(site, FILTERED));
    await copyByKeyboard(page);
    const button = finding(page).locator('button.qa-copy');
    await expect.poll(() => button.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PATH);
    expect(await page.locator('#qa-copy-status').innerText()).toBe(`Copied ${PATH}`);
    expect(await button.getAttribute('aria-label')).toBe(`Copy ${PATH}`);
    // Focus stays on the button, so the keyboard goes on from there.
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => button.innerText(), { timeout: 5000 }).toBe('Copy');
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('at 390px the path wraps inside the finding: nothing is wider than the screen', async () => {
    const { context, page } = await openPage(site, { width: 390, height: 844, touch: true });
    await openReport(page, at(site, 'qa/?locale=nb-NO'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const box = await finding(page).boundingBox();
    const copy = await finding(page).locator('button.qa-copy').boundingBox();
    expect(copy && box && copy.x + copy.width <= box.x + box.width).toBe(true);
    // A finger-sized target.
    expect(copy && copy.height >= 24 && copy.width >= 24).toBe(true);
    await context.close();
  });

  it('where nothing can copy, the path is selected and the button says to press Ctrl+C', async () => {
    const { context, page } = await openPage(site);
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      document.execCommand = () => false;
    });
    await openReport(page, at(site, FILTERED));
    await copyByKeyboard(page);
    const button = finding(page).locator('button.qa-copy');
    await expect.poll(() => button.innerText()).toBe('Selected: press Ctrl+C to copy (⌘C on a Mac)');
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PATH);
    expect(await page.locator('#qa-copy-status').innerText()).toContain(`${PATH} is selected`);
    await context.close();
  });
});

describe.runIf(hasChromium)('QA report: copying the path where the Clipboard API is missing or the page is a file', () => {
  let browser: Browser;
  let server: RunningServer;
  let fileSite: string;
  beforeAll(async () => {
    // A build whose base is its own folder opens from file: URLs (assets at absolute file paths).
    fileSite = join(tempDir('tolk-qa-path-'), 'site');
    buildSite(fileSite, `${fileSite}/`);
    server = await serveStatic(fileSite, `${fileSite}/`);
    // "qa.test" is this machine under another name: plain http there is no secure context.
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP qa.test 127.0.0.1'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** What the browser's clipboard holds (after writing `write` to it), from a page that may read it (localhost). */
  async function clipboardText(write?: string): Promise<string> {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(server.url);
    if (write !== undefined) await page.evaluate((text) => navigator.clipboard.writeText(text), write);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await context.close();
    return text;
  }

  it('over plain http from another host (no Clipboard API) Copy still copies the path', async () => {
    expect(await clipboardText('before')).toBe('before');
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = new URL(server.url);
    await openReport(page, `http://qa.test:${url.port}${url.pathname}${FILTERED}`);
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, clipboard: 'clipboard' in navigator }))).toEqual({ secure: false, clipboard: false });
    await finding(page).locator('button.qa-copy').click();
    await expect.poll(() => finding(page).locator('button.qa-copy').innerText()).toBe('Copied');
    await context.close();
    expect(await clipboardText()).toBe(PATH);
  });

  it('over plain http from another host a waiver is copied the same way, not only shown for Ctrl+C', async () => {
    expect(await clipboardText('before')).toBe('before');
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = new URL(server.url);
    await openReport(page, `http://qa.test:${url.port}${url.pathname}${FILTERED}`);
    await finding(page).locator('.qa-waive-open').click();
    await page.keyboard.type('heading kept as written');
    await page.keyboard.press('Enter');
    const panel = finding(page).locator('.qa-waive');
    await expect.poll(() => panel.locator('.qa-waive-status').innerText()).toContain('Copied.');
    expect(await panel.locator('textarea.qa-waive-json').isHidden()).toBe(true);
    await context.close();
    expect(JSON.parse(await clipboardText())).toEqual({
      document: TLS, locale: 'nb-NO', segment: '294fe-102', check: 'number-mismatch', reason: 'heading kept as written',
    });
  });

  it('from the report opened as a file (file: URL) Copy copies the path', async () => {
    expect(await clipboardText('before')).toBe('before');
    const context = await browser.newContext();
    const page = await context.newPage();
    await openReport(page, `${pathToFileURL(join(fileSite, 'qa', 'index.html')).href}?locale=nb-NO&document=${TLS}&check=number-mismatch`);
    await finding(page).locator('button.qa-copy').click();
    await expect.poll(() => finding(page).locator('button.qa-copy').innerText()).toBe('Copied');
    await context.close();
    expect(await clipboardText()).toBe(PATH);
  });
});

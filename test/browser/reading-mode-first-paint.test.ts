/**
 * A reader's stored reading mode is there when the advisory is first drawn. The site remembers
 * side by side or reveal and applies it on every page; set only by the deferred reader.js, which
 * runs after the first paint, each advisory was drawn as the plain translation and then laid out
 * again: a layout shift on every page load (side by side 0.14-0.18 on an lv advisory on a phone,
 * 0.05-0.13 at 1280 px; reveal mode's help line 0.055-0.068 on a phone, about 0.02 at 1280 px).
 * reader.js is held here until the page has been painted, as a slow connection holds it, and the
 * layout shifts (PerformanceObserver 'layout-shift') are summed once it has run. Without script,
 * or with storage that throws (Safari's private mode), the page shows the translation only, as
 * before, with nothing in the console. Default site (content/), built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { afterFrames } from './page-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const PAGES = ['lv-lv/change-screen-brightness-in-windows-10/', 'nb-no/prepare-for-use-of-tls-1-2-in-office-365/'];
const MODES = ['off', 'reveal', 'sbs'] as const;
const KEY = 'tolk.bilingual';
/** A layout shift score no reader notices (Web Vitals call a page's whole CLS good up to 0.1). */
const NOT_SEEN = 0.01;

/** Sums every layout shift of the page from its start (all: the test gives no input, and a phone's emulation marks its shifts as after input). */
async function observeShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { shifts: number; takeShifts: () => number };
    w.shifts = 0;
    const add = (entries: PerformanceEntryList) => { for (const e of entries) w.shifts += (e as unknown as { value: number }).value; };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // Entries not yet delivered to the callback are taken too.
    w.takeShifts = () => { add(observer.takeRecords()); return w.shifts; };
  });
}

/** The mode the reader chose on an earlier page, stored as reader.js stores it, before the page's own scripts run. */
async function storeMode(context: BrowserContext, mode: string): Promise<void> {
  await context.addInitScript(([key, value]) => { localStorage.setItem(key, value); }, [KEY, mode]);
}

/** Opens a page with reader.js held until the page has been drawn; returns once reader.js has run. */
async function openHeld(page: Page, url: string): Promise<{ drawnMode: string | null }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/reader\.js/, async (route) => { await held; await route.continue(); });
  await page.goto(url, { waitUntil: 'commit' });
  // Parsed and painted; the deferred reader.js has not run (it is held).
  await page.waitForFunction(() => document.readyState !== 'loading' &&
    performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'));
  await afterFrames(page, 2);
  const drawnMode = await page.evaluate(() => document.documentElement.getAttribute('data-bilingual'));
  release();
  await page.locator('.reader-toolbar').waitFor({ state: 'visible' });
  await afterFrames(page, 2);
  return { drawnMode };
}

const englishShown = (page: Page) => page.locator('main .seg:not(.seg-same) > .seg-en').first().isVisible();

describe.runIf(hasChromium)('the stored reading mode is drawn at once (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const path of PAGES) {
    for (const width of [375, 1280]) {
      for (const mode of MODES) {
        it(`${path} at ${width} px, stored mode ${mode}: drawn in it before reader.js runs, no layout shift`, async () => {
          const { context, page, problems } = await openPage(site, { width, touch: width < 400 });
          await storeMode(context, mode);
          await observeShifts(context);
          const { drawnMode } = await openHeld(page, at(site, path));
          // Under what a reader can see: now and then (2 of about 100 loads) Chromium reports a
          // sub-pixel shift of 0.00002-0.004 whose source could not be caught; the mode set after
          // the first paint shifted these pages by 0.016-0.18.
          expect(await page.evaluate(() => (window as unknown as { takeShifts: () => number }).takeShifts())).toBeLessThan(NOT_SEEN);
          expect(drawnMode).toBe(mode);
          expect(await page.locator(`.reader-toolbar [data-mode="${mode}"]`).getAttribute('aria-pressed')).toBe('true');
          expect(await englishShown(page)).toBe(mode === 'sbs');
          expect(await page.locator('.reader-help').isVisible()).toBe(mode === 'reveal');
          expect(problems.pageErrors).toEqual([]);
          expect(problems.consoleErrors).toEqual([]);
          await context.close();
        });
      }
    }
  }

  it('the English page (no reading modes) stays as it is with side by side stored', async () => {
    const { context, page, problems } = await openPage(site);
    await storeMode(context, 'sbs');
    await page.goto(at(site, 'en-us/prepare-for-use-of-tls-1-2-in-office-365/'));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-bilingual'))).toBe('off');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('with storage that throws on access (Safari private mode), the page is the translation only and says nothing in the console', async () => {
    const { context, page, problems } = await openPage(site, { width: 375, touch: true });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto(at(site, PAGES[0]));
    expect(await page.evaluate(() => { try { return typeof localStorage; } catch { return 'throws'; } })).toBe('throws');
    await page.locator('.reader-toolbar').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-bilingual'))).toBe('off');
    expect(await page.locator('.reader-toolbar [data-mode="off"]').getAttribute('aria-pressed')).toBe('true');
    expect(await englishShown(page)).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('without scripting, a stored side by side does not apply: the translation only, no toolbar', async () => {
    const context = await site.browser.newContext({
      javaScriptEnabled: false, viewport: { width: 1280, height: 800 },
      storageState: { cookies: [], origins: [{ origin: new URL(site.url).origin, localStorage: [{ name: KEY, value: 'sbs' }] }] },
    });
    const page = await context.newPage();
    await page.goto(at(site, PAGES[1]));
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-bilingual'))).toBe('off');
    expect(await englishShown(page)).toBe(false);
    expect(await page.locator('.reader-toolbar').boundingBox()).toBeNull();
    await context.close();
  });
});

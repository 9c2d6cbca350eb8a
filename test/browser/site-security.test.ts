/**
 * The hostile content of test/helpers/hostile-content.ts, built with search and the QA report and
 * opened in Chromium: no link of it runs script when clicked (a dialog or an uncaught navigation
 * to javascript: would show), and neither do search results or the QA report's address.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { SEARCH_WORD, writeHostileContent } from '../helpers/hostile-content.js';
import { tempDir } from '../helpers/temp-dir.js';
import { serveBuiltSite, type ServedSite } from './site-fixture.js';

/** A page that records every dialog (alert, confirm, prompt) script opens. */
async function watchedPage(browser: Browser, dialogs: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  return page;
}

describe.runIf(hasChromium)('hostile content in the browser', () => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveBuiltSite('/', { content: writeHostileContent(tempDir('tolk-browser-security-')), timeout: 120_000 });
  });
  afterAll(async () => { await site?.close(); });

  it('clicking each link of lv-lv/links/ (percent-encoded javascript: among them) runs no script', async () => {
    const dialogs: string[] = [];
    const url = `${site.url}lv-lv/links/`;
    const first = await watchedPage(site.browser, dialogs);
    await first.goto(url);
    const count = await first.locator('main a[href]').count();
    await first.close();
    expect(count).toBeGreaterThan(0);
    // Each click in a fresh page: a link that navigates away must not hide the next one's effect.
    for (let i = 0; i < count; i++) {
      const page = await watchedPage(site.browser, dialogs);
      await page.goto(url);
      // A safe link leads to a page (or a download); one that runs script opens a dialog. The
      // click is done when one of them has happened: a link doing neither fails by timing out.
      const outcomes = [
        page.waitForEvent('load').then(() => page.waitForLoadState('networkidle')),
        page.waitForEvent('download'),
        page.waitForEvent('dialog'),
      ];
      // The two that do not happen end when the page closes.
      for (const waiting of outcomes) waiting.catch(() => undefined);
      const outcome = Promise.race(outcomes);
      await page.locator('main a[href]').nth(i).evaluate((a) => (a as HTMLAnchorElement).click());
      await outcome;
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('search: a query of markup and results whose text holds markup show it as text', async () => {
    const dialogs: string[] = [];
    const page = await watchedPage(site.browser, dialogs);
    await page.goto(`${site.url}lv-lv/search/?q=${encodeURIComponent(SEARCH_WORD)}`);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#search-results').innerText()).toContain('<img src=x onerror=alert(6)>');
    await page.goto(`${site.url}lv-lv/search/?q=${encodeURIComponent('<img src=x onerror=alert(9)>')}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toContain('<img src=x onerror=alert(9)>');
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('QA report: a document in the address that it lacks is named as typed (markup and $` shown as text)', async () => {
    const dialogs: string[] = [];
    const page = await watchedPage(site.browser, dialogs);
    const wanted = '<img src=x onerror=alert(10)>$`';
    await page.goto(`${site.url}qa/?document=${encodeURIComponent(wanted)}`);
    // `$\`` in a replacement string would insert the text before the placeholder instead.
    await expect.poll(() => page.locator('#qa-doc-notice').innerText()).toContain(`“${wanted}”`);
    await page.close();
    expect(dialogs).toEqual([]);
  });
});

/**
 * The hostile content of test/helpers/hostile-content.ts, built with search and the QA report and
 * opened in Chromium: no link of it runs script when clicked (a dialog or an uncaught navigation
 * to javascript: would show), and neither do search results or the QA report's address.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { SEARCH_WORD, writeHostileContent } from '../helpers/hostile-content.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A page that records every dialog (alert, confirm, prompt) script opens. */
async function watchedPage(browser: Browser, dialogs: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  return page;
}

describe.runIf(hasChromium)('hostile content in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const dir = tempDir('tolk-browser-security-');
    const out = join(dir, 'site');
    const r = tolk(['build', '--content', writeHostileContent(dir), '--out', out], undefined, 120_000);
    if (r.code !== 0) throw new Error(`tolk build exited ${r.code}:\n${r.stderr}`);
    server = await serveStatic(out);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clicking each link of lv-lv/links/ (percent-encoded javascript: among them) runs no script', async () => {
    const dialogs: string[] = [];
    const url = `${server.url}lv-lv/links/`;
    const first = await watchedPage(browser, dialogs);
    await first.goto(url);
    const count = await first.locator('main a[href]').count();
    await first.close();
    expect(count).toBeGreaterThan(0);
    // Each click in a fresh page: a link that navigates away must not hide the next one's effect.
    for (let i = 0; i < count; i++) {
      const page = await watchedPage(browser, dialogs);
      await page.goto(url);
      await page.locator('main a[href]').nth(i).evaluate((a) => (a as HTMLAnchorElement).click());
      await page.waitForTimeout(150);
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  it('search: a query of markup and results whose text holds markup show it as text', async () => {
    const dialogs: string[] = [];
    const page = await watchedPage(browser, dialogs);
    await page.goto(`${server.url}lv-lv/search/?q=${encodeURIComponent(SEARCH_WORD)}`);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('#search-results').innerText()).toContain('<img src=x onerror=alert(6)>');
    await page.goto(`${server.url}lv-lv/search/?q=${encodeURIComponent('<img src=x onerror=alert(9)>')}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toContain('<img src=x onerror=alert(9)>');
    await page.close();
    expect(dialogs).toEqual([]);
  });

  it('QA report: a document in the address that it lacks is named as typed (markup and $` shown as text)', async () => {
    const dialogs: string[] = [];
    const page = await watchedPage(browser, dialogs);
    const wanted = '<img src=x onerror=alert(10)>$`';
    await page.goto(`${server.url}qa/?document=${encodeURIComponent(wanted)}`);
    // `$\`` in a replacement string would insert the text before the placeholder instead.
    await expect.poll(() => page.locator('#qa-doc-notice').innerText()).toContain(`“${wanted}”`);
    await page.close();
    expect(dialogs).toEqual([]);
  });
});

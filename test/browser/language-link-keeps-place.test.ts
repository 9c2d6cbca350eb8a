/**
 * Every way of following a language link keeps the reader's place, not just a plain click: a
 * middle click or Ctrl-click opens the other language in a new tab at the sentence the reader is
 * at (on the search page with the query, on a home with the list's filter), and the link's own
 * address says so ("Open link in new tab", "Copy link address", the status bar). At the top of
 * the page, and without script, the link is the page's plain address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const ACTIVATE = 'activate-or-reactivate-a-subscription';

/** The address of the tab a click with `how` on `link` opens. */
async function openedInNewTab(context: BrowserContext, link: Locator, how: 'middle' | 'ctrl'): Promise<string> {
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    how === 'middle' ? link.click({ button: 'middle' }) : link.click({ modifiers: ['Control'] }),
  ]);
  await tab.waitForLoadState('domcontentloaded');
  const url = tab.url();
  await tab.close();
  return url;
}

/** The first sentence below the header: the place site.js carries along. */
function place(page: Page): Promise<string> {
  return page.evaluate(() => {
    const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('main .seg[id]')].find((s) => s.getBoundingClientRect().bottom > top + 1)!.id;
  });
}

describe.runIf(hasChromium)('language links keep the place however they are followed (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`lv-lv/${ACTIVATE}, read down the page: a middle click and a Ctrl-click open Norwegian at the sentence; the href says it; a plain click still goes there`, async () => {
    const { context, page, problems } = await openPage(site, { height: 400 });
    await page.goto(at(site, `lv-lv/${ACTIVATE}/`));
    const norwegian = page.locator('.lang-switch a[data-locale="nb-NO"]');
    expect(await norwegian.getAttribute('href')).toBe(`/nb-no/${ACTIVATE}/`);
    await page.mouse.move(600, 300);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    await page.mouse.wheel(0, -100);
    await expect.poll(() => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().top)).toBe(0);
    const here = await place(page);
    expect(Number(here.replace('seg-', ''))).toBeGreaterThan(110);
    // What "Open link in new tab" and "Copy link address" use, with no click at all.
    await expect.poll(() => norwegian.getAttribute('href')).toBe(`/nb-no/${ACTIVATE}/#${here}`);

    expect(new URL(await openedInNewTab(context, norwegian, 'middle')).hash).toBe(`#${here}`);
    expect(new URL(await openedInNewTab(context, norwegian, 'ctrl')).hash).toBe(`#${here}`);
    // This tab stayed where it was.
    expect(new URL(page.url()).pathname).toBe(`/lv-lv/${ACTIVATE}/`);

    await norwegian.click();
    await page.waitForURL(new RegExp(`/nb-no/${ACTIVATE}/#${here}$`));
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`lv-lv/${ACTIVATE}: back at the top, the link is the plain address again; without script it always is`, async () => {
    const { context, page } = await openPage(site, { height: 400 });
    await page.goto(at(site, `lv-lv/${ACTIVATE}/#seg-112`));
    const norwegian = page.locator('.lang-switch a[data-locale="nb-NO"]');
    await expect.poll(() => norwegian.getAttribute('href')).toMatch(/#seg-1\d\d$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => norwegian.getAttribute('href')).toBe(`/nb-no/${ACTIVATE}/`);
    await context.close();

    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(at(site, `lv-lv/${ACTIVATE}/#seg-112`));
    expect(await plain.locator('.lang-switch a[data-locale="nb-NO"]').getAttribute('href')).toBe(`/nb-no/${ACTIVATE}/`);
    await noScript.close();
  });

  it('lv-lv/search and lv-lv/ home: a middle click on Norwegian takes the query, and the list\'s filter, to the new tab', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/'));
    await page.locator('#search-q').fill('TLS');
    await page.waitForURL(/\?q=TLS$/);
    const norwegian = page.locator('.lang-switch a[data-locale="nb-NO"]');
    expect(new URL(await openedInNewTab(context, norwegian, 'middle')).search).toBe('?q=TLS');

    await page.goto(at(site, 'lv-lv/'));
    await page.locator('#filter').fill('Outlook');
    await page.waitForURL(/\?filter=Outlook$/);
    expect(new URL(await openedInNewTab(context, norwegian, 'middle')).search).toBe('?filter=Outlook');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

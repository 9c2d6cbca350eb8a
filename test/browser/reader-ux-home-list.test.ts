/**
 * The home list's filter and order survive leaving the list: a reader who filters the lv-LV
 * home, sorts it newest first, opens an advisory and comes back (Back) finds the list as they
 * left it, and the address of that list opens it the same way (bookmark, link sent to a colleague).
 * Before, Back showed "Newest first" in the menu over a list in title order, and the filter text
 * was gone (the browser does not restore an autocomplete="off" input). Switching language keeps
 * them too, as the search page keeps its query: the list came back complete, in title order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

// content/lv-LV: the two advisories whose titles have "TLS", newest (2021-01-25) first.
const NEWEST_FIRST = ['TLS sertifikāti', 'Gatavošanās TLS 1.2 lietošanai pakalpojumā Microsoft 365'];

/** Titles of the advisories the list shows, top to bottom (a title's no-break spaces as spaces). */
async function shownTitles(page: Page): Promise<string[]> {
  return (await page.locator('#advisories li:not([hidden]) > a').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
}

describe.runIf(hasChromium)('home list: filter and order kept in the address (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('lv-lv/: filtered to "TLS", newest first, an advisory opened and Back: the same two advisories in the same order', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/'));
    await page.locator('#sort').selectOption('date');
    await page.locator('#filter').fill('TLS');
    expect(await shownTitles(page)).toEqual(NEWEST_FIRST);
    const status = await page.locator('#filter-status').innerText();
    // "Rāda" (shows) agrees with no number: "Parādīti" (shown, plural) was wrong for 1, 21, 31…
    expect(status).toMatch(/^Rāda 2 no \d+$/);
    const address = new URL(page.url());
    expect(address.searchParams.get('filter')).toBe('TLS');
    expect(address.searchParams.get('sort')).toBe('date');

    await page.locator('#advisories li:not([hidden]) > a').first().click();
    await page.waitForURL(/\/lv-lv\/tls-certificates\/$/);
    await page.goBack();
    await page.waitForURL(/\/lv-lv\/\?/);
    expect(await page.locator('#filter').inputValue()).toBe('TLS');
    expect(await page.locator('#sort').inputValue()).toBe('date');
    expect(await shownTitles(page)).toEqual(NEWEST_FIRST);
    expect(await page.locator('#filter-status').innerText()).toBe(status);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('the address of a filtered, sorted list opens it so in a new window; clearing the filter and A–Z takes them out of the address', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/?filter=tls&sort=date'));
    expect(await page.locator('#filter').inputValue()).toBe('tls');
    expect(await page.locator('#sort').inputValue()).toBe('date');
    expect(await shownTitles(page)).toEqual(NEWEST_FIRST);

    await page.locator('#filter').fill('');
    await page.locator('#sort').selectOption('title');
    expect(new URL(page.url()).search).toBe('');
    const all = await shownTitles(page);
    expect(all.length).toBeGreaterThan(NEWEST_FIRST.length);
    expect(all.indexOf(NEWEST_FIRST[1])).toBeLessThan(all.indexOf(NEWEST_FIRST[0]));
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('nb-no/?sort=date&filter=TLS: switching to Latviešu keeps the filter and the order', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'nb-no/?sort=date&filter=TLS'));
    await page.locator('.lang-switch a[data-locale="lv-LV"]').click();
    await page.waitForURL(/\/lv-lv\//);
    expect(new URL(page.url()).search).toBe('?sort=date&filter=TLS');
    expect([await page.locator('#filter').inputValue(), await page.locator('#sort').inputValue()]).toEqual(['TLS', 'date']);
    expect(await shownTitles(page)).toEqual(NEWEST_FIRST);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

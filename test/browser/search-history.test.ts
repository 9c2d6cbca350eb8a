/**
 * Back on the search page goes to the previous search. The page replaced its one history entry
 * as the reader typed, so after three searches Back left the search page altogether (to the page
 * the first search was made from), and the earlier queries were gone. Now a search the reader
 * settled on (Enter, or a pause in typing) keeps its entry: the next change adds one, and the
 * keystrokes after it replace that one, so typing "password" letter by letter is one entry, not
 * eight. Back and Forward show each search's query, results and title. Default site, built and
 * served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The tab's history as the Back menu lists it (the tab's blank first entry left out): each entry's path and query, and which is current. */
async function history(page: Page): Promise<{ entries: string[]; current: number }> {
  const cdp = await page.context().newCDPSession(page);
  const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory') as { entries: { url: string }[]; currentIndex: number };
  await cdp.detach();
  const shown = entries.slice(1).map((entry) => { const url = new URL(entry.url); return decodeURIComponent(url.pathname + url.search); });
  return { entries: shown, current: currentIndex - 1 };
}

/** What the search page shows: the field, the title and the status line, once the status names the field's query. */
async function shown(page: Page): Promise<{ field: string; title: string; status: string }> {
  const field = await page.locator('#search-q').inputValue();
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toContain(field);
  return { field, title: await page.title(), status: await page.locator('#search-status').innerText() };
}

describe.runIf(hasChromium)('search: Back goes to the previous search (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('en-us: "Microsoft" from the header, "TLS" and Enter, "password" typed letter by letter, a pause, "email": four entries; Back and Forward show each', async () => {
    const { context, page, problems } = await openPage(site);
    // The page's clock runs as usual, and the reader's pause below is made by moving it on.
    await page.clock.install();
    await page.goto(at(site, 'en-us/'));
    await page.locator('#header-q').fill('Microsoft');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=Microsoft$/);
    await shown(page);

    const field = page.locator('#search-q');
    await field.fill('TLS');
    await field.press('Enter');
    await page.waitForURL(/\?q=TLS$/);
    // Typed as a reader types: one entry for the word, whatever the pauses between letters.
    await field.fill('');
    await field.pressSequentially('password', { delay: 80 });
    await page.waitForURL(/\?q=password$/);
    expect((await shown(page)).status).toBe('Results for “password”: 1.');
    // Read for a while (the page counts a query settled after 2 s without typing, search.js
    // SETTLED_MS): the next query is a search of its own.
    await page.clock.fastForward(2500);
    await field.fill('email');
    await page.waitForURL(/\?q=email$/);
    await shown(page);
    expect(await history(page)).toEqual({
      entries: ['/en-us/', '/en-us/search/?q=Microsoft', '/en-us/search/?q=TLS', '/en-us/search/?q=password', '/en-us/search/?q=email'],
      current: 4,
    });

    await page.goBack();
    await page.waitForURL(/\?q=password$/);
    expect(await shown(page)).toEqual({ field: 'password', title: '“password” · Search · Alchemy Insights', status: 'Results for “password”: 1.' });
    expect(await page.locator('#search-results li a').allInnerTexts()).toEqual(['Azure Active Directory (security and identity)']);
    await page.goBack();
    await page.waitForURL(/\?q=TLS$/);
    expect((await shown(page)).status).toBe('Results for “TLS”: 2.');
    await page.goBack();
    await page.waitForURL(/\?q=Microsoft$/);
    expect((await shown(page)).title).toBe('“Microsoft” · Search · Alchemy Insights');
    await page.goForward();
    await page.goForward();
    await page.waitForURL(/\?q=password$/);
    expect((await shown(page)).field).toBe('password');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('nb-no: emptying the field and typing another query is one entry after the settled one; Back from it shows the first query again', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'nb-no/search/?q=passord'));
    await shown(page);
    const field = page.locator('#search-q');
    await field.press('ControlOrMeta+a');
    await field.press('Backspace');
    await expect.poll(() => page.url()).toMatch(/\/nb-no\/search\/$/);
    await field.pressSequentially('e-post', { delay: 80 });
    await page.waitForURL(/\?q=e-post$/);
    await shown(page);
    expect((await history(page)).entries).toEqual(['/nb-no/search/?q=passord', '/nb-no/search/?q=e-post']);
    await page.goBack();
    await page.waitForURL(/\?q=passord$/);
    expect((await shown(page)).title).toBe('«passord» · Søk · Alchemy Insights');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

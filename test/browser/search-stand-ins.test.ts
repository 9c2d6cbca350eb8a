/**
 * A word the index does not have gets no results. Pagefind searches the longest start of it that
 * it has instead ("onedrive" as "one", the Latvian "paroles" typed on the Norwegian page as "på"),
 * and the search page said "4 results" for pages without the word, the stand-in highlighted in
 * each (or, on the real corpus, pages whose data: images' letters started so: "exchnage" found 10
 * pages without a word of it). Words that are there in another form (a stem, another ending)
 * still find their pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The status line and the marked words of the first result, once the search page has settled. */
async function searched(page: Page): Promise<{ status: string; marked: string[] }> {
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
  const marked = await page.locator('#search-results li').first().locator('mark').allInnerTexts().catch(() => []);
  return { status: await page.locator('#search-status').innerText(), marked };
}

describe.runIf(hasChromium)('search: no stand-in results for a word the site lacks (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('en-us "onedrive" and nb-no "paroles" say no results; nb-no "kontoen", lv-lv "paroles", en-us "installations" and "excha" still find pages', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'en-us/search/?q=onedrive'));
    expect(await searched(page)).toEqual({ status: 'No results for “onedrive”.', marked: [] });
    await page.goto(at(site, 'nb-no/search/?q=paroles'));
    expect(await searched(page)).toEqual({ status: 'Ingen treff for «paroles».', marked: [] });
    await page.goto(at(site, 'nb-no/search/?q=kontoen'));
    expect((await searched(page)).status).toBe('3 treff for «kontoen».');
    await page.goto(at(site, 'lv-lv/search/?q=paroles'));
    expect(await searched(page)).toEqual({ status: 'Rezultāti vaicājumam “paroles”: 1.', marked: ['paroļu', 'paroli.'] });
    // English stemmed by Pagefind ("installations" as "instal"): a page saying "Install" is found.
    await page.goto(at(site, 'en-us/search/?q=installations'));
    expect((await searched(page)).marked[0]).toBe('Install');
    // A word being typed: its start is a start of the words found.
    await page.goto(at(site, 'en-us/search/?q=excha'));
    expect((await searched(page)).marked[0]).toMatch(/^Exchange\b/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('a best result matched nowhere in its text (Pagefind\'s answer to "exchnage" on the real corpus: letters of a data: image) is no result', async () => {
    const { context, page, problems } = await openPage(site);
    // Pagefind as the corpus's English index answered: 10 pages, none with the word, no locations.
    await page.route(/\/pagefind\/pagefind\.js(\?|$)/, (route) => route.fulfill({
      contentType: 'text/javascript',
      body: `export async function options() {}
        export async function search() {
          const page = (n) => ({ data: async () => ({ url: '/en-us/outlook-com-adding-emojis-' + n + '/', excerpt: 'Add emojis to your email.', locations: [], meta: { title: 'Emojis' } }) });
          return { results: Array.from({ length: 10 }, (_, n) => page(n)) };
        }`,
    }));
    await page.goto(at(site, 'en-us/search/?q=exchnage'));
    expect(await searched(page)).toEqual({ status: 'No results for “exchnage”.', marked: [] });
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * The search page's title names the query. It said only "Search" (lv "Meklēšana", nb "Søk"), so
 * every search in the browser's history and tabs read the same and a reader going back could not
 * tell them apart. Now it reads "“password” · Search · Alchemy Insights" in the page's language,
 * follows the field as the reader types (the keystrokes after a settled search share one history
 * entry, which is renamed), and is the plain title again when the field is emptied. Default site,
 * built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The titles of the tab's history entries, as the browser's history and Back menu list them. */
async function historyTitles(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = await cdp.send('Page.getNavigationHistory') as { entries: { title: string; url: string }[] };
  await cdp.detach();
  // The tab's blank first entry is no page of the site.
  return entries.slice(1).map((entry) => entry.title);
}

/** Searches from the header's field, as a reader does from any page. */
async function headerSearch(page: Page, query: string): Promise<void> {
  await page.locator('#header-q').fill(query);
  await page.locator('#header-q').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  await expect.poll(() => page.locator('#search-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

const CASES = [
  { locale: 'en-us', home: 'All advisories', search: 'Search', open: (q: string) => `“${q}” · Search`, second: 'email' },
  { locale: 'lv-lv', home: 'Visi padomi', search: 'Meklēšana', open: (q: string) => `“${q}” · Meklēšana`, second: 'e-pasts' },
  { locale: 'nb-no', home: 'Alle råd', search: 'Søk', open: (q: string) => `«${q}» · Søk`, second: 'e-post' },
];

describe.runIf(hasChromium)('search: the page title names the query (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const c of CASES) {
    it(`${c.locale}: two searches in history read “Microsoft” and “${c.second}”; typing renames the entry; an empty field gives the plain title`, async () => {
      const name = (title: string) => `${title} · Alchemy Insights`;
      const { context, page, problems } = await openPage(site);
      await page.goto(at(site, `${c.locale}/`));
      await headerSearch(page, 'Microsoft');
      expect(await page.title()).toBe(name(c.open('Microsoft')));
      await page.locator('#search-results a').first().click();
      await page.waitForURL((url) => !url.pathname.includes('/search/'));
      const article = await page.title();
      await headerSearch(page, c.second);
      await expect.poll(() => historyTitles(page)).toEqual([
        name(c.home), name(c.open('Microsoft')), article, name(c.open(c.second)),
      ]);

      // Typing on the search page: the title follows the field, in one new history entry
      // (search-history.test.ts: the search the page opened with keeps its own).
      await page.locator('#search-q').fill(`  ${c.second}   Microsoft `);
      await expect.poll(() => page.title()).toBe(name(c.open(`${c.second} Microsoft`)));
      await page.locator('#search-q').fill('');
      await expect.poll(() => page.title()).toBe(name(c.search));
      await page.locator('#search-q').fill('pasword');
      await expect.poll(() => historyTitles(page)).toEqual([
        name(c.home), name(c.open('Microsoft')), article, name(c.open(c.second)), name(c.open('pasword')),
      ]);

      // Back to the first search: its title is its own query's.
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await page.waitForURL(/\/search\/\?q=Microsoft$/);
      await expect.poll(() => page.title()).toBe(name(c.open('Microsoft')));
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }
});

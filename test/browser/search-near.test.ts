/**
 * A misspelt word says "no results", and offers what the start of it finds. Since the search page
 * stopped showing Pagefind's stand-ins (pages about "pas" for "pasword"), a reader who mistyped
 * got only "No results": now the page names the longest start of the word that words of the site
 * begin with, "Pages with words starting “pas”: Show them", in the page's language, and the button
 * shows those pages (password, past). Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const AAD = 'commercial-dialogues/aad-security-and-identity';

describe.runIf(hasChromium)('search: a misspelt word is offered the pages of its start (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('en-us "pasword": "No results", then "Pages with words starting “pas”: Show them"; the button shows the password page, with focus on it', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, 'en-us/search/?q=pasword'));
    expect(await searchSettled(page)).toEqual({
      status: 'No results for “pasword”.', offer: 'Pages with words starting “pas”: Show them', results: [],
    });
    await page.locator('.search-near button').click();
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Pages with words starting “pas”: 2.');
    const after = await searchSettled(page);
    expect(after.offer).toBeNull();
    expect(after.results).toContain(`/en-us/${AAD}/`);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe(after.results[0]);
    const marked = await page.locator('#search-results li', { has: page.locator(`a[href$="/en-us/${AAD}/"]`) }).locator('mark').allInnerTexts();
    expect(marked.map((word) => word.toLowerCase().slice(0, 3))).toContain('pas');

    // Opening one and coming back shows them again, not "no results" with the offer.
    await page.locator(`#search-results a[href$="/en-us/${AAD}/"]`).click();
    await page.waitForURL(new RegExp(`/en-us/${AAD}/$`));
    await page.goBack();
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toBe('Pages with words starting “pas”: 2.');
    expect((await searchSettled(page)).results).toEqual(after.results);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('in the page\'s language: lv-lv "paroless" offers “parol” (the Latvian password page), nb-no "pasword" «pas»', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, 'lv-lv/search/?q=paroless'));
    expect(await searchSettled(page)).toEqual({
      status: 'Nav rezultātu vaicājumam “paroless”.', offer: 'Lapas ar vārdiem, kas sākas ar “parol”: Rādīt tās', results: [],
    });
    await page.locator('.search-near button').click();
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Lapas ar vārdiem, kas sākas ar “parol”: 1.');
    expect((await searchSettled(page)).results).toEqual([`/lv-lv/${AAD}/`]);

    await page.goto(at(site, 'nb-no/search/?q=pasword'));
    expect(await searchSettled(page)).toEqual({
      status: 'Ingen treff for «pasword».', offer: 'Sider med ord som begynner på «pas»: Vis dem', results: [],
    });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('no offer for a word found, nor for one whose start no word shares ("xyzzyq"), nor for "reset pasword" (no page has "reset" and a word starting "pas")', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, 'en-us/search/?q=password'));
    expect(await searchSettled(page)).toEqual({ status: 'Results for “password”: 1.', offer: null, results: [`/en-us/${AAD}/`] });
    await page.goto(at(site, 'en-us/search/?q=xyzzyq'));
    expect(await searchSettled(page)).toEqual({ status: 'No results for “xyzzyq”.', offer: null, results: [] });
    await page.goto(at(site, 'en-us/search/?q=reset%20pasword'));
    expect((await searchSettled(page)).offer).toBeNull();
    // Typing on: a new query takes the offer away.
    await page.goto(at(site, 'en-us/search/?q=pasword'));
    expect((await searchSettled(page)).offer).not.toBeNull();
    await page.locator('#search-q').fill('password');
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Results for “password”: 1.');
    expect((await searchSettled(page)).offer).toBeNull();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

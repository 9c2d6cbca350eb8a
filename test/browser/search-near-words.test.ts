/**
 * A query of several words with one misspelt ("configure pasword") says no results and offers the
 * query with the misspelt word's start in its place: "Pages with “configure” and words starting
 * “pas”: Show them", in the page's language. Pagefind leaves out a word it has no start of, so the
 * page listed every page with "configure" as results for "configure pasword"; with a stand-in for
 * the word it found nothing and nothing was offered. Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const AAD = 'commercial-dialogues/aad-security-and-identity';
const SUBSCRIPTION = 'activate-or-reactivate-a-subscription';

describe.runIf(hasChromium)('search: a misspelt word among others is offered in its start\'s place (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('en-us "configure pasword": no results (not the pages with only "configure"), then the offer; its button shows the password page, focused, and Back shows it again', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, 'en-us/search/?q=configure%20pasword'));
    expect(await searchSettled(page)).toEqual({
      status: 'No results for “configure pasword”.', offer: 'Pages with “configure” and words starting “pas”: Show them', results: [],
    });
    await page.locator('.search-near button').click();
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Pages with “configure” and words starting “pas”: 1.');
    const after = await searchSettled(page);
    expect(after).toEqual({ status: 'Pages with “configure” and words starting “pas”: 1.', offer: null, results: [`/en-us/${AAD}/`] });
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe(`/en-us/${AAD}/`);
    expect(await page.locator('#search-results li mark').allInnerTexts()).toEqual(expect.arrayContaining(['Configure', 'password']));

    await page.locator(`#search-results a[href$="/en-us/${AAD}/"]`).click();
    await page.waitForURL(new RegExp(`/en-us/${AAD}/$`));
    await page.goBack();
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toBe('Pages with “configure” and words starting “pas”: 1.');
    expect((await searchSettled(page)).results).toEqual([`/en-us/${AAD}/`]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('in the page\'s language: lv-lv "jaukšanas parolles" offers “parol” with “jaukšanas”, nb-no "aktivere abonement" «abon» with «aktivere»', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, `lv-lv/search/?q=${encodeURIComponent('jaukšanas parolles')}`));
    expect(await searchSettled(page)).toEqual({
      status: 'Nav rezultātu vaicājumam “jaukšanas parolles”.', offer: 'Lapas ar “jaukšanas” un vārdiem, kas sākas ar “parol”: Rādīt tās', results: [],
    });
    await page.locator('.search-near button').click();
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Lapas ar “jaukšanas” un vārdiem, kas sākas ar “parol”: 1.');
    expect((await searchSettled(page)).results).toEqual([`/lv-lv/${AAD}/`]);

    await page.goto(at(site, 'nb-no/search/?q=aktivere%20abonement'));
    expect(await searchSettled(page)).toEqual({
      status: 'Ingen treff for «aktivere abonement».', offer: 'Sider med «aktivere» og ord som begynner på «abon»: Vis dem', results: [],
    });
    await page.locator('.search-near button').click();
    await expect.poll(() => page.locator('#search-status').innerText()).toMatch(/^Sider med «aktivere» og ord som begynner på «abon»: \d+\.$/);
    expect((await searchSettled(page)).results).toContain(`/nb-no/${SUBSCRIPTION}/`);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('"reset pasword" shows no page without "password" (the page with only "reset" was 1 result); no page has both, so nothing is offered', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    await page.goto(at(site, 'en-us/search/?q=reset%20pasword'));
    expect(await searchSettled(page)).toEqual({ status: 'No results for “reset pasword”.', offer: null, results: [] });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

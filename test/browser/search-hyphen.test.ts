/**
 * A word typed with or without its hyphen finds pages. Pagefind runs the parts of a hyphenated
 * word together ("e-mail" finds "email", "epost" finds "e-postadresse"), but the search page
 * judged each part alone ("mail" is no start of "email") and said "No results for “e-mail”" over
 * the 502 pages Pagefind found on the corpus (lv "epasts" 446, nb "epost" 523). Default site,
 * built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

describe.runIf(hasChromium)('search: hyphenated words (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('en-us "e-mail" finds what "email" finds; lv-lv "epasts" the pages with "e-pasta", "e-pastu"; nb-no "epost" what "e-post" finds', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    const go = async (path: string) => {
      await page.goto(at(site, path));
      const { status, results } = await searchSettled(page);
      return { status, results: results.sort() };
    };
    const email = await go('en-us/search/?q=email');
    expect(email.results.length).toBeGreaterThan(1);
    expect(await go('en-us/search/?q=e-mail')).toEqual({ status: `Results for “e-mail”: ${email.results.length}.`, results: email.results });

    const latvian = await go('lv-lv/search/?q=epasts');
    expect(latvian.status).toMatch(/^Rezultāti vaicājumam “epasts”: \d+\.$/);
    expect(latvian.results.length).toBeGreaterThan(1);
    const marked = await page.locator('#search-results mark').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^e-pas/);

    const post = await go('nb-no/search/?q=e-post');
    expect(post.results.length).toBeGreaterThan(1);
    expect(await go('nb-no/search/?q=epost')).toEqual({ status: `${post.results.length} treff for «epost».`, results: post.results });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

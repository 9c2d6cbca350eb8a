/**
 * A Latvian word typed without its marks finds what the word with them finds. Readers without a
 * Latvian keyboard type "pastkastem" for "pastkastēm": the search page cut no ending off it (the
 * endings it knew were "ēm", not "em"), and Pagefind, matching words that start with the query,
 * found only the pages with that one form: 1 of 2 on the default site, 31 of 186 on the corpus.
 * A hyphenated word was kept whole: "e-pasts" found only the pages with that form (46 of the
 * corpus; "e-pasta" is on 446). Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

describe.runIf(hasChromium)('search: Latvian typed without marks (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('"pastkastem" finds both pages "pastkastēm" finds (pastkastē, pastkastes), and says the query as typed', async () => {
    const { context, page, problems } = await openPage(site);
    const go = async (query: string) => {
      await page.goto(at(site, `lv-lv/search/?q=${encodeURIComponent(query)}`));
      await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
      return {
        status: await page.locator('#search-status').innerText(),
        results: (await page.locator('#search-results li a').evaluateAll((links) =>
          links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)))).sort(),
      };
    };
    const marked = await go('pastkastēm');
    expect(marked).toEqual({
      status: 'Rezultāti vaicājumam “pastkastēm”: 2.',
      results: ['/lv-lv/auto-replies-set-for-a-users-mailbox/', '/lv-lv/changing-shared-mailbox-send-as-behavior/'],
    });
    expect(await go('pastkastem')).toEqual({ status: 'Rezultāti vaicājumam “pastkastem”: 2.', results: marked.results });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('"e-pasts" (hyphenated, so it was kept whole) finds the pages with "e-pasta", "e-pastu", as "e-pasta" does', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    const go = async (query: string) => {
      await page.goto(at(site, `lv-lv/search/?q=${encodeURIComponent(query)}`));
      return (await searchSettled(page)).results.sort();
    };
    const forms = await go('e-pasta');
    expect(forms.length).toBeGreaterThan(1);
    expect(await go('e-pasts')).toEqual(forms);
    expect(await page.locator('#search-status').innerText()).toBe(`Rezultāti vaicājumam “e-pasts”: ${forms.length}.`);
    expect(await go('E-pastā')).toEqual(forms);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * The offer for a misspelt word must help: on the default site, which has no OneDrive page,
 * "onedrive" offered "Pages with words starting “one”": the word "one" and OneNote, nothing the
 * reader meant. A start is offered only when a word it finds is a typo or two from the word typed
 * ("password" for "pasword"). Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The status line and the offer under it (null while hidden), once the search and its offer have settled. */
async function settled(page: Page): Promise<{ status: string; offer: string | null }> {
  const { status, offer } = await searchSettled(page);
  return { status, offer };
}

describe.runIf(hasChromium)('search: only a helpful start is offered for a word no page has (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('"onedrive" (no page has it) is not offered the pages of "one", in any language; "pasword" still gets «pas»', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    for (const [locale, none] of [['en-us', 'No results for “onedrive”.'], ['lv-lv', 'Nav rezultātu vaicājumam “onedrive”.'], ['nb-no', 'Ingen treff for «onedrive».']]) {
      await page.goto(at(site, `${locale}/search/?q=onedrive`));
      expect(await settled(page), locale).toEqual({ status: none, offer: null });
    }
    // Nor in a query of two words; a typo still gets its offer.
    await page.goto(at(site, 'en-us/search/?q=onedrive%20sync'));
    expect((await settled(page)).offer).toBeNull();
    await page.goto(at(site, 'nb-no/search/?q=pasword'));
    expect(await settled(page)).toEqual({ status: 'Ingen treff for «pasword».', offer: 'Sider med ord som begynner på «pas»: Vis dem' });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

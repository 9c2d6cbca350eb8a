/**
 * Every image's alt text is searchable, and no image URL is. Pagefind indexes no alt text of its
 * own: only the first image's, as page metadata, which the pages stopped giving it (a data:
 * image's letters matched nonsense queries), so a reader searching for what a screenshot shows
 * ("Hurtigmenyspråklinje") found nothing. Fixture (alt-language): the real advisory hide-display-reset-language-bar,
 * lv-LV and nb-NO, three screenshots each; words of their alts appear nowhere else on the page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { fixtureSite, pagefindHits } from '../helpers/fixture-site.js';

const FIXTURE = join(ROOT, 'test/fixtures/alt-language');
const SLUG = 'hide-display-reset-language-bar';

/** The pages Pagefind finds for `query` and the words it marked in each. */
const hits = async (page: Page, query: string) => (await pagefindHits(page, query)).map(({ url, marked }) => ({ url, marked }));

/** The indexed text of the first page `query` finds. */
const pageText = async (page: Page, query: string) => (await pagefindHits(page, query))[0].content;

describe.runIf(hasChromium)('search index: image alt texts, not image URLs (real advisory with three screenshots)', () => {
  const site = fixtureSite(FIXTURE);

  it('nb-no: the second screenshot\'s alt ("Hurtigmenyspråklinje", a word only it has) finds the page, and all three alts are its text', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}nb-no/search/`);
    expect(await hits(page, 'hurtigmenyspråklinje')).toEqual([{ url: `/nb-no/${SLUG}/`, marked: ['Hurtigmenyspråklinje.'] }]);
    const content = await pageText(page, 'hurtigmenyspråklinje');
    for (const alt of ['Minimere språklinjen', 'Hurtigmenyspråklinje', 'Gjenopprette språklinjen']) expect(content).toContain(alt);
    await page.close();
  });

  it('lv-lv: the English alt a translation kept ("Pop out language bar") is found from the search page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}lv-lv/search/?q=${encodeURIComponent('language bar')}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toBe('Rezultāti vaicājumam “language bar”: 1.');
    expect(await page.locator('#search-results li mark').allInnerTexts()).toEqual(['language', 'bar.']);
    const content = await pageText(page, 'language');
    for (const alt of ['Valodu joslas minimizēšana', 'Pop out language bar', 'Valodu joslas atjaunošana']) expect(content).toContain(alt);
    await page.close();
  });

  it('en-us: the English alt is indexed; a Latvian alt the English page shows for want of an English one is not (no Latvian words in English results)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}en-us/search/`);
    for (const query of ['valodu', 'joslas']) expect(await hits(page, query), query).toEqual([]);
    const content = await pageText(page, 'language');
    expect(content).toContain('Pop out language bar');
    expect(content).not.toContain('Valodu');
    await page.close();
  });

  it('words of the images\' addresses ("media", "png", "restore") find nothing', async () => {
    const page = await site.browser.newPage();
    for (const locale of ['lv-lv', 'nb-no']) {
      await page.goto(`${site.url}${locale}/search/`);
      for (const query of ['media', 'png', 'restore']) expect(await hits(page, query), `${locale} ${query}`).toEqual([]);
    }
    await page.close();
  });
});

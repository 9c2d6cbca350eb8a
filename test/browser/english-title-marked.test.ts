/**
 * An advisory title that is its English original (a product name left as it is, a title the
 * translation kept in English) is marked as English wherever it shows on a Latvian or Norwegian
 * page: the breadcrumb, the home list, the tab's title and the search result. Unmarked, a screen
 * reader read "Verify your domain" with Norwegian pronunciation (48 pages of the shared corpus).
 * A translated title is not marked, nor is the same title on the English page. Whether a title is
 * English is decided by comparing it with its English original (the h1's English), not by its
 * letters. Fixture (english-titles): the real advisories microsoft-stream (both translations keep
 * "Microsoft Stream") and verify-your-domain (nb-NO keeps "Verify your domain", lv-LV translates it).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';

const FIXTURE = join(ROOT, 'test/fixtures/english-titles');

/** The language a screen reader reads an element's text in: its own or its nearest ancestor's `lang`. */
function languageOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => `${(e.textContent ?? '').trim()}: ${e.closest('[lang]')?.getAttribute('lang') ?? ''}`));
}

/** The <title> element's language (the tab's title; site name "Alchemy Insights" is English too). */
const titleLanguage = (page: Page) => page.evaluate(() => {
  const title = document.querySelector('title')!;
  return `${title.textContent}: ${title.closest('[lang]')?.getAttribute('lang') ?? ''}`;
});

describe.runIf(hasChromium)('an advisory title left in English is marked as English (real advisories)', () => {
  const site = fixtureSite(FIXTURE);

  it('nb-no: "Verify your domain" is English in the breadcrumb, the h1 and the tab title', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}nb-no/verify-your-domain/`);
    expect(await languageOf(page, '.breadcrumbs li[aria-current="page"]')).toEqual(['Verify your domain: en-US']);
    expect(await languageOf(page, 'h1 .seg-t')).toEqual(['Verify your domain: en-US']);
    expect(await titleLanguage(page)).toBe('Verify your domain · Alchemy Insights: en-US');
    await page.close();
  });

  it('lv-lv: the translated "Domēna pārbaude" stays Latvian everywhere; "Microsoft Stream" is English', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}lv-lv/verify-your-domain/`);
    expect(await languageOf(page, '.breadcrumbs li[aria-current="page"]')).toEqual(['Domēna pārbaude: lv-LV']);
    expect(await titleLanguage(page)).toBe('Domēna pārbaude · Alchemy Insights: lv-LV');
    await page.goto(`${site.url}lv-lv/microsoft-stream/`);
    expect(await languageOf(page, '.breadcrumbs li[aria-current="page"]')).toEqual(['Microsoft Stream: en-US']);
    expect(await titleLanguage(page)).toBe('Microsoft Stream · Alchemy Insights: en-US');
    await page.close();
  });

  it('the homes list each title in its own language; the English home marks nothing', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}lv-lv/`);
    expect(await languageOf(page, '#advisories a')).toEqual(['Domēna pārbaude: lv-LV', 'Microsoft Stream: en-US']);
    await page.goto(`${site.url}nb-no/`);
    expect(await languageOf(page, '#advisories a')).toEqual(['Microsoft Stream: en-US', 'Verify your domain: en-US']);
    await page.goto(`${site.url}en-us/`);
    expect(await page.locator('#advisories [lang]').count()).toBe(0);
    await page.goto(`${site.url}en-us/verify-your-domain/`);
    expect(await page.locator('title').getAttribute('lang')).toBeNull();
    await page.close();
  });

  it('search results: an English title is marked as English, a translated one is not', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}nb-no/search/?q=domain`);
    await expect.poll(() => page.locator('#search-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await languageOf(page, '#search-results li > a')).toEqual(['Verify your domain: en-US']);
    await page.goto(`${site.url}lv-lv/search/?q=${encodeURIComponent('domēna')}`);
    await expect.poll(() => page.locator('#search-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await languageOf(page, '#search-results li > a')).toEqual(['Domēna pārbaude: lv-LV']);
    await page.close();
  });
});

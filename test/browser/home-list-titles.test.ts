/**
 * A home's list as a reader scans and filters it. Titles sort from their first letter or digit:
 * a translation that opened its title with a dash, a full stop or a quote ("— IgnoreLegalhold
 * slēdzis", ". uk domēna pārsūtīšana", "“Atvērt ar Explorer“ …") put it at the top of the A–Z
 * list, the first thing the home showed (6 lv-LV and 3 nb-NO titles of the shared corpus). And
 * the filter, "Filter by title", matches titles only: it also matched each item's
 * machine-translation badge and date, so lv "tulko" showed 2,569 of 2,909 advisories (no title
 * has the word), nb "maskin" 2,630 (12 titles have it), "2020" every page of that year.
 * Fixture (punctuated-titles): three real advisories in lv-LV and nb-NO, all machine-translated,
 * all dated 2020.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';

const FIXTURE = join(ROOT, 'test/fixtures/punctuated-titles');

/** Titles of the advisories the list shows, top to bottom. */
async function shownTitles(page: Page): Promise<string[]> {
  return (await page.locator('#advisories li:not([hidden]) > a').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Types into the home's filter and waits for its count line. */
async function filterBy(page: Page, text: string): Promise<string> {
  await page.locator('#filter').fill(text);
  await expect.poll(() => page.locator('#filter-status').innerText()).not.toBe('');
  return page.locator('#filter-status').innerText();
}

describe.runIf(hasChromium)('home list: titles in the order of their words, filtered by title only (real advisories)', () => {
  const site = fixtureSite(FIXTURE, ['--no-search']);

  it('lv-lv and nb-no: A–Z sorts a title from its first letter, past a leading dash, full stop or quote', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}lv-lv/`);
    expect(await shownTitles(page)).toEqual([
      '“Atvērt ar Explorer“ problēmu novēršana pakalpojumā SharePoint darbam tiešsaistē',
      '— IgnoreLegalhold slēdzis',
      '. uk domēna pārsūtīšana',
    ]);
    await page.locator('#sort').selectOption('title-desc');
    expect((await shownTitles(page))[0]).toBe('. uk domēna pārsūtīšana');
    await page.goto(`${site.url}nb-no/`);
    expect(await shownTitles(page)).toEqual([
      'Feilsøke problemer med «Åpne med Utforsker» i SharePoint Online',
      '– IgnoreLegalhold- bryter',
      '.uk domeneoverføringer',
    ]);
    await page.close();
  });

  it('the filter finds words of the titles, not of the machine-translation badge or the date', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}lv-lv/`);
    expect(await page.locator('#advisories .badge').count()).toBe(3);
    expect(await filterBy(page, 'tulko')).toBe('Rāda 0 no 3');
    expect(await filterBy(page, '2020')).toBe('Rāda 0 no 3');
    expect(await filterBy(page, 'domēna')).toBe('Rāda 1 no 3');
    expect(await shownTitles(page)).toEqual(['. uk domēna pārsūtīšana']);
    await page.goto(`${site.url}nb-no/?filter=maskin`);
    await expect.poll(() => page.locator('#filter-status').innerText()).toBe('0 av 3 vises');
    await page.close();
  });
});

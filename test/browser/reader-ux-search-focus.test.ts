/**
 * Searching from the header: the search page opened with the keyboard at the top of the page
 * (Tab went through the skip link, the header, the language links and the form before a result),
 * and a screen reader started reading from the top. Now focus starts at the status line once the
 * results are shown (it says how many; Tab goes on to the first result, Shift+Tab back to the
 * form), and in the field when there is no query yet. Back from a result is left as it was.
 * Chromium drew its focus box around that status line on every arrival, also for a reader who
 * searched with the mouse, as if it were a control: it is focused without the box; the results
 * keep theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { afterFrames } from './page-settled.js';
import { searchSettled, trackSearches } from './search-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

/** The focused element's id (or tag) and the outline the browser draws around it. */
function focusedOutline(page: Page): Promise<{ focused: string; outline: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { focused: element.id || element.tagName.toLowerCase(), outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

describe.runIf(hasChromium)('focus on the search page (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`"Gatavošanās" typed in the header of lv-lv/${TLS} and Enter: focus is on the result count; Tab reaches the first result`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#header-q').fill('Gatavošanās');
    await page.locator('#header-q').press('Enter');
    await page.waitForURL(/\/lv-lv\/search\/\?q=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('search-status');
    expect(await page.locator('#search-status').innerText()).toMatch(/Gatavošanās/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results li') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#search-results li a'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-form') !== null)).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('the search page without a query (the header search sent empty): focus is in the search field', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/'));
    await page.locator('.header-search button[type="submit"]').click();
    await page.waitForURL(/\/lv-lv\/search\//);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('focus the reader moved before the results came stays where they put it', async () => {
    const { context, page, problems } = await openPage(site);
    await trackSearches(page);
    // Pagefind's script held back, so the reader acts before any result is shown.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\/pagefind\/pagefind\.js(\?|$)/, async (route) => { await held; await route.fallback(); });
    await page.goto(at(site, 'lv-lv/search/?q=Microsoft'));
    await page.locator('.lang-switch a[data-locale="nb-NO"]').focus();
    release();
    // The search is done and the page has drawn frames since: focus would have moved by now.
    await searchSettled(page);
    await afterFrames(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-locale'))).toBe('nb-NO');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('nb-no: "passord" typed in the header and its button clicked: the count has focus and no box; Tab puts the box on the first result', async () => {
    const { context, page, problems } = await openPage(site, { width: 390 });
    await page.goto(at(site, 'nb-no/'));
    await page.locator('#header-q').click();
    await page.keyboard.type('passord');
    await page.locator('.header-search button[type="submit"]').click();
    await page.waitForURL(/\/nb-no\/search\/\?q=passord$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('search-status');
    expect(await focusedOutline(page)).toEqual({ focused: 'search-status', outline: 'none' });
    await page.keyboard.press('Tab');
    expect(await focusedOutline(page)).toEqual({ focused: 'a', outline: 'solid 3px' });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv: a link to a search opened: the count has focus and no box', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/?q=parole'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('search-status');
    expect(await focusedOutline(page)).toEqual({ focused: 'search-status', outline: 'none' });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

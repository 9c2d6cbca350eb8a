/**
 * The result count on the search page takes focus on arrival (reader-ux-search-focus.test.ts:
 * a screen reader says how many, Tab goes on to the first result), and Chromium drew its focus
 * box around that line of text on every arrival, also for a reader who searched with the mouse,
 * as if it were a control. It is focused without the box now; the results keep theirs. Default
 * site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The focused element's id (or tag) and the outline the browser draws around it. */
function focusedOutline(page: Page): Promise<{ focused: string; outline: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { focused: element.id || element.tagName.toLowerCase(), outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

describe.runIf(hasChromium)('search: the result count is focused without a focus box (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

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

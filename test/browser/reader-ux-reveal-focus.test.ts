/**
 * Reveal mode's popups and the keyboard: the tab order is what the reader sees, and a popup opens
 * under its sentence (it opened at the article's left edge, under another table cell). A sentence's
 * English popup is a glimpse (the mouse passes through it), so a link in it is no tab stop: Tab
 * went from the sentence into the English link only when moving forwards (backwards the popup was
 * still closed, so it was skipped), and Escape there left the popup open around the focus. The
 * translation's own link stays a tab stop, and Escape on it closes the popup, focus kept.
 * lv-lv/access-reviews: sentences 104, 106 and 107 link to Microsoft Docs in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** The focused element: a sentence by id, a link by its text; whether it shows and is in a popup. */
const focused = (page: Page) => page.evaluate(() => {
  const a = document.activeElement as HTMLElement;
  return {
    what: a.id || `link: ${a.textContent!.trim().slice(0, 24)}`,
    visible: a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden',
    inPopup: a.closest('.seg-en') !== null,
  };
});

async function tabs(page: Page, key: 'Tab' | 'Shift+Tab', count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    const now = await focused(page);
    expect(now.visible, `${now.what} is a tab stop the reader can see`).toBe(true);
    expect(now.inPopup, `${now.what} is in a popup`).toBe(false);
    seen.push(now.what);
    await page.keyboard.press(key);
  }
  return seen;
}

describe.runIf(hasChromium)('reveal mode: tab order and popups (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('lv-lv/access-reviews: Tab and Shift+Tab visit the same stops, none of them in a popup', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'lv-lv/access-reviews/'));
    await page.locator('#seg-104').focus();
    const forwards = await tabs(page, 'Tab', 6);
    // The sentences are one tab stop (reader.js): Tab goes from the sentence to its link, then to the next link.
    expect(forwards.slice(0, 3)).toEqual(['seg-104', 'link: pakotnes piekļuves versi', 'link: pakotnes piekļuve AZURE ']);
    // Tab was pressed 6 times: focus is one stop on, where Shift+Tab starts.
    const backwards = await tabs(page, 'Shift+Tab', 7);
    expect(backwards.slice(1)).toEqual([...forwards].reverse());
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv/access-reviews: Escape on the link in a sentence closes its popup and keeps focus on the link', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'lv-lv/access-reviews/'));
    await page.locator('#seg-104').focus();
    await page.keyboard.press('Tab');
    const popup = page.locator('#seg-104 > .seg-en');
    expect(await popup.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await popup.isVisible()).toBe(false);
    expect((await focused(page)).what).toBe('link: pakotnes piekļuves versi');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).what).toBe('seg-104');
    expect(await popup.isVisible(), 'still closed: focus did not leave the sentence').toBe(false);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await popup.isVisible(), 'open again when focus comes back').toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv/access-reviews: side by side, where the English is text on the page, its links are tab stops', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'lv-lv/access-reviews/'));
    expect(await page.locator('main .seg-en a[tabindex="-1"]').count()).toBeGreaterThan(0);
    await page.locator('.reader-toolbar button[data-mode="sbs"]').click();
    expect(await page.locator('main .seg-en a[tabindex]').count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('nb-no/includes/alchemyinsights-content-updates: the English of a cell in the last column opens under that cell, inside the article', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'nb-no/includes/alchemyinsights-content-updates/'));
    const seg = page.locator('main tr:nth-child(3) td:last-child .seg[tabindex]').first();
    await seg.focus();
    const popup = seg.locator(':scope > .seg-en');
    await expect.poll(() => popup.isVisible()).toBe(true);
    // Placed on the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const [cell, english, article] = await Promise.all([seg.boundingBox(), popup.boundingBox(), page.locator('main .advisory').boundingBox()]);
    expect(english!.x + english!.width, 'it reaches under the cell, not only the article\'s left edge').toBeGreaterThan(cell!.x);
    expect(english!.x + english!.width, 'and ends inside the article').toBeLessThanOrEqual(article!.x + article!.width + 1);
    expect(english!.y).toBeGreaterThanOrEqual(cell!.y + cell!.height - 1);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

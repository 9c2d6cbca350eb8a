/**
 * A keyboard-only reader reads down an advisory with Page Down, then presses Tab to reach the
 * language links: the page stays where they were reading (the skip link, the first tab stop, and
 * the header's links are shown where the reader is, not scrolled to), and Enter on Norwegian opens
 * it at the sentence they were at. Before, the first Tab jumped to the top of the page (the skip
 * link sat at the document's start), and in the header the browser scrolled hundreds of pixels
 * up, so the language link carried no place or the wrong one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const ACTIVATE = 'activate-or-reactivate-a-subscription';

/** Presses Page Down `times` times and waits until the (smooth) scrolling stops; the page's offset. */
async function pageDown(page: Page, times: number): Promise<number> {
  for (let i = 0; i < times; i++) await page.keyboard.press('PageDown');
  let last = -1;
  await expect.poll(async () => {
    const y = await page.evaluate(() => window.scrollY);
    const settled = y === last;
    last = y;
    return settled;
  }, { interval: 150 }).toBe(true);
  return last;
}

describe.runIf(hasChromium)('keyboard: Tab to the language links keeps the place (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const [label, width, mode] of [['desktop', 1280, 'off'], ['phone', 390, 'reveal']] as const) {
    it(`lv-lv/${ACTIVATE} at ${label} width (${mode} mode): Page Down, Tab to Norsk bokmål, Enter: the page never jumps, Norwegian opens at the sentence`, async () => {
      const { context, page, problems } = await openPage(site, { width, height: 700 });
      await page.addInitScript((m) => localStorage.setItem('tolk.bilingual', m), mode);
      await page.goto(at(site, `lv-lv/${ACTIVATE}/`));
      const y = await pageDown(page, 3);
      expect(y).toBeGreaterThan(300);
      const place = await page.evaluate(() => {
        const segs = [...document.querySelectorAll('main .seg[id]')];
        return segs.find((s) => s.getBoundingClientRect().bottom > 1)!.id;
      });

      const offsets: number[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        await page.evaluate(() => new Promise(requestAnimationFrame));
        offsets.push(await page.evaluate(() => window.scrollY));
        if (await page.evaluate(() => document.activeElement?.getAttribute('data-locale')) === 'nb-NO') break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-locale'))).toBe('nb-NO');
      // The reader's page did not move while they tabbed through the skip link and the header.
      expect(offsets.every((o) => Math.abs(o - y) <= 2), offsets.join(', ')).toBe(true);
      // The link they reached is on screen, in the header shown over the text.
      const box = await page.locator('.lang-switch a[data-locale="nb-NO"]').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Enter');
      await page.waitForURL(/\/nb-no\//);
      const hash = new URL(page.url()).hash;
      expect(hash).toMatch(/^#seg-\d+$/);
      // At most a sentence or two from where the reader was (the header covers the first lines).
      expect(Math.abs(Number(hash.slice(5)) - Number(place.slice(4)))).toBeLessThanOrEqual(3);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }
});

/**
 * Reveal mode on a phone: a long sentence whose English is as long fits neither with its popup
 * under it nor above it. content/'s nb-no/declined-credit-card 92bc2-p103 (`#seg-108`, a merged
 * sentence of 9 lines at 320 px): reached with ↑, its English ran 84 px past the bottom of the
 * window ("…Your bank can also tell you if your credit card is" and no more), and ↑ and ↓, which
 * go from sentence to sentence, could not scroll to the rest. Now the page moves up until the
 * popup's end shows, the sentence's start still in view; pointing with the mouse moves nothing.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { CONTENT } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';
import { tempDir } from '../helpers/temp-dir.js';
import { afterFrames, animationsDone } from './page-settled.js';

const SLUG = 'declined-credit-card';

function fixture(): string {
  const dir = tempDir('tolk-popup-window-');
  // Both languages: aligned with Latvian's 108, 109, 110, the merged sentence is `#seg-108`.
  for (const locale of ['lv-LV', 'nb-NO']) cpSync(join(CONTENT, locale, `${SLUG}.md`), join(dir, locale, `${SLUG}.md`));
  return dir;
}

interface Boxes { sentenceTop: number; popupBottom: number; popupHeight: number; visibleTop: number; windowHeight: number }

function boxes(page: Page): Promise<Boxes> {
  return page.locator('#seg-108').evaluate((seg) => {
    const popup = seg.querySelector(':scope > .seg-en')!.getBoundingClientRect();
    return {
      sentenceTop: seg.getBoundingClientRect().top, popupBottom: popup.bottom, popupHeight: popup.height,
      visibleTop: Math.max(document.querySelector('.site-header')!.getBoundingClientRect().bottom, 0), windowHeight: window.innerHeight,
    };
  });
}

describe.runIf(hasChromium)('reveal mode: a popup too long for either side of its sentence', () => {
  const site = fixtureSite(fixture(), ['--no-search']);

  it('nb-no 92bc2-p103 at 320 × 640, reached with ↑: the whole English shows, and the sentence starts below the header', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    const page = await context.newPage();
    await page.goto(`${site.url}nb-no/${SLUG}/`);
    await page.locator('main .seg[tabindex="0"]').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('seg-108');
    await expect.poll(async () => {
      const b = await boxes(page);
      return b.popupHeight > 0 && b.popupBottom <= b.windowHeight + 1 && b.sentenceTop >= b.visibleTop;
    }, { timeout: 3000 }).toBe(true);
    const b = await boxes(page);
    // It is that long: it cannot fit under a shown header, so the header has made room.
    expect(b.sentenceTop).toBeGreaterThanOrEqual(0);
    expect(b.popupBottom).toBeLessThanOrEqual(b.windowHeight + 1);
    await context.close();
  });

  it('pointing at the sentence shows its popup where it is and does not move the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    const page = await context.newPage();
    await page.goto(`${site.url}nb-no/${SLUG}/`);
    // The sentence (300 px high) 200 px from the top of the window: its popup (280 px) fits neither
    // under it, where it runs past the window's end, nor above it. (At 300 px it opened above, and
    // a page moved by pointing went unnoticed.)
    await page.locator('#seg-108').evaluate((seg) => window.scrollTo(0, seg.getBoundingClientRect().top + window.scrollY - 200));
    // The page has seen the scroll (the header has slid away).
    await animationsDone(page);
    const y = await page.evaluate(() => window.scrollY);
    const top = await page.locator('#seg-108').evaluate((seg) => seg.getBoundingClientRect().top);
    await page.mouse.move(40, top + 10);
    await expect.poll(async () => (await boxes(page)).popupHeight).toBeGreaterThan(0);
    // Placing the popup takes a frame, and moving the page for it one more (reader.js): by then it would have moved.
    await afterFrames(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    // It shows where it is: under the sentence, its end below the window's.
    const b = await boxes(page);
    expect(b.popupBottom).toBeGreaterThan(b.windowHeight);
    await context.close();
  });
});

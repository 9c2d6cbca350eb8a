/**
 * Keyboard reading on a phone: the header slides away while the reader goes down the page and
 * comes back when they go up. Going back up with Shift+Tab, the element that gets focus must not
 * end up under the returning header (it did on the first step up: the header's box was measured
 * while it was only starting to slide in, so the page was not moved).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

// content/lv-LV: 17 sentences, each a tab stop in reveal mode, and links.
const PAGE = 'lv-lv/cannot-access-public-folders/';

interface Focus { what: string; top: number; headerBottom: number; away: boolean; y: number }

/** Where the focused element and the header are, once the header's slide (0.2 s) is over. */
async function focusState(page: Page): Promise<Focus> {
  await page.waitForTimeout(350);
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    const header = document.querySelector('.site-header') as HTMLElement;
    return {
      what: a.id || a.tagName, top: a.getBoundingClientRect().top,
      headerBottom: header.getBoundingClientRect().bottom, away: header.classList.contains('header-away'), y: window.scrollY,
    };
  });
}

describe.runIf(hasChromium)('keyboard reading with the sliding header (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`${PAGE} in reveal mode at 375 × 480: after tabbing down, each Shift+Tab back up leaves the focused element below the header`, async () => {
    const { context, page, problems } = await openPage(site, { width: 375, height: 480 });
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, PAGE));
    let state = await focusState(page);
    for (let i = 0; i < 60 && !(state.away && state.y > 600); i++) {
      await page.keyboard.press('Tab');
      state = await focusState(page);
    }
    expect(state.away, 'the header went away while tabbing down').toBe(true);

    const covered: string[] = [];
    let wentUp = 0;
    for (let i = 0; i < 40 && wentUp < 3; i++) {
      const before = state.y;
      await page.keyboard.press('Shift+Tab');
      state = await focusState(page);
      if (state.y < before) wentUp++;
      if (!state.away && state.top < state.headerBottom) covered.push(`${state.what}: top ${Math.round(state.top)}, header to ${Math.round(state.headerBottom)}`);
    }
    expect(wentUp, 'Shift+Tab scrolled the page up').toBeGreaterThan(0);
    expect(covered).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * Keyboard reading on a phone: the header slides away while the reader goes down the page and
 * comes back when they go up. Going back up with Shift+Tab, the element that gets focus must not
 * end up under the returning header (it did on the first step up: the header's box was measured
 * while it was only starting to slide in, so the page was not moved).
 * Arriving at a sentence (#seg-…, as after a language switch) in reveal mode highlights it without
 * opening its English popup over the lines below (the browser focused it, and focus opened it);
 * ↓ goes on from that sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

// content/lv-LV: 17 sentences (one tab stop in reveal mode), and links.
const PAGE = 'lv-lv/cannot-access-public-folders/';
const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

interface Focus { what: string; top: number; headerBottom: number; away: boolean; y: number }

/**
 * Once what a key press set going is over: two frames (the scroll handler runs in one), then no
 * transition or animation running (the header's 0.2 s slide), however slow the machine.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Where the focused element and the header are, once the header's slide is over. */
async function focusState(page: Page): Promise<Focus> {
  await settled(page);
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

  it(`nb-no/${TLS}#seg-103 in reveal mode: the sentence is highlighted, its English popup stays closed; ↓ goes on to the next sentence, which shows its own`, async () => {
    const { context, page, problems } = await openPage(site, { width: 375, height: 640 });
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `nb-no/${TLS}/#seg-103`));
    await page.waitForLoadState('load');
    await settled(page);
    expect(await page.locator('#seg-103').evaluate((e) => e.matches(':target'))).toBe(true);
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(false);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('seg-104');
    await expect.poll(() => page.locator('#seg-104 > .seg-en').isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

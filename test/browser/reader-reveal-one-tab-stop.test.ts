/**
 * Reveal mode's sentences are one tab stop (WAI-ARIA's roving tabindex), not one each: a keyboard
 * reader deep in lv-lv/activate-or-reactivate-a-subscription (23 sentences) pressed Shift+Tab 34
 * times to get back to the header's language links, through every sentence before; Tab on to the
 * footer was as long. Now the stop is the sentence focused last (else the first), ↑ and ↓ (Home,
 * End) go from sentence to sentence and show each one's English, and Tab and Shift+Tab pass only
 * the controls (links, the mode buttons), as in the other modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const ACTIVATE = 'lv-lv/activate-or-reactivate-a-subscription/';
const EN_103 = 'Activate a subscription';

/** Where focus is: a sentence by id, else the element and the part of the page it is in. */
const focused = (page: Page) => page.evaluate(() => {
  const a = document.activeElement as HTMLElement;
  const where = a.closest('.site-header') ? 'header' : a.closest('.reader-toolbar') ? 'toolbar'
    : a.closest('footer') ? 'footer' : a.closest('main') ? 'main' : 'page';
  return { seg: a.matches('main .seg') ? a.id : null, where };
});

/** Presses `key` until focus is in `where`; the sentences passed on the way and the presses. */
async function pressUntil(page: Page, key: string, where: string, limit = 60): Promise<{ presses: number; sentences: string[] }> {
  const sentences: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now.where === where) return { presses, sentences };
    if (now.seg) sentences.push(now.seg);
  }
  throw new Error(`${key} never reached the ${where} (sentences passed: ${sentences.join(' ')})`);
}

const tabStops = (page: Page) => page.locator('main .seg[tabindex="0"]').evaluateAll((els) => els.map((e) => e.id));

describe.runIf(hasChromium)('reveal mode: the sentences are one tab stop (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`${ACTIVATE}: from a sentence near the end, Shift+Tab reaches the header and Tab the footer without passing another sentence`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, ACTIVATE));
    expect(await page.locator('main .seg[tabindex]').count(), 'every translated sentence can still be focused').toBe(23);
    await page.locator('#seg-123').focus();
    const back = await pressUntil(page, 'Shift+Tab', 'header');
    expect(back.sentences).toEqual([]);
    // The article's links and the three mode buttons, then the header's last control.
    expect(back.presses).toBeLessThanOrEqual(13);

    await page.locator('#seg-110').focus();
    const on = await pressUntil(page, 'Tab', 'footer');
    expect(on.sentences).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`${ACTIVATE}: ↓ and ↑ go from sentence to sentence and show its English; Home and End go to the first and last; the stop is the sentence focused last`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, ACTIVATE));
    expect(await tabStops(page), 'before any is focused, the first').toEqual(['seg-102']);
    await page.locator('#seg-102').focus();
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).seg).toBe('seg-103');
    const english = page.locator('#seg-103 > .seg-en');
    await expect.poll(() => english.isVisible()).toBe(true);
    expect((await english.innerText()).trim()).toBe(EN_103);
    expect(await tabStops(page)).toEqual(['seg-103']);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).seg).toBe('seg-102');
    await page.keyboard.press('End');
    expect((await focused(page)).seg).toBe('seg-124');
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).seg, 'at the last sentence ↓ stays there').toBe('seg-124');
    await page.keyboard.press('Home');
    expect((await focused(page)).seg).toBe('seg-102');

    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).seg).toBe('seg-108');
    // Out to the mode buttons and back in: Tab comes back to the sentence the reader left.
    await pressUntil(page, 'Shift+Tab', 'toolbar');
    let back: string | null = null;
    for (let i = 0; i < 12 && !back; i++) {
      await page.keyboard.press('Tab');
      back = (await focused(page)).seg;
    }
    expect(back).toBe('seg-108');
    // Switching to side by side and back keeps it.
    await page.locator('.reader-toolbar button[data-mode="sbs"]').click();
    expect(await page.locator('main .seg[tabindex]').count()).toBe(0);
    await page.locator('.reader-toolbar button[data-mode="reveal"]').click();
    expect(await tabStops(page)).toEqual(['seg-108']);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`${ACTIVATE} on a phone (390 px, touch): a tapped sentence shows its English and becomes the stop`, async () => {
    const { context, page, problems } = await openPage(site, { width: 390, height: 700, touch: true });
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, ACTIVATE));
    await page.locator('#seg-103 > .seg-t').tap();
    await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    expect(await tabStops(page)).toEqual(['seg-103']);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  for (const mode of ['off', 'sbs'] as const) {
    it(`${ACTIVATE} in ${mode} mode: no sentence is focusable and ↓ scrolls the page as before`, async () => {
      const { context, page, problems } = await openPage(site);
      await page.addInitScript((m) => localStorage.setItem('tolk.bilingual', m), mode);
      await page.goto(at(site, ACTIVATE));
      expect(await page.locator('main .seg[tabindex]').count()).toBe(0);
      await page.locator('main h1').click();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }
});

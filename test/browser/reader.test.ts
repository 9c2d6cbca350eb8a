/**
 * Issue 3 in a real browser: the language switcher keeps the advisory (and the reader's
 * place), remembers the choice, marks missing languages; the bilingual reading modes show the
 * English sentence on hover/focus (reveal) or in an aligned column (side by side).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, ensureResultsDir, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
// English of content/lv-LV/prepare-for-use-of-tls-1-2-in-office-365.md, a4db7-102 and a4db7-103.
const EN_102 = 'Prepare for use of TLS 1.2 in Microsoft 365';
const EN_103 = 'As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

async function chooseMode(page: Page, mode: 'off' | 'reveal' | 'sbs'): Promise<void> {
  await page.locator(`.reader-toolbar button[data-mode="${mode}"]`).click();
  await expect.poll(() => page.locator('html').getAttribute('data-bilingual')).toBe(mode);
}

/** Box of an element in viewport coordinates. */
async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box (not displayed)');
  return b;
}

describe.runIf(hasChromium)('reader: language switcher and bilingual modes (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`lv-lv/${TLS}: the Norwegian link lands on nb-no/${TLS}/ at a segment, and the choice is remembered by the root page`, async () => {
    const { context, page, problems } = await openPage(site, { height: 600 });
    await page.goto(at(site, `lv-lv/${TLS}/`));
    // A little scrolled, with the switcher still in view: the site carries the reader's place.
    await page.evaluate(() => window.scrollTo(0, 12));
    await page.locator('.lang-switch a[data-locale="nb-NO"]').click();
    await page.waitForURL(/\/nb-no\//);
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(`/nb-no/${TLS}/`);
    expect(landed.hash).toMatch(/^#seg-\d+$/);
    await expect.poll(() => page.locator(landed.hash).count()).toBe(1);
    expect(await page.locator(`${landed.hash} > .seg-t`).getAttribute('lang')).toBe('nb-NO');

    expect(await page.evaluate(() => localStorage.getItem('tolk.locale'))).toBe('nb-NO');
    await page.goto(site.url);
    await page.waitForURL(/\/nb-no\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb-NO');
    expectNoProblems(problems);
    await context.close();
  });

  it('the root page without a remembered language follows the browser language (en-US → en-us/)', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(site.url);
    await page.waitForURL(/\/en-us\/$/);
    expectNoProblems(problems);
    await context.close();
  });

  it('lv-lv/tls-certificates (only in content/lv-LV): Norwegian is shown as unavailable, not a link; English is a link', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/tls-certificates/'));
    const switcher = page.locator('.lang-switch');
    await expect.poll(() => switcher.locator('a[data-locale="nb-NO"], a[hreflang="nb-NO"]').count()).toBe(0);
    const norwegian = switcher.locator('[lang="nb-NO"]');
    expect(await norwegian.count()).toBe(1);
    expect(await norwegian.evaluate((el) => el.closest('a') === null)).toBe(true);
    expect(await norwegian.innerText()).toContain('Norsk bokmål');
    expect(await switcher.locator('a[data-locale="en-US"]').getAttribute('href')).toBe('/en-us/tls-certificates/');
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${TLS}: choosing a mode a little scrolled down keeps the pressed button where it was, in view and focused`, async () => {
    const { context, page, problems } = await openPage(site, { width: 390, height: 844 });
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.evaluate(() => window.scrollTo(0, 60));
    const sbs = page.locator('.reader-toolbar button[data-mode="sbs"]');
    const before = await box(sbs);
    expect(before.y).toBeGreaterThan(0);
    await sbs.focus();
    await page.keyboard.press('Enter');
    expect(await sbs.getAttribute('aria-pressed')).toBe('true');
    const after = await box(sbs);
    expect(Math.abs(after.y - before.y)).toBeLessThan(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mode'))).toBe('sbs');
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${TLS} reveal mode: hovering a4db7-103 shows its English; Tab to a segment (a4db7-102) shows it too`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    const en103 = page.locator('#seg-103 > .seg-en');
    await expect.poll(() => en103.isVisible()).toBe(false);

    await chooseMode(page, 'reveal');
    expect(await page.locator('.reader-toolbar button[data-mode="reveal"]').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => en103.isVisible()).toBe(false);
    await page.locator('#seg-103 > .seg-t').hover();
    await expect.poll(() => en103.isVisible()).toBe(true);
    expect((await en103.innerText()).trim()).toBe(EN_103);
    await page.mouse.move(1, 1);
    await expect.poll(() => en103.isVisible()).toBe(false);

    // Keyboard: from the toolbar, Tab moves on to the first segment (the title).
    let focusedSeg: string | null = null;
    for (let i = 0; i < 10 && !focusedSeg; i++) {
      await page.keyboard.press('Tab');
      focusedSeg = await page.evaluate(() => (document.activeElement?.classList.contains('seg') ? document.activeElement.id : null));
    }
    expect(focusedSeg).toBe('seg-102');
    const en102 = page.locator('#seg-102 > .seg-en');
    await expect.poll(() => en102.isVisible()).toBe(true);
    expect((await en102.innerText()).trim()).toBe(EN_102);
    // Escape closes it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => en102.isVisible()).toBe(false);
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${TLS} off mode: hovering a4db7-103 keeps the English hidden and segments are not tab stops`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await chooseMode(page, 'reveal');
    await chooseMode(page, 'off');
    await page.locator('#seg-103 > .seg-t').hover();
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(false);
    expect(await page.locator('main .seg[tabindex]').count()).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${TLS} side by side: each segment's translation and English sit in one row, English on the right; mode remembered`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await chooseMode(page, 'sbs');
    for (const key of ['102', '103', '104', '108', '109']) {
      const t = await box(page.locator(`#seg-${key} > .seg-t`));
      const en = await box(page.locator(`#seg-${key} > .seg-en`));
      expect(Math.abs(en.y - t.y), `seg-${key} row top`).toBeLessThanOrEqual(1);
      expect(en.x, `seg-${key} English to the right`).toBeGreaterThanOrEqual(t.x + t.width);
    }
    expect((await page.locator('#seg-103 > .seg-en').innerText()).trim()).toBe(EN_103);
    await page.screenshot({ path: join(ensureResultsDir(), `lv-lv-${TLS}-side-by-side.png`), fullPage: true });

    // Remembered across page loads, and on another advisory in another language.
    await page.reload();
    expect(await page.locator('html').getAttribute('data-bilingual')).toBe('sbs');
    expect(await page.locator('.reader-toolbar button[data-mode="sbs"]').getAttribute('aria-pressed')).toBe('true');
    await page.goto(at(site, `nb-no/${TLS}/`));
    expect(await page.locator('html').getAttribute('data-bilingual')).toBe('sbs');
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });

  it(`nb-no/${TLS} (machine-translated seed): the MT banner links to the English original; screenshot saved`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `nb-no/${TLS}/`));
    const banner = page.locator('.translation-info .banner-mt');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.locator('a').getAttribute('href')).toBe(`/en-us/${TLS}/`);
    await page.screenshot({ path: join(ensureResultsDir(), `nb-no-${TLS}-mt-banner.png`), fullPage: true });
    expectNoProblems(problems);
    await context.close();
  });
});

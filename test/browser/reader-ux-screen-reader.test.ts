/**
 * Reveal mode with a screen reader. Each sentence is a tab stop there, and focus shows its
 * English; a screen reader heard a tab stop of no role and no name, with the English not tied to
 * it, and Escape sent focus to the page's start (the reader's place lost). Now the sentence is a
 * group named by its translation and described by its English (Chromium's accessibility tree, as
 * a screen reader gets it), a link holding a sentence is described by its English, and Escape
 * closes the popup where the focus is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const LV_103 = 'Sākot ar 2018. gada 31. oktobri, Microsoft 365 turpinās pāreju uz TLS 1.2.';
const EN_103 = 'As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.';

interface Announced { role: string; name: string; description: string }

/** Role, name and description of the focused element in Chromium's accessibility tree. */
async function announced(page: Page): Promise<Announced> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
  await cdp.detach();
  const ax = nodes[0];
  const text = (v: { value?: unknown } | undefined) => String(v?.value ?? '').replace(/\u00a0/g, ' ');
  return { role: text(ax.role), name: text(ax.name), description: text(ax.description) };
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.runIf(hasChromium)('reveal mode with a screen reader (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`lv-lv/${TLS}: tabbing to a4db7-103 announces a group named by its Latvian, described by its English`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#seg-102').focus();
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('seg-103');
    expect(await announced(page)).toEqual({ role: 'group', name: LV_103, description: EN_103 });
    // The heading's name is its Latvian only, not Latvian and English run together.
    expect(await page.locator('main h1').ariaSnapshot()).toMatch(/^- heading "Gatavošanās TLS.1\.2 lietošanai pakalpojumā Microsoft.365" \[level=1\]/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`lv-lv/${TLS}: Escape closes the English popup and keeps focus on the sentence; Tab goes on, Shift+Tab opens it again`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#seg-103').focus();
    await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(false);
    expect(await activeId(page), 'focus stays where the reader is').toBe('seg-103');
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('seg-104');
    await expect.poll(() => page.locator('#seg-104 > .seg-en').isVisible()).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await activeId(page)).toBe('seg-103');
    await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv/Excel-crashing 7abcb-110 (a sentence that is a link): the link is described by the English sentence', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'lv-lv/Excel-crashing/'));
    const link = page.locator('main a:has(> #seg-110)');
    await link.focus();
    const english = (await page.locator('#seg-110 > .seg-en').textContent())!.replace(/\u00a0/g, ' ').trim();
    const heard = await announced(page);
    expect(heard.role).toBe('link');
    expect(heard.description).toBe(english);
    expect(heard.name).not.toContain(english);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`lv-lv/${TLS}: off and side-by-side modes, where the English is text on the page, add no roles or descriptions`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    const marked = () => page.locator('main [role="group"], main [aria-describedby], main [aria-labelledby], main [aria-hidden]').count();
    expect(await marked()).toBeGreaterThan(0);
    for (const mode of ['off', 'sbs']) {
      await page.locator(`.reader-toolbar button[data-mode="${mode}"]`).click();
      expect(await marked(), mode).toBe(0);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * Reveal mode with a screen reader. Each sentence is focusable there (↑ and ↓), and focus shows its
 * English; a screen reader heard a tab stop of no role and no name, with the English not tied to
 * it, and Escape sent focus to the page's start (the reader's place lost). Now the sentence is a
 * group named by its translation (Chromium's accessibility tree, as a screen reader gets it) and
 * Escape closes the popup where the focus is. The English is no description: a description is
 * flat text, read in the page's voice (English in a Latvian voice). It is the group's content,
 * shown while it has focus, in an element with lang="en-US", so a screen reader reading on reads
 * it in an English voice; the description, in the page's language, says that it follows. A link
 * holding a sentence has its English right after it, the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const LV_103 = 'Sākot ar 2018. gada 31. oktobri, Microsoft 365 turpinās pāreju uz TLS 1.2.';
const EN_103 = 'As of October 31st, 2018, Microsoft 365 will continue transitioning to TLS 1.2.';
const LV_HINT = 'Tālāk angļu oriģināls';

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

/** The language a text is marked with: its element's nearest lang. */
const langOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.closest('[lang]')?.getAttribute('lang') ?? null);

const spaced = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

describe.runIf(hasChromium)('reveal mode with a screen reader (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`lv-lv/${TLS}: arrowing to a4db7-103 announces a group named by its Latvian; its English is the group's content, marked en-US`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#seg-102').focus();
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('seg-103');
    // The description is in the page's language; no English read in a Latvian voice.
    expect(await announced(page)).toEqual({ role: 'group', name: LV_103, description: LV_HINT });
    expect(await page.locator('main [aria-describedby]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('aria-describedby')))]))
      .toEqual(['reveal-english-hint']);
    expect(await langOf(page, '#reveal-english-hint')).toBe('lv-LV');
    // Reading on from the sentence: its Latvian, then its English, in an element marked English.
    expect(spaced(await page.locator('#seg-103').ariaSnapshot())).toBe(spaced(`- group "${LV_103}": ${LV_103} ${EN_103}`));
    expect(await langOf(page, '#seg-103 > .seg-en')).toBe('en-US');
    // The heading's name is its Latvian only, not Latvian and English run together.
    expect(await page.locator('main h1').ariaSnapshot()).toMatch(/^- heading "Gatavošanās TLS.1\.2 lietošanai pakalpojumā Microsoft.365" \[level=1\]/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`lv-lv/${TLS}: Escape closes the English popup and keeps focus on the sentence; ↓ goes on, ↑ opens it again`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#seg-103').focus();
    await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(false);
    expect(await activeId(page), 'focus stays where the reader is').toBe('seg-103');
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe('seg-104');
    await expect.poll(() => page.locator('#seg-104 > .seg-en').isVisible()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await activeId(page)).toBe('seg-103');
    await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv/Excel-crashing 7abcb-110 (a sentence that is a link): the English follows the link, marked en-US, shown while it has focus', async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, 'lv-lv/Excel-crashing/'));
    const link = page.locator('main a:has(> #seg-110)');
    await link.focus();
    const english = (await page.locator('#seg-110 > .seg-en').textContent())!.replace(/\u00a0/g, ' ').trim();
    const heard = await announced(page);
    expect(heard.role).toBe('link');
    expect(heard.description).toBe(LV_HINT);
    expect(heard.name).not.toContain(english);
    const after = page.locator('main a:has(> #seg-110) + .seg-en-link');
    expect(await after.isVisible()).toBe(true);
    expect(spaced((await after.textContent())!)).toBe(spaced(english));
    expect(await langOf(page, 'main a:has(> #seg-110) + .seg-en-link')).toBe('en-US');
    expect(spaced(await page.locator('main li:has(#seg-110)').ariaSnapshot())).toContain(spaced(english));
    await page.keyboard.press('Escape');
    expect(await after.isVisible(), 'Escape closes it').toBe(false);
    await page.keyboard.press('Tab');
    expect(await after.isVisible(), 'and focus leaving it').toBe(false);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`lv-lv/${TLS}: off and side-by-side modes, where the English is text on the page, add no roles or descriptions`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, `lv-lv/${TLS}/`));
    const marked = () => page.locator('main [role="group"], main [aria-describedby], main [aria-labelledby], main [aria-hidden], main .seg-en-link').count();
    expect(await marked()).toBeGreaterThan(0);
    for (const mode of ['off', 'sbs']) {
      await page.locator(`.reader-toolbar button[data-mode="${mode}"]`).click();
      expect(await marked(), mode).toBe(0);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

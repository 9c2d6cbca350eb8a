/**
 * A sentence left untranslated (its translation is the English, class seg-same: here the
 * PowerShell commands 3d4a5-106, -107 and -115 of content/lv-LV/cannot-access-public-folders.md)
 * is English, and reveal mode has nothing to show for it:
 * - it is marked lang="en-US", so a screen reader reads it with an English voice, not a Latvian one;
 * - in reveal mode it is no tab stop, has no dotted underline and no popup repeating its own words;
 * - printed, it is not followed by the same words in brackets ("a. [a.]"), and paper gets no
 *   screen affordances: no dotted underline under every sentence, no frame around a #seg target;
 * - side by side it is shown once, across both columns, not twice (translation column, then the
 *   same words in the English column; on a phone one under the other); a screen reader reads it
 *   once, in forced colours it shows once, and a translated sentence keeps its two columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { afterFrames } from './page-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const PAGE = 'lv-lv/cannot-access-public-folders/';
/** The untranslated sentences and their words. */
const COMMANDS: Record<string, string> = {
  '#seg-106': 'Get-Mailbox WorkingUser | ft DefaultPublicFolderMailbox,EffectivePublicFolderMailbox',
  '#seg-107': 'Set-Mailbox ProblemUser -DefaultPublicFolderMailbox <value from previous command>',
  '#seg-115': 'Set-OrganizationConfig -PublicFolderShowClientControl $true',
};
const UNTRANSLATED = Object.keys(COMMANDS);
// A translated sentence of the same page, for comparison.
const TRANSLATED = '#seg-105';

function style(page: Page, selector: string, property: string): Promise<string> {
  return page.locator(selector).evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);
}

/** How often `text` occurs in what the page shows (innerText leaves out what is not rendered). */
async function timesShown(page: Page, text: string): Promise<number> {
  const shown = await page.locator('main').innerText();
  return shown.replace(/\s+/g, ' ').split(text).length - 1;
}

/** Width of a sentence's translation as a share of its row's. */
function widthShare(page: Page, seg: string): Promise<number> {
  return page.locator(seg).evaluate((e) => e.querySelector(':scope > .seg-t')!.getBoundingClientRect().width / e.getBoundingClientRect().width);
}

describe.runIf(hasChromium)('untranslated sentences (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`${PAGE}: the sentences left in English are marked English; the translated ones Latvian`, async () => {
    const { context, page } = await openPage(site);
    await page.goto(at(site, PAGE));
    for (const seg of UNTRANSLATED) expect(await page.locator(`${seg} > .seg-t`).getAttribute('lang'), seg).toBe('en-US');
    expect(await page.locator(`${TRANSLATED} > .seg-t`).getAttribute('lang')).toBe('lv-LV');
    await context.close();
  });

  it(`${PAGE} in reveal mode: an untranslated sentence is no tab stop and shows no popup; a translated one does`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'reveal'));
    await page.goto(at(site, PAGE));
    // A translated sentence is focusable (the sentences' one tab stop moves to it, reader.js).
    await expect.poll(() => page.locator(TRANSLATED).getAttribute('tabindex')).not.toBeNull();
    for (const seg of UNTRANSLATED) expect(await page.locator(seg).getAttribute('tabindex'), seg).toBeNull();

    await page.locator(`${TRANSLATED} > .seg-t`).hover();
    await expect.poll(() => page.locator(`${TRANSLATED} > .seg-en`).isVisible()).toBe(true);
    expect(await style(page, TRANSLATED, 'text-decoration-style')).toBe('dotted');
    await page.locator('#seg-115 > .seg-t').hover();
    // The page has the pointer on it, and hover popups on (reveal mode's popups are :hover in CSS):
    // one it had would show now, as the translated sentence's did.
    await expect.poll(() => page.locator('#seg-115').evaluate((seg) =>
      seg.matches(':hover') && !document.documentElement.classList.contains('seg-hover-off'))).toBe(true);
    await afterFrames(page);
    expect(await page.locator('#seg-115 > .seg-en').isVisible()).toBe(false);
    expect(await style(page, '#seg-115', 'text-decoration-line')).toBe('none');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  for (const mode of ['reveal', 'sbs'] as const) {
    it(`${PAGE} printed in ${mode} mode from a #seg link: English of translated sentences only, no underline, no target frame`, async () => {
      const { context, page } = await openPage(site);
      await page.addInitScript((m) => localStorage.setItem('tolk.bilingual', m), mode);
      await page.goto(at(site, `${PAGE}#seg-105`));
      await page.emulateMedia({ media: 'print' });
      expect(await style(page, `${TRANSLATED} > .seg-en`, 'display')).toBe('inline');
      for (const seg of UNTRANSLATED) expect(await style(page, `${seg} > .seg-en`, 'display'), seg).toBe('none');
      const decorated = await page.evaluate(() => [...document.querySelectorAll('main .seg')]
        .filter((e) => getComputedStyle(e).textDecorationLine !== 'none').map((e) => e.id));
      expect(decorated).toEqual([]);
      expect(await style(page, '#seg-105', 'outline-style')).toBe('none');
      await context.close();
    });
  }

  for (const [label, width] of [['desktop', 1280], ['phone', 390]] as const) {
    it(`${PAGE} at ${label} width: each command shows once, across the row; a translated sentence has its English beside or under it`, async () => {
      const { context, page, problems } = await openPage(site, { width, touch: label === 'phone' });
      await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'sbs'));
      await page.goto(at(site, PAGE));
      for (const [seg, text] of Object.entries(COMMANDS)) {
        expect(await timesShown(page, text), seg).toBe(1);
        expect(await page.locator(`${seg} > .seg-en`).isVisible(), seg).toBe(false);
        expect(await widthShare(page, seg), seg).toBeGreaterThan(0.95);
      }
      expect(await page.locator(`${TRANSLATED} > .seg-en`).isVisible()).toBe(true);
      if (label === 'desktop') expect(await widthShare(page, TRANSLATED)).toBeLessThan(0.55);
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it(`${PAGE} side by side: a screen reader meets each command once, also in forced colours`, async () => {
    const { context, page } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'sbs'));
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(at(site, PAGE));
    const tree = await page.locator('main').ariaSnapshot();
    for (const [seg, text] of Object.entries(COMMANDS)) {
      expect(tree.split(text).length - 1, seg).toBe(1);
      expect(await timesShown(page, text), seg).toBe(1);
    }
    // The translated sentence's English is still there to hear.
    expect(tree).toContain('Example:');
    await context.close();
  });
});

/**
 * Side by side, a sentence left untranslated (class seg-same: the PowerShell commands 3d4a5-106,
 * -107 and -115 of content/lv-LV/cannot-access-public-folders.md) is shown once, across both
 * columns, not twice (translation column, then the same words in the English column; on a phone
 * one under the other). A screen reader reads it once, in forced colours it shows once, and a
 * translated sentence keeps its two columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const PAGE = 'lv-lv/cannot-access-public-folders/';
const UNTRANSLATED = {
  '#seg-106': 'Get-Mailbox WorkingUser | ft DefaultPublicFolderMailbox,EffectivePublicFolderMailbox',
  '#seg-107': 'Set-Mailbox ProblemUser -DefaultPublicFolderMailbox <value from previous command>',
  '#seg-115': 'Set-OrganizationConfig -PublicFolderShowClientControl $true',
};
const TRANSLATED = '#seg-105';

/** How often `text` occurs in what the page shows (innerText leaves out what is not rendered). */
async function timesShown(page: Page, text: string): Promise<number> {
  const shown = await page.locator('main').innerText();
  return shown.replace(/\s+/g, ' ').split(text).length - 1;
}

/** Width of a sentence's translation as a share of its row's. */
function widthShare(page: Page, seg: string): Promise<number> {
  return page.locator(seg).evaluate((e) => e.querySelector(':scope > .seg-t')!.getBoundingClientRect().width / e.getBoundingClientRect().width);
}

describe.runIf(hasChromium)('side by side: an untranslated sentence once (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const [label, width] of [['desktop', 1280], ['phone', 390]] as const) {
    it(`${PAGE} at ${label} width: each command shows once, across the row; a translated sentence has its English beside or under it`, async () => {
      const { context, page, problems } = await openPage(site, { width, touch: label === 'phone' });
      await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'sbs'));
      await page.goto(at(site, PAGE));
      for (const [seg, text] of Object.entries(UNTRANSLATED)) {
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
    for (const [seg, text] of Object.entries(UNTRANSLATED)) {
      expect(tree.split(text).length - 1, seg).toBe(1);
      expect(await timesShown(page, text), seg).toBe(1);
    }
    // The translated sentence's English is still there to hear.
    expect(tree).toContain('Example:');
    await context.close();
  });
});

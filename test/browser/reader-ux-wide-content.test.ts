/**
 * Wide content on real advisories (copied from the shared corpus into test/fixtures/wide-content):
 * - a code block with a line longer than the page (a PowerShell command, an API path) scrolls in
 *   its box, and a keyboard user reaches it with Tab and scrolls it with the arrows, as a wide
 *   table could already. Recent Chromium lets Tab reach any scrolling box by itself, Safari does
 *   not: the box needs its tabindex (axe-core: scrollable-region-focusable, serious);
 * - printed, nothing is cut off at the paper's edge: a long code line wraps, a wide table's
 *   last columns stay on the page, its short words stay whole (screen: boxes that scroll; paper
 *   does not scroll).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';

// A 304-character line in a code block (Request: /api/adminauditlogconfig/…), and two more in a list.
const AUDITING = 'unable-to-enable-auditing';
// A three-column table whose first cell is a long registry path (HKEY_CURRENT_USER\Software\…).
const REGISTRY = 'error-code-0x15';

/** Code blocks and table boxes in the article whose content is wider than they are. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('main pre, main .table-wrap')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1)
    .map((e) => `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim().slice(0, 40)}`));
}

const FIXTURE = join(ROOT, 'test', 'fixtures', 'wide-content');

describe.runIf(hasChromium)('wide code and tables on real advisories', () => {
  const site = fixtureSite(FIXTURE, ['--no-search']);

  it(`lv-lv/${AUDITING} on a 320 px phone: Tab reaches each code block too wide for the page, and the arrow keys scroll it`, async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(new URL(`lv-lv/${AUDITING}/`, site.url).href);
    const wide = await overflowing(page);
    expect(wide.filter((w) => w.startsWith('pre')).length).toBe(3);

    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const a = document.activeElement;
        return a && a.matches('main pre') ? (a.textContent ?? '').trim().slice(0, 40) : null;
      });
      if (focused !== null) reached.add(`pre: ${focused}`);
    }
    expect([...reached].sort()).toEqual(wide.filter((w) => w.startsWith('pre')).sort());

    const first = page.locator('main pre').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    const axe = await axeViolations(page);
    expect(axe.map((v) => v.id)).not.toContain('scrollable-region-focusable');
    await context.close();
  });

  for (const mode of ['off', 'sbs'] as const) {
    it(`printed (reading mode ${mode}): the long code lines of ${AUDITING} and the registry table of ${REGISTRY} fit the paper`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 700, height: 1000 } });
      const page = await context.newPage();
      await page.addInitScript((m) => localStorage.setItem('tolk.bilingual', m), mode);
      for (const slug of [AUDITING, REGISTRY]) {
        await page.goto(new URL(`lv-lv/${slug}/`, site.url).href);
        await page.emulateMedia({ media: 'print' });
        expect(await overflowing(page), slug).toEqual([]);
        // Everything inside the page's width: the table's last column ("Vērtību", value 1) too.
        const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll('main pre, main td, main th')]
          .map((e) => e.getBoundingClientRect().right)));
        expect(right, slug).toBeLessThanOrEqual(700);
      }
      // The short value beside the long path is not broken into pieces ("REG_DWO" / "RD").
      const lines = await page.evaluate(() => {
        const cell = [...document.querySelectorAll('main td .seg-t')].find((e) => e.textContent?.trim() === 'REG_DWORD');
        if (!cell) return -1;
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
      await context.close();
    });
  }
});

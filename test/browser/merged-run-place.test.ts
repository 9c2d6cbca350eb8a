/**
 * Switching language keeps the sentence being read when it is one of a run that another
 * language merged into one sentence. content/'s declined-credit-card: Latvian has sentences
 * 108, 109 and 110 (the unit "108+109+110", only the first with an id), Norwegian one merged
 * sentence (92bc2-p103, `#seg-108`). A reader at Latvian 109 who switched to Norwegian was sent
 * to `#seg-111`, past the Norwegian sentence holding what they were reading; now to `#seg-108`.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { CONTENT } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';
import { tempDir } from '../helpers/temp-dir.js';

const SLUG = 'declined-credit-card';

function fixture(): string {
  const dir = tempDir('tolk-merged-place-');
  for (const locale of ['lv-LV', 'nb-NO']) cpSync(join(CONTENT, locale, `${SLUG}.md`), join(dir, locale, `${SLUG}.md`));
  return dir;
}

/** Scrolls so that the sentence with `data-id` starts at the top of the window, the header shown above it. */
async function readAt(page: Page, dataId: string): Promise<void> {
  await page.evaluate((id) => {
    const seg = document.querySelector(`main .seg[data-id="${id}"]`)!;
    window.scrollTo(0, seg.getBoundingClientRect().top + window.scrollY - 4);
  }, dataId);
  await page.mouse.move(300, 200);
  // Scrolling up a little brings the header (and its language links) back.
  await page.mouse.wheel(0, -30);
  await expect.poll(() => page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top)).toBe(0);
}

/** The data-id of the first sentence below the header. */
function sentenceAtTop(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const top = Math.max(document.querySelector('.site-header')!.getBoundingClientRect().bottom, 0);
    return [...document.querySelectorAll<HTMLElement>('main .seg')].find((s) => s.getBoundingClientRect().bottom > top + 1)?.dataset.id;
  });
}

describe.runIf(hasChromium)('a sentence of a merged run keeps its place across languages', () => {
  const site = fixtureSite(fixture(), ['--no-search']);

  it('lv-lv 2dc92-109 (in "108+109+110") → Norwegian opens at its merged sentence, #seg-108, not past it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 600, height: 260 } });
    const page = await context.newPage();
    await page.goto(`${site.url}lv-lv/${SLUG}/`);
    await readAt(page, '2dc92-109');
    expect(await sentenceAtTop(page)).toBe('2dc92-109');
    const norwegian = page.locator('.lang-switch a[data-locale="nb-NO"]');
    await expect.poll(() => norwegian.getAttribute('href')).toBe(`/nb-no/${SLUG}/#seg-108`);
    await norwegian.click();
    await page.waitForURL(`**/nb-no/${SLUG}/#seg-108`);
    // The merged sentence, holding what the reader was at, starts at the top of the window.
    await expect.poll(() => page.locator('#seg-108').evaluate((s) => Math.round(s.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await page.locator('#seg-108').getAttribute('data-id')).toBe('92bc2-p103');
    expect(await page.locator('#seg-108').evaluate((s) => s.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('a sentence with its own id still carries that id (lv-lv 2dc92-103)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 600, height: 260 } });
    const page = await context.newPage();
    await page.goto(`${site.url}lv-lv/${SLUG}/`);
    await readAt(page, '2dc92-103');
    expect(await sentenceAtTop(page)).toBe('2dc92-103');
    await expect.poll(() => page.locator('.lang-switch a[data-locale="nb-NO"]').getAttribute('href')).toBe(`/nb-no/${SLUG}/#seg-103`);
    await context.close();
  });
});

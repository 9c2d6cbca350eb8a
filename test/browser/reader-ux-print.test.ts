/**
 * A printed advisory keeps where its links go: paper cannot be clicked, so a link out of the site
 * prints its address after its text, once (in the translation, not again in its English original
 * when a bilingual mode prints the English too). On screen nothing is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

// content/lv-LV/cannot-access-public-folders.md: "…lai [novērstu](https://aka.ms/pfcte) publisko mapju…".
const PAGE = 'lv-lv/cannot-access-public-folders/';
const URL_OUT = 'https://aka.ms/pfcte';

/** The text printed after each link to URL_OUT: in the translation, then in the English original. */
function after(page: Page): Promise<string[]> {
  return page.evaluate((href) => ['.seg-t', '.seg-en'].map((part) => {
    const a = document.querySelector(`main ${part} a[href="${href}"]`);
    return a ? getComputedStyle(a, '::after').content : 'no link';
  }), URL_OUT);
}

describe.runIf(hasChromium)('printed links (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`${PAGE}: a link the keyboard is at when the reader prints has no focus frame on paper`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, PAGE));
    // Tab to the link, as a keyboard user does (a focus ring shows only for keyboard focus).
    for (let i = 0; i < 40 && !(await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, URL_OUT)); i++) {
      await page.keyboard.press('Tab');
    }
    const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(await outline(), 'on screen').toBe('solid');
    await page.emulateMedia({ media: 'print' });
    expect(await outline(), 'on paper').toBe('none');
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`${PAGE} printed side by side: "novērstu" is followed by (${URL_OUT}); its English "this procedure" is not; the screen shows no address`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.addInitScript(() => localStorage.setItem('tolk.bilingual', 'sbs'));
    await page.goto(at(site, PAGE));
    expect(await after(page)).toEqual(['none', 'none']);
    await page.emulateMedia({ media: 'print' });
    expect(await after(page)).toEqual([`" (${URL_OUT})"`, 'none']);
    // The site's own links (home, the English page) print no address.
    const own = await page.evaluate(() => [...document.querySelectorAll('a:not([href^="http"])')]
      .map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('/')));
    expect(own).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

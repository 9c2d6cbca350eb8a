/**
 * What a reader with assistive settings meets on a real advisory (content/, built site):
 * - with forced colors (Windows High Contrast), the bilingual toolbar's pressed mode stands out
 *   from the other two (forced colors drop the accent background the pressed button was told by);
 * - a screen reader reads the breadcrumb trail as "Sākums, Kļūdas kods…", not the drawn "›"
 *   separator before the page's title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const PAGE = 'lv-lv/cannot-access-public-folders/';

/** Background, text and border colors of each reading-mode button, by its data-mode. */
function toolbarColors(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.reader-toolbar [data-mode]')].map((b) => {
    const s = getComputedStyle(b);
    return [b.getAttribute('data-mode') ?? '', `${s.backgroundColor} / ${s.color} / ${s.borderTopColor}`];
  })));
}

describe.runIf(hasChromium)('assistive settings on an advisory (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`${PAGE} with forced colors: the pressed reading mode looks unlike the other two, in each mode`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(at(site, PAGE));
    for (const mode of ['off', 'reveal', 'sbs']) {
      await page.locator(`.reader-toolbar [data-mode="${mode}"]`).click();
      // Opened again with the mode remembered: no focus or hover frame tells the button apart.
      await page.reload();
      const colors = await toolbarColors(page);
      const others = Object.keys(colors).filter((m) => m !== mode);
      for (const other of others) expect(colors[mode], `${mode} pressed vs ${other}`).not.toBe(colors[other]);
      // The two that are off look alike: the difference says which one is on.
      expect(colors[others[0]]).toBe(colors[others[1]]);
    }
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it(`${PAGE}: the breadcrumb trail is read as "Sākums" and the page's title, without the "›" drawn between them`, async () => {
    const { context, page } = await openPage(site);
    await page.goto(at(site, PAGE));
    const trail = page.locator('nav.breadcrumbs');
    const snapshot = await trail.ariaSnapshot();
    expect(snapshot).not.toContain('›');
    expect(snapshot).toContain('listitem: Nevar piekļūt publiskajām mapēm');
    // Still drawn on the screen.
    const drawn = await trail.locator('li + li').evaluate((li) => getComputedStyle(li, '::before').content);
    expect(drawn).toContain('›');
    await context.close();
  });
});

/**
 * The page does not jump when its script shows the controls that need it. An advisory's reading
 * modes and a home's filter and sort are hidden until their script runs, which is after the
 * page's first paint (a deferred script): shown then, they pushed the text below them down, on
 * every page load, also from a local server (layout shift 0.086 on an lv advisory on a phone, the
 * article 97 px down; 0.135 on the lv home, the list 160 px down). Now they keep their room,
 * unseen, until then; without scripting they take none. The script is held back here until the
 * page is parsed and laid out, as a slow connection holds it. Default site (content/), built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const CASES = [
  { page: 'lv-lv/prepare-for-use-of-tls-1-2-in-office-365/', script: /\/assets\/reader\.js/, controls: '.reader-toolbar', below: 'main h1' },
  { page: 'lv-lv/', script: /\/assets\/home-list\.js/, controls: '.list-tools', below: '#advisories' },
];

/** Where an element's top is on the page. */
const topOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((e) => e.getBoundingClientRect().top + window.scrollY);

describe.runIf(hasChromium)('controls a script shows keep their room until it runs (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const c of CASES) {
    for (const width of [375, 1280]) {
      it(`${c.page} at ${width} px: ${c.below} stays where it was drawn when ${c.controls} shows`, async () => {
        const { context, page, problems } = await openPage(site, { width, touch: width < 400 });
        let release!: () => void;
        const held = new Promise<void>((resolve) => { release = resolve; });
        await page.route(c.script, async (route) => { await held; await route.continue(); });
        await page.goto(at(site, c.page), { waitUntil: 'commit' });
        // Parsed and laid out; the deferred script has not run (it is held).
        await page.waitForFunction(() => document.readyState !== 'loading');
        expect(await page.locator(c.controls).isVisible()).toBe(false);
        const before = await topOf(page, c.below);
        release();
        await expect.poll(() => page.locator(c.controls).isVisible()).toBe(true);
        expect(await topOf(page, c.below)).toBe(before);
        expect(problems.pageErrors).toEqual([]);
        await context.close();
      });
    }
  }

  it('without scripting the controls take no room (nothing there would work)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    for (const c of CASES) {
      await page.goto(at(site, c.page));
      expect(await page.locator(c.controls).boundingBox(), c.page).toBeNull();
    }
    await context.close();
  });
});

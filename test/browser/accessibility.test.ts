/**
 * Issue 3, accessibility: axe-core (WCAG 2.x A/AA + best practice) finds nothing on the real
 * built default site — an advisory in each reading mode (with an English popover open, and in
 * the dark colour scheme), the machine-translated nb-NO seed, an advisory with images, the
 * lv-lv home and search pages, the root page as a reader without JavaScript sees it, and 404s.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

/** One line per violation, so a failure says what and where. */
async function axeReport(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

async function chooseMode(page: Page, mode: 'off' | 'reveal' | 'sbs'): Promise<void> {
  await page.locator(`.reader-toolbar button[data-mode="${mode}"]`).click();
  await expect.poll(() => page.locator('html').getAttribute('data-bilingual')).toBe(mode);
}

describe.runIf(hasChromium)('accessibility (axe-core) of the built default site', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const scheme of ['light', 'dark'] as const) {
    it(`lv-lv/${TLS} (${scheme}): no violations in off, reveal (a4db7-103 open, a4db7-102 focused) and side-by-side modes`, async () => {
      const { context, page, problems } = await openPage(site);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(at(site, `lv-lv/${TLS}/`));
      expect(await axeReport(page), 'off').toEqual([]);

      await chooseMode(page, 'reveal');
      await page.locator('#seg-103 > .seg-t').hover();
      await expect.poll(() => page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
      expect(await axeReport(page), 'reveal, hovered').toEqual([]);
      await page.locator('#seg-102').focus();
      await expect.poll(() => page.locator('#seg-102 > .seg-en').isVisible()).toBe(true);
      expect(await axeReport(page), 'reveal, focused').toEqual([]);

      await chooseMode(page, 'sbs');
      expect(await axeReport(page), 'side by side').toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  }

  const pages: [string, string][] = [
    [`nb-no/${TLS}/`, 'the machine-translated nb-NO seed (MT banner)'],
    ['lv-lv/change-screen-brightness-in-windows-10/', 'an lv-LV advisory with images'],
    ['lv-lv/', 'the lv-LV home (advisory list with filter and sort)'],
    ['nb-no/', 'the nb-NO home'],
    ['lv-lv/search/?q=pastkastes', 'the lv-LV search page with Pagefind results'],
    ['lv-lv/404.html', 'the lv-LV not-found page'],
  ];
  for (const [path, what] of pages) {
    it(`${path}: ${what} has no violations`, async () => {
      const { context, page, problems } = await openPage(site);
      await page.goto(at(site, path));
      if (path.includes('search')) await page.locator('#search-results li').first().waitFor();
      expect(await axeReport(page)).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('an unknown address: the 404 page served for it has no violations', async () => {
    const { context, page, problems } = await openPage(site);
    const missing = at(site, 'lv-lv/no-such-advisory/');
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBeTruthy();
    expect(await axeReport(page)).toEqual([]);
    // The only failure is the page's own 404; its styles and script load.
    expect(problems.failedResponses).toEqual([`404 ${missing}`]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors.filter((e) => !e.includes(missing))).toEqual([]);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await context.close();
  });

  it('the root page as a reader without JavaScript sees it (language list) has no violations', async () => {
    // With JavaScript the root page redirects at once, and axe needs JavaScript to run; so
    // serve the root page as it renders without it: <noscript> content shown, no site.js.
    const { context, page, problems } = await openPage(site);
    await page.route(site.url, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<\/?noscript>/g, '')
        .replace(/<script\b[^>]*site\.js[^>]*><\/script>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto(site.url);
    expect(new URL(page.url()).pathname).toBe(new URL(site.url).pathname);
    expect(await page.locator('.language-list a').count()).toBe(3);
    expect(await axeReport(page)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });
});

/**
 * Issue 3, `tolk build --base /docs/`: the site served under /docs/ by a plain static server
 * works — root page, homes, advisories with images, styles, scripts, the language switcher and
 * Pagefind search — and no request fails (every URL the pages use carries the base).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const BASE = '/docs/';
const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

/** Every same-origin URL the page requested, as paths. */
function recordRequests(page: Page, origin: string): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  return paths;
}

/** Whether site.css applied (the header has its border) and site.js ran (it reveals the JS-only UI). */
async function stylesApplied(page: Page): Promise<boolean> {
  return page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle === 'solid');
}

describe.runIf(hasChromium)(`site built with --base ${BASE}`, () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(BASE); });
  afterAll(async () => { await site?.close(); });

  it('the root page sends the reader to /docs/en-us/; the lv-lv home lists advisories with working links, styles and script', async () => {
    const { context, page, problems } = await openPage(site);
    const requested = recordRequests(page, new URL(site.url).origin);
    await page.goto(site.url);
    await page.waitForURL(/\/docs\/en-us\/$/);

    await page.goto(at(site, 'lv-lv/'));
    expect(await stylesApplied(page)).toBe(true);
    // site.js shows the list tools (filter/sort) only when it runs.
    expect(await page.locator('.list-tools').isVisible()).toBe(true);
    const links = await page.locator('#advisories a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(links.filter((p) => !p.startsWith(`${BASE}lv-lv/`))).toEqual([]);
    await page.locator('#filter').fill('TLS');
    await expect.poll(() => page.locator('#advisories > li:not([hidden])').count()).toBeLessThan(links.length);

    await page.locator(`#advisories a[href$="/${TLS}/"]`).click();
    await page.waitForURL(new RegExp(`${BASE}lv-lv/${TLS}/$`));
    expect(requested.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${TLS} and an advisory with images: styles, toolbar, switcher and images all under ${BASE}`, async () => {
    const { context, page, problems } = await openPage(site);
    const requested = recordRequests(page, new URL(site.url).origin);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    expect(await stylesApplied(page)).toBe(true);
    expect(await page.locator('.reader-toolbar').isVisible()).toBe(true);
    await page.locator('.reader-toolbar button[data-mode="sbs"]').click();
    expect(await page.locator('#seg-103 > .seg-en').isVisible()).toBe(true);
    expect(await page.locator('.lang-switch a[data-locale="nb-NO"]').getAttribute('href')).toBe(`${BASE}nb-no/${TLS}/`);

    await page.goto(at(site, 'lv-lv/change-screen-brightness-in-windows-10/'));
    const images = page.locator('main img');
    expect(await images.count()).toBeGreaterThan(0);
    // The images load lazily: bring each into view, then wait for it to decode (fails if broken).
    const broken = await images.evaluateAll(async (imgs) => {
      const failed: string[] = [];
      for (const img of imgs as HTMLImageElement[]) {
        img.scrollIntoView();
        await img.decode().catch(() => failed.push(img.src));
      }
      return failed;
    });
    expect(broken).toEqual([]);
    expect(requested.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('search from an lv-lv page under /docs/ finds "Gatavošanās" and links into /docs/', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    await page.locator('#header-q').fill('Gatavošanās');
    await page.locator('.header-search button[type="submit"]').click();
    await page.waitForURL(new RegExp(`${BASE}lv-lv/search/\\?q=`));
    const result = page.locator(`#search-results a[href="${BASE}lv-lv/${TLS}/"]`);
    await result.waitFor();
    await result.click();
    await page.waitForURL(new RegExp(`${BASE}lv-lv/${TLS}/$`));
    expectNoProblems(problems);
    await context.close();
  });

  it('the QA report at /docs/qa/ renders its findings, and their links point into /docs/', async () => {
    const { context, page, problems } = await openPage(site);
    const requested = recordRequests(page, new URL(site.url).origin);
    await page.goto(at(site, 'qa/'));
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await stylesApplied(page)).toBe(true);
    const hrefs = await page.locator('#qa-list a.qa-open').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expect(requested.filter((p) => !p.startsWith(BASE))).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('an unknown address under /docs/ gets the 404 page with its styles', async () => {
    const { context, page, problems } = await openPage(site);
    const missing = at(site, 'lv-lv/no-such-advisory/');
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    expect(await stylesApplied(page)).toBe(true);
    const home = await page.locator('.site-name').getAttribute('href');
    expect(home?.startsWith(BASE)).toBe(true);
    expect(problems.failedResponses).toEqual([`404 ${missing}`]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

/**
 * Reading the built default site the way readers move through it: switching language after
 * scrolling back up, a 404 for a page another language has, the search query across languages,
 * the English sentence on a phone (in the viewport, on linked sentences) and in table cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const ACTIVATE = 'activate-or-reactivate-a-subscription';
const PAYMENT = 'change-your-payment-methods';
const UPDATES = 'includes/alchemyinsights-content-updates';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

describe.runIf(hasChromium)('navigation and the reader on real pages (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`lv-lv/${ACTIVATE}: the header leaves while reading down, comes back on scrolling up, and its Norwegian link keeps the place`, async () => {
    const { context, page, problems } = await openPage(site, { height: 400 });
    await page.goto(at(site, `lv-lv/${ACTIVATE}/`));
    const header = page.locator('.site-header');
    const headerBottom = () => header.evaluate((el) => el.getBoundingClientRect().bottom);
    await page.mouse.move(600, 300);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    await expect.poll(headerBottom).toBeLessThanOrEqual(1);
    await page.mouse.wheel(0, -100);
    // Back in full (it slides in).
    const height = await header.evaluate((el) => (el as HTMLElement).offsetHeight);
    await expect.poll(async () => Math.round(await headerBottom())).toBe(height);
    // The place: the first sentence below the header.
    const place = await page.evaluate(() => {
      const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll('main .seg[id]')].find((s) => s.getBoundingClientRect().bottom > top + 1)!.id;
    });
    expect(Number(place.replace('seg-', ''))).toBeGreaterThan(110);
    await page.locator('.lang-switch a[data-locale="nb-NO"]').click();
    await page.waitForURL(/\/nb-no\//);
    expect(new URL(page.url()).hash).toBe(`#${place}`);
    // Landed with the sentence in view, not under the header.
    await expect.poll(async () => (await page.locator(`#${place}`).evaluate((el) => el.getBoundingClientRect().top)) - (await headerBottom()))
      .toBeGreaterThanOrEqual(0);
    expect(await page.locator(`#${place} > .seg-t`).getAttribute('lang')).toBe('nb-NO');
    expectNoProblems(problems);
    await context.close();
  });

  it('nb-no/tls-certificates (only lv-LV has it): the 404 offers the Latvian and English pages, and its switcher links them', async () => {
    const { context, page, problems } = await openPage(site);
    const missing = at(site, 'nb-no/tls-certificates/');
    await page.goto(missing);
    const note = page.locator('.found-elsewhere');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/lv-lv/tls-certificates/', '/en-us/tls-certificates/']);
    // The root 404 (served for every address here) says it in the language of the address asked for.
    expect(await note.locator('.found-elsewhere-text').innerText()).toBe('Denne siden finnes på et annet språk:');
    expect(await note.locator('.found-elsewhere-text').getAttribute('lang')).toBe('nb-NO');
    expect(await page.locator('.lang-switch a[data-locale="lv-LV"]').getAttribute('href')).toBe('/lv-lv/tls-certificates/');
    // The root 404 marks no language as current (it speaks every one); English leads to its page.
    expect(await page.locator('.lang-switch a[data-locale="en-US"]').getAttribute('aria-current')).toBeNull();
    // In another case, with the sentence asked for: English has the page, so the 404 goes on to
    // it at its real address, the anchor kept (the original site ignored case).
    await page.goto(at(site, 'en-us/TLS-Certificates/#seg-103'));
    await page.waitForURL(/\/en-us\/tls-certificates\/#seg-103$/);
    expect(await page.locator('html').getAttribute('data-page')).toBe('article');
    // The same in a language that lacks it: offered in the others, the anchor kept.
    await page.goto(at(site, 'nb-no/TLS-Certificates/#seg-103'));
    await expect.poll(() => page.locator('.found-elsewhere').isVisible()).toBe(true);
    expect(await page.locator('.found-elsewhere a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .toEqual(['/lv-lv/tls-certificates/#seg-103', '/en-us/tls-certificates/#seg-103']);
    // The locale folder in another case too (/LV-LV/): the Latvian page.
    await page.goto(at(site, 'LV-LV/tls-certificates/'));
    await page.waitForURL(/\/lv-lv\/tls-certificates\/$/);
    // A page no language has: nothing offered.
    await page.goto(at(site, 'nb-no/no-such-advisory/'));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.found-elsewhere').isVisible()).toBe(false);
    expect(problems.failedResponses).toEqual([`404 ${missing}`, `404 ${at(site, 'en-us/TLS-Certificates/')}`,
      `404 ${at(site, 'nb-no/TLS-Certificates/')}`, `404 ${at(site, 'LV-LV/tls-certificates/')}`, `404 ${at(site, 'nb-no/no-such-advisory/')}`]);
    await context.close();
  });

  it('lv-lv/search: typing puts the query in the address, and the Norwegian link takes it along', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/'));
    await page.locator('#search-q').fill('TLS');
    await page.waitForURL(/\?q=TLS$/);
    await page.locator('.lang-switch a[data-locale="nb-NO"]').click();
    await page.waitForURL(/\/nb-no\/search\/\?q=TLS$/);
    expect(await page.locator('#search-q').inputValue()).toBe('TLS');
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${PAYMENT} on a phone (375 px, touch), reveal mode: the English stays on screen; a linked sentence shows it on the first tap, follows the link on the second`, async () => {
    const { context, page, problems } = await openPage(site, { width: 375, height: 700, touch: true });
    await page.route('https://docs.microsoft.com/**', (route) => route.fulfill({ status: 200, body: 'off site' }));
    await page.goto(at(site, `lv-lv/${PAYMENT}/`));
    await page.locator('.reader-toolbar button[data-mode="reveal"]').tap();
    const linked = page.locator('#seg-105');
    expect(await linked.evaluate((el) => el.closest('a') !== null)).toBe(true);
    expect(await linked.getAttribute('tabindex')).toBeNull();
    await linked.tap();
    expect(new URL(page.url()).pathname).toBe(`/lv-lv/${PAYMENT}/`);
    const english = page.locator('#seg-105 > .seg-en');
    await expect.poll(() => english.isVisible()).toBe(true);
    expect((await english.innerText()).trim()).toBe('Add a payment method');
    const right = await english.evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await linked.tap();
    await page.waitForURL(/docs\.microsoft\.com/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it.each([[1280, false], [375, true]])(`lv-lv/${UPDATES} side by side (%i px): in a table cell the English goes under the translation, words stay whole`, async (width, touch) => {
    const { context, page, problems } = await openPage(site, { width, touch });
    await page.goto(at(site, `lv-lv/${UPDATES}/`));
    await page.locator('.reader-toolbar button[data-mode="sbs"]').click();
    const cell = page.locator('#seg-102');
    await cell.scrollIntoViewIfNeeded();
    expect(await cell.evaluate((el) => el.closest('th, td') !== null)).toBe(true);
    const t = await cell.locator('.seg-t').boundingBox();
    const en = await cell.locator('.seg-en').boundingBox();
    expect(en!.y).toBeGreaterThanOrEqual(t!.y + t!.height - 1);
    // "Publicēts" on one line: one line high.
    const lineHeight = await cell.locator('.seg-t').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(t!.height).toBeLessThan(lineHeight * 1.5);
    expectNoProblems(problems);
    await context.close();
  });

  it('nb-no/set-up-insider-risk-management#seg-107 (a sentence nb-NO writes as markup, so it has no seg-107): the page opens at the next sentence, seg-108', async () => {
    const { context, page, problems } = await openPage(site, { height: 400 });
    await page.goto(at(site, 'nb-no/set-up-insider-risk-management/#seg-107'));
    expect(await page.locator('#seg-107').count()).toBe(0);
    await expect.poll(() => page.locator('#seg-108').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expectNoProblems(problems);
    await context.close();
  });

  it(`lv-lv/${ACTIVATE} reveal mode: Escape hides the English shown by pointing, until the mouse moves again`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${ACTIVATE}/`));
    await page.locator('.reader-toolbar button[data-mode="reveal"]').click();
    const english = page.locator('#seg-103 > .seg-en');
    await page.locator('#seg-103 > .seg-t').hover();
    await expect.poll(() => english.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => english.isVisible()).toBe(false);
    await page.locator('#seg-103 > .seg-t').hover({ position: { x: 3, y: 3 } });
    await expect.poll(() => english.isVisible()).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });

  it('en-us/activate-or-reactivate-a-subscription: a callout is one box; its title has no box of its own', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'en-us/activate-or-reactivate-a-subscription/'));
    const title = page.locator('.callout .callout-title').first();
    expect(await title.count()).toBe(1);
    expect(await title.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('0px');
    expect(await page.locator('.callout').first().evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('4px');
    expectNoProblems(problems);
    await context.close();
  });
});

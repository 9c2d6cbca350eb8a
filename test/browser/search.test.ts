/**
 * Issue 3, search: Pagefind's per-language indexes in the real built default site. A Latvian
 * word is found from an lv-lv page (through the header search form and the search page) and
 * leads to the right advisory; the Norwegian index does not return it. On a bigger site, every
 * result can be reached: 25 at a time, with the real total in the status line.
 */
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';
import { tempDir } from '../helpers/temp-dir.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

/** Types a query into the header search, submits, and returns the result links' paths once the search settles. */
async function searchFromHeader(page: Page, query: string): Promise<{ status: string; paths: string[] }> {
  await page.locator('#header-q').fill(query);
  await page.locator('.header-search button[type="submit"]').click();
  await page.waitForURL(/\/search\/\?q=/);
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
  const paths = await page.locator('#search-results li a').evaluateAll((links) =>
    links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
  return { status: await page.locator('#search-status').innerText(), paths };
}

interface Hit { url: string; excerpt: string }

/**
 * Pagefind's own JS API, loaded in the page the way the search page loads it (`<base>pagefind/pagefind.js`,
 * which picks the index of the page's language). Passed as a string: the test runner would
 * rewrite a dynamic import() inside a function.
 */
async function pagefindHits(page: Page, query: string): Promise<Hit[]> {
  return page.evaluate(`(async (q) => {
    const base = document.documentElement.getAttribute('data-base') || '/';
    const pagefind = await import(base + 'pagefind/pagefind.js');
    await pagefind.options({ baseUrl: base });
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({ url: decodeURIComponent(d.url), excerpt: d.excerpt }));
  })(${JSON.stringify(query)})`);
}

/** Whether a hit is about the word itself (not one of Pagefind's partial matches). */
function mentions(hit: Hit, word: string): boolean {
  return hit.excerpt.toLowerCase().includes(word.toLowerCase());
}

describe.runIf(hasChromium)('search (Pagefind) on the built default site', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it(`"Gatavošanās" (content/lv-LV/${TLS}.md a4db7-102) from an lv-lv page finds lv-lv/${TLS}/; the result opens it`, async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    const { paths } = await searchFromHeader(page, 'Gatavošanās');
    expect(paths).toContain(`/lv-lv/${TLS}/`);
    expect(paths.every((p) => p.startsWith('/lv-lv/'))).toBe(true);
    // The excerpt marks the matched word.
    const hit = page.locator('#search-results li', { has: page.locator(`a[href$="/lv-lv/${TLS}/"]`) });
    expect((await hit.locator('mark').first().innerText()).toLowerCase()).toContain('gatavošan');

    await hit.locator('a').click();
    await page.waitForURL(new RegExp(`/lv-lv/${TLS}/$`));
    expect(await page.locator('h1').innerText()).toContain('Gatavošanās');
    expectNoProblems(problems);
    await context.close();
  });

  it('"pastkastes" (lv-LV only) via the Pagefind API: lv-lv advisories about mailboxes; the nb-NO index does not return the word', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/'));
    const lv = await pagefindHits(page, 'pastkastes');
    expect(lv.map((h) => h.url)).toContain('/lv-lv/auto-replies-set-for-a-users-mailbox/');
    expect(lv.every((h) => h.url.startsWith('/lv-lv/') && mentions(h, 'pastkastes'))).toBe(true);

    await page.goto(at(site, 'nb-no/'));
    // Pagefind may answer with partial matches of Norwegian words (e.g. "på"), never with the Latvian word.
    const nb = await pagefindHits(page, 'pastkastes');
    expect(nb.filter((h) => !h.url.startsWith('/nb-no/') || mentions(h, 'pastkastes'))).toEqual([]);
    // The Norwegian index works: its own word for the seed's title finds the nb-NO seed.
    const own = await pagefindHits(page, 'Klargjøre');
    expect(own.map((h) => h.url)).toContain(`/nb-no/${TLS}/`);
    expectNoProblems(problems);
    await context.close();
  });

  it('"paroles" (a form no indexed lv-LV page has) finds commercial-dialogues/aad-security-and-identity, whose 3bf21-104 says "paroļu" and "paroli"', async () => {
    // Pagefind has no Latvian stemmer: the word as typed matched nothing and fell back to "par".
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `lv-lv/${TLS}/`));
    const { status, paths } = await searchFromHeader(page, 'paroles');
    expect(status).toContain('paroles');
    expect(paths[0]).toBe('/lv-lv/commercial-dialogues/aad-security-and-identity/');
    const marks = await page.locator('#search-results li').first().locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase()).some((m) => m.startsWith('parol') || m.startsWith('paroļ'))).toBe(true);
    // The address keeps what the reader typed, not the stem.
    expect(new URL(page.url()).searchParams.get('q')).toBe('paroles');
    expectNoProblems(problems);
    await context.close();
  });

  it('"Gatavošanās" from an nb-no page (Norwegian index): no result is a Latvian page or contains the word', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, `nb-no/${TLS}/`));
    const { status, paths } = await searchFromHeader(page, 'Gatavošanās');
    expect(status).toContain('Gatavošanās');
    expect(paths.filter((p) => !p.startsWith('/nb-no/'))).toEqual([]);
    expect(paths).not.toContain(`/nb-no/${TLS}/`);
    const resultText = (await page.locator('#search-results').innerText()).toLowerCase();
    expect(resultText).not.toContain('gatavošan');
    expect(await pagefindHits(page, 'Gatavošanās')).not.toContainEqual(expect.objectContaining({ url: `/lv-lv/${TLS}/` }));
    expectNoProblems(problems);
    await context.close();
  });
});

/** content/ with three more copies of each top-level advisory (`<slug>-2` to `<slug>-4`), so a common word has more than 50 hits. */
function paddedContent(dir: string): string {
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  for (const locale of ['lv-LV', 'nb-NO']) {
    for (const name of readdirSync(join(content, locale)).filter((n) => n.endsWith('.md'))) {
      for (const n of [2, 3, 4]) cpSync(join(content, locale, name), join(content, locale, name.replace(/\.md$/, `-${n}.md`)));
    }
  }
  return content;
}

/** Pagefind's own count for a query, stemmed as the search page stems it. */
async function pagefindCount(page: Page, query: string): Promise<number> {
  return page.evaluate(`(async (q) => {
    const root = document.documentElement;
    const base = root.getAttribute('data-base') || '/';
    const pagefind = await import(base + 'pagefind/pagefind.js');
    await pagefind.options({ baseUrl: base });
    const found = await pagefind.search(window.tolkStemQuery ? window.tolkStemQuery(q, root.lang) : q);
    return found.results.length;
  })(${JSON.stringify(query)})`);
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

describe.runIf(hasChromium)('search shows every result, 25 at a time (content/ with each advisory four times, under --base /docs/)', () => {
  const BASE = '/docs/';
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(BASE, { content: paddedContent(tempDir('tolk-search-more-')) }); });
  afterAll(async () => { await site?.close(); });

  it('"Microsoft" on lv-lv: the status line gives Pagefind\'s total, not 25; "show more" adds 25 at a time, focus goes to the first added result, and the button goes when all are shown', async () => {
    const lv = JSON.parse(readFileSync(join(ROOT, 'templates', 'strings', 'lv.json'), 'utf8')) as Record<string, string>;
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/?q=Microsoft'));
    const status = page.locator('#search-status');
    const items = page.locator('#search-results li');
    const more = page.locator('button.search-more');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toBe('');
    const total = await pagefindCount(page, 'Microsoft');
    expect(total).toBeGreaterThan(50);
    expect(await status.innerText()).toBe(fill(lv.searchResults, { query: 'Microsoft', count: total }));
    expect(await items.count()).toBe(25);
    expect(await more.isVisible()).toBe(true);
    expect((await more.innerText()).trim()).toBe(lv.searchMore);

    // By keyboard: the next 25 are added, and focus moves to the first of them (result 26).
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(50);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await items.nth(25).locator('a').getAttribute('href'));
    expect(await status.innerText()).toBe(`${fill(lv.searchResults, { query: 'Microsoft', count: total })} ${fill(lv.searchShown, { shown: 50 })}`);
    expect(await more.isVisible()).toBe(true);

    // By mouse: the rest; nothing is left to show, so the button goes.
    await more.click();
    await expect.poll(() => items.count()).toBe(total);
    expect(await more.isVisible()).toBe(false);
    expect(await status.innerText()).toBe(`${fill(lv.searchResults, { query: 'Microsoft', count: total })} ${fill(lv.searchShown, { shown: total })}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await items.nth(50).locator('a').getAttribute('href'));
    const paths = await page.locator('#search-results li a').evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
    expect(new Set(paths).size).toBe(total);
    expect(paths.every((p) => p.startsWith(`${BASE}lv-lv/`))).toBe(true);

    // A new query starts again from its own first 25.
    await page.locator('#search-q').fill('Microsoft 365');
    await page.locator('.search-form button[type="submit"]').click();
    await expect.poll(() => status.innerText()).toContain('Microsoft 365');
    const again = await pagefindCount(page, 'Microsoft 365');
    expect(await items.count()).toBe(Math.min(25, again));
    expect(await more.isVisible()).toBe(again > 25);
    expectNoProblems(problems);
    await context.close();
  });

  it('Back from result 40 of "Microsoft" (after "show more") shows 50 results again, scrolled to where the reader was', async () => {
    const { context, page, problems } = await openPage(site, { width: 375, height: 640 });
    await page.goto(at(site, 'lv-lv/search/?q=Microsoft'));
    const items = page.locator('#search-results li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(25);
    await page.locator('button.search-more').click();
    await expect.poll(() => items.count()).toBe(50);
    const opened = items.nth(39).locator('a');
    await opened.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(1000);
    const href = await opened.getAttribute('href');
    await opened.click();
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
    await page.goBack();
    await page.waitForURL(/\/search\/\?q=Microsoft$/);
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(50);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
    expect(await items.nth(39).locator('a').getAttribute('href')).toBe(href);
    expect(await items.nth(39).locator('a').isVisible()).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });

  it('a query with 25 hits or fewer ("Gatavošanās") shows them all and no button', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/?q=Gatavošanās'));
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
    const total = await pagefindCount(page, 'Gatavošanās');
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(25);
    expect(await page.locator('#search-results li').count()).toBe(total);
    expect(await page.locator('button.search-more').isVisible()).toBe(false);
    expectNoProblems(problems);
    await context.close();
  });
});

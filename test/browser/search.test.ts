/**
 * Issue 3, search: Pagefind's per-language indexes in the real built default site. A Latvian
 * word is found from an lv-lv page (through the header search form and the search page) and
 * leads to the right advisory; the Norwegian index does not return it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
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

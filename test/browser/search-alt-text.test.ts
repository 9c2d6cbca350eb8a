/**
 * Every image's alt text is searchable, and no image URL is. Pagefind indexes no alt text of its
 * own: only the first image's, as page metadata, which the pages stopped giving it (a data:
 * image's letters matched nonsense queries), so a reader searching for what a screenshot shows
 * ("Hurtigmenyspråklinje") found nothing. Fixture (alt-language): the real advisory hide-display-reset-language-bar,
 * lv-LV and nb-NO, three screenshots each; words of their alts appear nowhere else on the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';

const FIXTURE = join(ROOT, 'test/fixtures/alt-language');
const SLUG = 'hide-display-reset-language-bar';

/** The pages Pagefind finds for `query` and the words it marked in each, loaded as the search page loads it. */
async function hits(page: Page, query: string): Promise<{ url: string; marked: string[] }[]> {
  return page.evaluate(`(async (q) => {
    const pagefind = await import(document.documentElement.getAttribute('data-pagefind'));
    await pagefind.options({ baseUrl: '/' });
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({ url: decodeURIComponent(d.url), marked: (d.excerpt.match(/<mark>[^<]*<\\/mark>/g) || []).map((m) => m.slice(6, -7)) }));
  })(${JSON.stringify(query)})`);
}

/** The indexed text of the one page `query` finds. */
async function pageText(page: Page, query: string): Promise<string> {
  return page.evaluate(`(async (q) => {
    const pagefind = await import(document.documentElement.getAttribute('data-pagefind'));
    await pagefind.options({ baseUrl: '/' });
    const found = await pagefind.search(q);
    return (await found.results[0].data()).content;
  })(${JSON.stringify(query)})`);
}

describe.runIf(hasChromium)('search index: image alt texts, not image URLs (real advisory with three screenshots)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tolk-alt-text-'));
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const r = tolk(['build', '--content', FIXTURE, '--out', join(tmp, 'site'), '--no-qa']);
    if (r.code !== 0) throw new Error(`tolk build exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    server = await serveStatic(join(tmp, 'site'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('nb-no: the second screenshot\'s alt ("Hurtigmenyspråklinje", a word only it has) finds the page, and all three alts are its text', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}nb-no/search/`);
    expect(await hits(page, 'hurtigmenyspråklinje')).toEqual([{ url: `/nb-no/${SLUG}/`, marked: ['Hurtigmenyspråklinje.'] }]);
    const content = await pageText(page, 'hurtigmenyspråklinje');
    for (const alt of ['Minimere språklinjen', 'Hurtigmenyspråklinje', 'Gjenopprette språklinjen']) expect(content).toContain(alt);
    await page.close();
  });

  it('lv-lv: the English alt a translation kept ("Pop out language bar") is found from the search page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}lv-lv/search/?q=${encodeURIComponent('language bar')}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).toBe('Rezultāti vaicājumam “language bar”: 1.');
    expect(await page.locator('#search-results li mark').allInnerTexts()).toEqual(['language', 'bar.']);
    const content = await pageText(page, 'language');
    for (const alt of ['Valodu joslas minimizēšana', 'Pop out language bar', 'Valodu joslas atjaunošana']) expect(content).toContain(alt);
    await page.close();
  });

  it('en-us: the English alt is indexed; a Latvian alt the English page shows for want of an English one is not (no Latvian words in English results)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en-us/search/`);
    for (const query of ['valodu', 'joslas']) expect(await hits(page, query), query).toEqual([]);
    const content = await pageText(page, 'language');
    expect(content).toContain('Pop out language bar');
    expect(content).not.toContain('Valodu');
    await page.close();
  });

  it('words of the images\' addresses ("media", "png", "restore") find nothing', async () => {
    const page = await browser.newPage();
    for (const locale of ['lv-lv', 'nb-no']) {
      await page.goto(`${server.url}${locale}/search/`);
      for (const query of ['media', 'png', 'restore']) expect(await hits(page, query), `${locale} ${query}`).toEqual([]);
    }
    await page.close();
  });
});

/**
 * Search does not match the letters of a page's data: image. Pagefind keeps the first image after
 * the h1 as the page's `image` metadata and indexes its words: on the real corpus a nonsense query
 * ("exchnage", "xyzzyq") found pages through the letters of their inline icons. The site
 * shows no thumbnails, so pages give Pagefind no image. Fixture: the real advisory
 * outlook-com-view-message-source (an inline data:image/png icon), lv-LV and nb-NO.
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

const FIXTURE = join(ROOT, 'test/fixtures/data-image');
const SLUG = 'outlook-com-view-message-source';

interface Hit { url: string; meta: Record<string, string>; locations: number }

/** Pagefind's own answer (before search.js judges it), loaded as the search page loads it. */
async function pagefindHits(page: Page, query: string): Promise<Hit[]> {
  return page.evaluate(`(async (q) => {
    const pagefind = await import(document.documentElement.getAttribute('data-pagefind'));
    await pagefind.options({ baseUrl: '/' });
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({ url: decodeURIComponent(d.url), meta: d.meta, locations: d.locations.length }));
  })(${JSON.stringify(query)})`);
}

describe.runIf(hasChromium)('search index: no data: image letters (real advisory with an inline icon)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tolk-data-image-'));
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

  it('words of the icon\'s data: URL ("dataimage", "base64", "pngbase") find nothing; the page\'s words still find it, with its title and no image', async () => {
    const page = await browser.newPage();
    for (const locale of ['lv-lv', 'nb-no', 'en-us']) {
      await page.goto(`${server.url}${locale}/search/`);
      // Before, each found the page, matched nowhere in its text (no locations): in its image metadata.
      for (const query of ['dataimage', 'base64', 'pngbase']) expect(await pagefindHits(page, query), `${locale} ${query}`).toEqual([]);
    }
    await page.goto(`${server.url}lv-lv/search/`);
    const [hit, ...others] = await pagefindHits(page, 'galvenes');
    expect(others).toEqual([]);
    expect(hit.url).toBe(`/lv-lv/${SLUG}/`);
    expect(hit.locations).toBeGreaterThan(0);
    expect(hit.meta.title).toBe('Kā skatīt Outlook.com ziņojumu galvenes vai ziņojumu avotu');
    expect(hit.meta.image ?? '').toBe('');
    await page.close();
  });
});

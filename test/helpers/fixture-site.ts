/**
 * A site built by the real `tolk build` from a fixture folder, served over HTTP, with a browser:
 * what the browser tests on real advisories share. Call `fixtureSite` at the top of a describe
 * block; it registers its own beforeAll/afterAll.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { tolk } from './cli.js';
import { serveStatic, type RunningServer } from './static-server.js';
import { tempDir } from './temp-dir.js';

export interface FixtureSite {
  /** The server's root URL, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

/** Builds `fixture` (extra build options in `args`, e.g. `--no-search`), serves it and starts a browser. */
export function fixtureSite(fixture: string, args: string[] = []): FixtureSite {
  const tmp = tempDir('tolk-fixture-site-');
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const r = tolk(['build', '--content', fixture, '--out', join(tmp, 'site'), '--no-qa', ...args]);
    if (r.code !== 0) throw new Error(`tolk build exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
    server = await serveStatic(join(tmp, 'site'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });
  return {
    get url() { return server!.url; },
    get browser() { return browser!; },
  };
}

/** One page Pagefind finds, as its `data()` gives it (before search.js judges it). */
export interface PagefindHit {
  url: string;
  meta: Record<string, string>;
  locations: number;
  content: string;
  /** The words the excerpt marks. */
  marked: string[];
}

/** Pagefind's own answer for `query`, loaded as the search page loads it (the page must be a search page). */
export async function pagefindHits(page: Page, query: string): Promise<PagefindHit[]> {
  return page.evaluate(`(async (q) => {
    const pagefind = await import(document.documentElement.getAttribute('data-pagefind'));
    await pagefind.options({ baseUrl: '/' });
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => ({
      url: decodeURIComponent(d.url), meta: d.meta, locations: d.locations.length, content: d.content,
      marked: (d.excerpt.match(/<mark>[^<]*<\\/mark>/g) || []).map((m) => m.slice(6, -7)),
    }));
  })(${JSON.stringify(query)})`);
}

/**
 * What the search page shows once a search (and the offer for a misspelt word) has settled.
 *
 * "Settled" is known, not guessed: `trackSearches` serves the page's Pagefind module through a
 * thin wrapper that counts the searches and result loads still running. The offer follows "no
 * results" once its own searches are done, so its absence is read only when none is left.
 */
import { expect } from 'vitest';
import type { Page, Route } from 'playwright-core';

export interface SettledSearch {
  status: string;
  /** The offer under the status line ("Pages with words starting …: Show them"); null while hidden. */
  offer: string | null;
  /** Paths of the result links. */
  results: string[];
}

/** Marks the real module's address, so the wrapper's own import of it is let through. */
const REAL = 'tolk-test-real';

/** A module with Pagefind's exports whose `search` (and each result's `data`) counts what is still running in `window.tolkSearches`. */
function wrapper(real: string): string {
  const from = JSON.stringify(real);
  return `import * as real from ${from};
export * from ${from};
const state = window.tolkSearches = { pending: 0 };
function track(promise) {
  state.pending++;
  return Promise.resolve(promise).finally(function () { state.pending--; });
}
export function search() {
  return track(real.search.apply(null, arguments).then(function (found) {
    for (const result of (found && found.results) || []) {
      const data = result.data;
      result.data = function () { return track(data.apply(result, arguments)); };
    }
    return found;
  }));
}
`;
}

/**
 * Call before the search page is opened (it holds for every page the tab opens, Back included).
 * Another route for Pagefind's script registered after this one must end in `route.fallback()`.
 */
export async function trackSearches(page: Page): Promise<void> {
  await page.route((url) => url.pathname.endsWith('/pagefind/pagefind.js'), async (route: Route) => {
    const url = route.request().url();
    if (url.includes(REAL)) { await route.fallback(); return; }
    const real = `${url}${url.includes('?') ? '&' : '?'}${REAL}`;
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: wrapper(real) });
  });
}

/**
 * Waits until the status line shows and no search or result load of the page is running (the
 * page under `trackSearches`). After typing into the field, first wait for the status of the
 * new query: until the typing pause has passed, the previous one's is the settled status.
 */
export async function searchSettled(page: Page): Promise<SettledSearch> {
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
  await expect.poll(() => page.evaluate(() => {
    const state = (window as unknown as { tolkSearches?: { pending: number } }).tolkSearches;
    if (!state) throw new Error('searchSettled: call trackSearches(page) before opening the search page');
    return state.pending;
  }), { timeout: 10_000 }).toBe(0);
  const offer = page.locator('.search-near');
  return {
    status: await page.locator('#search-status').innerText(),
    offer: await offer.isVisible() ? (await offer.innerText()).trim() : null,
    results: await page.locator('#search-results li a').evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname))),
  };
}

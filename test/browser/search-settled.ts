/** What the search page shows once a search (and the offer for a misspelt word) has settled. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface SettledSearch {
  status: string;
  /** The offer under the status line ("Pages with words starting …: Show them"); null while hidden. */
  offer: string | null;
  /** Paths of the result links. */
  results: string[];
}

/**
 * Waits for the status line, then for the offer when one is `offered`, else for `quietMs` (the
 * offer follows "no results" once its own searches are done, so its absence needs a wait).
 */
export async function searchSettled(page: Page, { offered = false, quietMs = 1000 } = {}): Promise<SettledSearch> {
  await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
  const offer = page.locator('.search-near');
  if (offered) await expect.poll(() => offer.isVisible(), { timeout: 10_000 }).toBe(true);
  else await page.waitForTimeout(quietMs);
  return {
    status: await page.locator('#search-status').innerText(),
    offer: await offer.isVisible() ? (await offer.innerText()).trim() : null,
    results: await page.locator('#search-results li a').evaluateAll((links) =>
      links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname))),
  };
}

/**
 * A screen reader reads out the offer for a misspelt word. The status line ("No results for
 * “pasword”.") is a live region, but the offer under it ("Pages with words starting “pas”: Show
 * them") came later in a plain paragraph, so a reader who cannot see it never learned of it. It is
 * now a polite live region, in the accessibility tree (empty) before the offer arrives, as a live
 * region must be for its new text to be read out. Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

interface LiveRegion { role: string; live: string }

/** The live regions in Chromium's accessibility tree, as a screen reader gets them. */
async function liveRegions(page: Page): Promise<LiveRegion[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as {
    nodes: { ignored: boolean; role?: { value: string }; properties?: { name: string; value: { value: string } }[] }[];
  };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).flatMap((node) => {
    const live = (node.properties ?? []).find((p) => p.name === 'live');
    return live ? [{ role: node.role?.value ?? '', live: live.value.value }] : [];
  });
}

describe.runIf(hasChromium)('search: the offer for a misspelt word is read out (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('lv-lv: the offer\'s live region is there before it; typing "paroless" fills it with the offer, and a word found empties it', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'lv-lv/search/'));
    await expect.poll(() => liveRegions(page)).toEqual([{ role: 'status', live: 'polite' }, { role: 'paragraph', live: 'polite' }]);
    await page.locator('#search-q').fill('paroless');
    const offer = page.locator('[aria-live="polite"]', { has: page.locator('button') });
    await expect.poll(() => offer.innerText(), { timeout: 10_000 }).toBe('Lapas ar vārdiem, kas sākas ar “parol”: Rādīt tās');
    expect(await page.locator('#search-status').innerText()).toBe('Nav rezultātu vaicājumam “paroless”.');
    await page.locator('#search-q').fill('paroles');
    await expect.poll(() => page.locator('#search-status').innerText()).toBe('Rezultāti vaicājumam “paroles”: 1.');
    expect((await page.locator('.search-near').innerText()).trim()).toBe('');
    expect(await page.locator('.search-near button').isVisible()).toBe(false);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

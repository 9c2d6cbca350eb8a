/**
 * A result's excerpt shows where it was cut from the page. Pagefind's excerpt is a window of the
 * page's words, mostly from mid-sentence: "1.2 lietošanai pakalpojumā Microsoft 365. …" for the
 * page "Gatavošanās TLS 1.2 lietošanai…", shown as if the page began there, which read as a
 * broken snippet. An ellipsis now marks each side cut off, and none is added where the excerpt
 * begins the text after the page's title or ends the page's text. Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

/** Each shown result's excerpt, by the result's path. */
async function excerpts(site: ServedSite, page: Page, path: string): Promise<Map<string, string>> {
  await page.goto(at(site, path));
  await expect.poll(() => page.locator('#search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  const rows = await page.locator('#search-results li').evaluateAll((items) => items.map((li) => [
    decodeURIComponent(new URL(li.querySelector('a')!.href).pathname), li.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim(),
  ]));
  return new Map(rows as [string, string][]);
}

describe.runIf(hasChromium)('search: an excerpt cut from mid-page is marked with an ellipsis (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('lv-lv "Microsoft": the Bookings and TLS pages\' begin the text after the title and are cut at the end; "plūsma": the workflow page\'s is cut before and ends the page', async () => {
    const { context, page, problems } = await openPage(site);
    const shown = await excerpts(site, page, 'lv-lv/search/?q=Microsoft');
    // The title is shown above the excerpt, which begins after it (search-snippet-after-title.test.ts).
    const tls = shown.get('/lv-lv/prepare-for-use-of-tls-1-2-in-office-365/')!;
    expect(tls.startsWith('Sākot ar 2018. gada 31. oktobri, Microsoft 365')).toBe(true);
    expect(tls.endsWith(' …')).toBe(true);
    const bookings = shown.get('/lv-lv/enable-or-disable-microsoft-bookings/')!;
    expect(bookings.startsWith('Iespējojiet vai atspējojiet Microsoft Bookings')).toBe(true);
    expect(bookings.endsWith(' …')).toBe(true);
    const workflow = (await excerpts(site, page, 'lv-lv/search/?q=plūsma')).get('/lv-lv/workflow-email-not-being-sent/')!;
    expect(workflow.startsWith('… ')).toBe(true);
    expect(workflow.endsWith('SharePoint un plūsma.')).toBe(true);
    // One mark a side at most, and never an ellipsis on its own.
    for (const text of shown.values()) expect(text).toMatch(/^(… )?[^…]+( …)?$/);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('nb-no "Microsoft" and en-us "TLS 1.2": the excerpt that begins the text after the title has no mark before it, one from mid-page has', async () => {
    const { context, page, problems } = await openPage(site);
    const nb = await excerpts(site, page, 'nb-no/search/?q=Microsoft');
    expect(nb.get('/nb-no/activation-sign-in-issue-another-account-is-already-signed-in/')!.startsWith('For å løse denne filen')).toBe(true);
    expect(nb.get('/nb-no/prepare-for-use-of-tls-1-2-in-office-365/')!.startsWith('Fra og med 31. oktober 2018')).toBe(true);
    expect(nb.get('/nb-no/changing-shared-mailbox-send-as-behavior/')!).toMatch(/^… .*medlemmene skal se Sendt e-post/);
    const en = await excerpts(site, page, 'en-us/search/?q=TLS%201.2');
    expect(en.get('/en-us/tls-certificates/')!.startsWith('TLS 1.2 enforcement')).toBe(true);
    expect(en.get('/en-us/prepare-for-use-of-tls-1-2-in-office-365/')!.startsWith('As of October 31st, 2018')).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

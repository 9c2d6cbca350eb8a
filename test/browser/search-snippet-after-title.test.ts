/**
 * A result's snippet does not repeat its title. Pagefind reads a page's text from its heading
 * on, and its excerpt window mostly began there, so most snippets opened with the title shown
 * just above them ("Paroles maiņa" / "Paroles maiņa. Jūsu Outlook.com parole…"), spending a third
 * of the snippet on it. The snippet is now taken from the text after the title: from its start
 * when a match is there, else where the matches are, with the matches marked and an ellipsis
 * where the text was cut (search-excerpt-cuts.test.ts); the title's matches are marked in the
 * title. Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { pagefindHits } from '../helpers/fixture-site.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

interface Shown { path: string; title: string; snippet: string; marked: string[]; titleMarked: string[] }

/** Each shown result: its path, title, snippet text (spaces squeezed) and marked words. */
async function results(site: ServedSite, page: Page, path: string): Promise<Shown[]> {
  await page.goto(at(site, path));
  await expect.poll(() => page.locator('#search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  return page.locator('#search-results li').evaluateAll((items) => items.map((li) => ({
    path: decodeURIComponent(new URL(li.querySelector('a')!.href).pathname),
    title: li.querySelector('a')!.textContent!,
    snippet: li.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim(),
    marked: [...li.querySelectorAll('p mark')].map((mark) => mark.textContent!),
    titleMarked: [...li.querySelectorAll('a mark')].map((mark) => mark.textContent!),
  })));
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const CASES = [
  { path: 'lv-lv/search/?q=Microsoft', query: 'Microsoft' },
  { path: 'lv-lv/search/?q=pastkastes', query: 'pastkast' },
  { path: 'nb-no/search/?q=postboks', query: 'postboks' },
  { path: 'en-us/search/?q=TLS%201.2', query: 'TLS 1.2' },
  { path: 'en-us/search/?q=shared%20mailbox', query: 'shared mailbox' },
];

describe.runIf(hasChromium)('search: a snippet does not repeat its result\'s title (content/, built site)', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const c of CASES) {
    it(`${c.path}: every snippet is text from after its title, "…" exactly where it was cut`, async () => {
      const { context, page, problems } = await openPage(site);
      const shown = await results(site, page, c.path);
      // The pages' text as Pagefind holds it (query as the page searched it: Latvian stemmed).
      const hits = new Map((await pagefindHits(page, c.query)).map((hit) => [hit.url, hit]));
      for (const result of shown) {
        const content = squeeze(hits.get(result.path)!.content);
        const title = squeeze(result.title);
        expect(content.startsWith(title)).toBe(true);
        expect(result.snippet.replace(/^… /, '').startsWith(title)).toBe(false);
        const text = result.snippet.replace(/^… /, '').replace(/ …$/, '');
        const at = content.indexOf(text, title.length);
        expect(at, `${result.path}: ${result.snippet}`).toBeGreaterThan(title.length - 1);
        // "…" before it when words of the text after the title were left out, after it when the page goes on.
        expect(result.snippet.startsWith('… ')).toBe(!['', '.'].includes(content.slice(title.length, at).trim()));
        expect(result.snippet.endsWith(' …')).toBe(at + text.length < content.length);
      }
      expect(problems.pageErrors).toEqual([]);
      await context.close();
    });
  }

  it('en-us "shared mailbox": the Send As page\'s title, then its first sentences with the words marked', async () => {
    const { context, page, problems } = await openPage(site);
    const shown = await results(site, page, 'en-us/search/?q=shared%20mailbox');
    expect(shown[0]).toEqual({
      path: '/en-us/changing-shared-mailbox-send-as-behavior/',
      title: 'Changing shared mailbox Send As behavior',
      snippet: 'By default, messages sent from the shared mailbox aren\'t saved to the Sent Items folder of the shared mailbox. Instead, they are saved to the Sent Items folder of the …',
      marked: ['shared', 'mailbox', 'shared', 'mailbox.'],
      titleMarked: ['shared', 'mailbox'],
    });
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('lv-lv "Gatavošanās", a word only the TLS page\'s title has: marked in the title; the snippet is the text after it', async () => {
    const { context, page, problems } = await openPage(site);
    const [tls] = await results(site, page, 'lv-lv/search/?q=Gatavo%C5%A1an%C4%81s');
    expect(tls).toMatchObject({
      path: '/lv-lv/prepare-for-use-of-tls-1-2-in-office-365/',
      title: 'Gatavošanās TLS 1.2 lietošanai pakalpojumā Microsoft 365',
      titleMarked: ['Gatavošanās'],
      marked: [],
    });
    expect(tls.snippet.startsWith('Sākot ar 2018. gada 31. oktobri, Microsoft 365')).toBe(true);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});

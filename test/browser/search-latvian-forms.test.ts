/**
 * Latvian search keeps the pages with a form of each query word and drops those that only a
 * longer, other word brought in. The search page cuts the ending off a Latvian word and Pagefind
 * matches words starting with the stem, so "Teams" (cut to "team") found the TeamViewer page,
 * second of 288 on the corpus (Pagefind indexes the part "Team" of "TeamViewer" as a word), and
 * "konts" (account) pages with only "kontrole" (control). Inflected forms are still found:
 * "kontam" finds the pages with "konts", "kontu", "konta". Real advisories of the shared corpus
 * (a few, built as a site of their own); skipped without the corpus.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { CORPUS, hasCorpus } from '../helpers/corpus.js';
import { fixtureSite } from '../helpers/fixture-site.js';
import { tempDir } from '../helpers/temp-dir.js';

const TEAMS = 'teams-supported-web-browsers';
const TEAMVIEWER = 'use-teamviewer-to-remotely-administer-intune-devices';
// Says "Teams" 27 times, and "kontrole"/"kontrolē", no form of "konts".
const POLICIES = 'policies-catchall';
// "konta", "kontam", "konti", and the English word "Team".
const SUBSCRIPTIONS = 'azure-supported-subscription-types';
const ACCOUNT = 'outlook-com-add-account';
const DOCUMENTS = [TEAMS, TEAMVIEWER, POLICIES, SUBSCRIPTIONS, ACCOUNT];

/** A content folder with those advisories of the corpus, in each locale that has them. */
function corpusExtract(): string {
  const content = tempDir('tolk-search-forms-');
  for (const locale of ['lv-LV', 'nb-NO']) {
    mkdirSync(join(content, locale));
    for (const slug of DOCUMENTS) {
      const file = join(CORPUS, locale, `${slug}.md`);
      if (existsSync(file)) copyFileSync(file, join(content, locale, `${slug}.md`));
    }
  }
  return content;
}

describe.runIf(hasChromium && hasCorpus)('Latvian search: forms of a word, not longer words that start like its stem', () => {
  const site = fixtureSite(hasCorpus ? corpusExtract() : '');

  /** The search page's status line and result pages for `query` on lv-lv. */
  async function search(query: string): Promise<{ status: string; results: string[] }> {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.url}lv-lv/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('#search-status').innerText(), { timeout: 10_000 }).not.toBe('');
    const status = await page.locator('#search-status').innerText();
    const results = (await page.locator('#search-results li a').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[2]))).sort();
    expect(errors).toEqual([]);
    await page.close();
    return { status, results };
  }

  it('"Teams" finds the pages about Teams, not the TeamViewer page (nor "Team", another word); "TeamViewer" still finds it', async () => {
    expect(await search('Teams')).toEqual({ status: 'Rezultāti vaicājumam “Teams”: 2.', results: [POLICIES, TEAMS] });
    expect((await search('teams')).results).toEqual([POLICIES, TEAMS]);
    expect((await search('TeamViewer')).results).toEqual([TEAMVIEWER]);
  });

  it('"konts" and its forms "kontam", "kontu" find the pages with a form of it, not the page with only "kontrole"', async () => {
    for (const query of ['konts', 'kontam', 'kontu']) {
      expect(await search(query)).toEqual({ status: `Rezultāti vaicājumam “${query}”: 2.`, results: [ACCOUNT, SUBSCRIPTIONS].sort() });
    }
    // "kontrole" is a word of its own, and found as such.
    expect((await search('kontrole')).results).toEqual([POLICIES]);
  });

  it('a query of two cut words keeps only the pages with forms of both ("Teams kontroles")', async () => {
    expect((await search('Teams kontroles')).results).toEqual([POLICIES]);
    expect(await search('Teams konti')).toEqual({ status: 'Nav rezultātu vaicājumam “Teams konti”.', results: [] });
  });
});

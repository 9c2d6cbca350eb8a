/**
 * In the browser: the QA page's "Not read, so not checked" section (see
 * test/render/qa-page-not-read.test.ts) is in view beside the summary, passes axe, and follows
 * the findings list's locale, severity and search filters: a Norwegian translator who picks nb-NO
 * sees the nb-NO link and the top-level LV-LV/ folder, not lv-LV's files. Built with the real CLI
 * from content/'s TLS advisory, with an `LV-LV/` beside `lv-LV/` and symbolic links in both locales.
 */
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { CONTENT } from '../helpers/corpus.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

function contentWithUnread(): string {
  const dir = join(contentCopy(tempDir('tolk-qa-not-read-browser-'), [TLS]), 'content');
  for (const locale of ['lv-LV', 'nb-NO']) symlinkSync(join(CONTENT, locale, `${TLS}.md`), join(dir, locale, 'linked.md'));
  mkdirSync(join(dir, 'LV-LV'));
  cpSync(join(CONTENT, 'lv-LV', `${TLS}.md`), join(dir, 'LV-LV', 'other.md'));
  return dir;
}

const shownFiles = (page: Page) => page.locator('#qa-not-read tbody tr:visible th').allInnerTexts();

describe.runIf(hasChromium)('QA page in the browser: content not read', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite('/', { content: contentWithUnread() }); }, 120_000);
  afterAll(async () => { await site?.close(); });

  it('shows each file or folder in the first screen, with what is wrong and what tolk did; axe finds nothing', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'qa/'));
    await page.locator('#qa-count:not(:empty)').waitFor();
    const section = page.getByRole('region', { name: 'Not read, so not checked' });
    await expect.poll(() => section.isVisible()).toBe(true);
    expect(await page.locator('#qa-not-read-h').boundingBox().then((b) => b!.y)).toBeLessThan(800);
    expect(await shownFiles(page)).toEqual(['LV-LV/', 'lv-LV/linked.md', 'nb-NO/linked.md']);
    const row = page.locator('#qa-not-read tbody tr').filter({ has: page.locator('th', { hasText: /^LV-LV\/$/ }) });
    expect(await row.locator('td').last().innerText()).toMatch(/^not read: the folder name is not a locale tag/);
    await page.locator('.qa-intro a[href="#qa-not-read"]').click();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('follows the locale and search filters of the findings list, and says when none match', async () => {
    const { context, page } = await openPage(site);
    await page.goto(at(site, 'qa/?locale=nb-NO'));
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await shownFiles(page)).toEqual(['LV-LV/', 'nb-NO/linked.md']);
    await page.locator('#qa-f-q').fill('symbolic');
    await expect.poll(() => shownFiles(page)).toEqual(['nb-NO/linked.md']);
    await page.locator('#qa-f-q').fill('no-such-words');
    await expect.poll(() => shownFiles(page)).toEqual([]);
    expect(await page.locator('#qa-not-read-none').isVisible()).toBe(true);
    await page.locator('#qa-filters button[type="reset"]').click();
    await expect.poll(() => shownFiles(page)).toEqual(['LV-LV/', 'lv-LV/linked.md', 'nb-NO/linked.md']);
    await context.close();
  });
});

/**
 * A site built without --base and opened from disk loads no CSS or script (its URLs start at `/`):
 * the reader saw an unstyled page, each translation run into its English, and nothing saying why.
 * Every page now begins with a notice that the site must be served; site.css hides it. In
 * Chromium: opened as a file (or served at another path than it was built for) the notice shows,
 * in the page's language; served as built, it is neither seen nor in the accessibility tree.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { tempDir } from '../helpers/temp-dir.js';

const DOC = 'Excel-crashing';
const LV_NOTICE = /^Šī lapa nevarēja ielādēt savus stilus un skriptus.*npx tolk serve/s;
const NB_NOTICE = /^Denne siden kunne ikke laste inn stilene og skriptene sine.*npx tolk serve/s;

/** Text of the nodes Chromium's accessibility tree exposes (not ignored), as a screen reader gets them. */
async function accessibleText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { ignored: boolean; name?: { value: string } }[] };
  await cdp.detach();
  return nodes.filter((node) => !node.ignored).map((node) => node.name?.value ?? '').join('\n');
}

describe.runIf(hasChromium)('a page says when it must be served, and only then', () => {
  const dir = contentCopy(tempDir('tolk-pages-from-disk-'), [DOC]);
  const site = join(dir, 'site');
  let browser: Browser;
  let served: RunningServer;
  let misplaced: RunningServer;

  beforeAll(async () => {
    const r = tolk(['build', '--out', 'site', '--no-qa'], dir);
    expect(r.code, r.stderr).toBe(0);
    browser = await launchChromium();
    served = await serveStatic(site);
    // Built for the root of the host, served under /docs/: its stylesheet is not found either.
    misplaced = await serveStatic(site, '/docs/');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await misplaced?.close();
  });

  const notice = (page: Page) => page.locator('.open-from-disk');

  it('an advisory opened as a file shows the notice first, in Latvian, and a screen reader reads it', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'lv-lv', DOC, 'index.html')).href, { waitUntil: 'load' });
    expect(await notice(page).isVisible()).toBe(true);
    expect(await notice(page).innerText()).toMatch(LV_NOTICE);
    // Above everything else on the unstyled page.
    const box = (await notice(page).boundingBox())!;
    expect(box.y).toBeLessThan(40);
    expect((await page.locator('.site-header').boundingBox())!.y).toBeGreaterThan(box.y + box.height);
    expect(await accessibleText(page)).toContain('npx tolk serve');
    await page.close();
  });

  it('the root language picker and the nb-no home, opened as files, show it too', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(site, 'index.html')).href, { waitUntil: 'load' });
    expect(await notice(page).isVisible()).toBe(true);
    expect(await notice(page).innerText()).toMatch(/^This page could not load its styles and scripts/);
    await page.goto(pathToFileURL(join(site, 'nb-no', 'index.html')).href, { waitUntil: 'load' });
    expect(await notice(page).innerText()).toMatch(NB_NOTICE);
    await page.close();
  });

  it('served as built, with its CSS, the same pages do not show it, nor expose it to screen readers', async () => {
    const page = await browser.newPage();
    for (const path of [`lv-lv/${DOC}/`, 'nb-no/', 'lv-lv/search/', 'lv-lv/missing/']) {
      await page.goto(`${served.url}${path}`);
      // The stylesheet did load: the header has its border.
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
      expect(await notice(page).count()).toBe(1);
      expect(await notice(page).isVisible()).toBe(false);
      expect(await accessibleText(page)).not.toContain('npx tolk serve');
    }
    await page.emulateMedia({ media: 'print' });
    expect(await notice(page).isVisible()).toBe(false);
    await page.close();
  });

  it('served at another path than it was built for (a wrong --base), the stylesheet is missing and the notice shows', async () => {
    const page = await browser.newPage();
    await page.goto(`${misplaced.url}lv-lv/${DOC}/`);
    expect(await notice(page).isVisible()).toBe(true);
    expect(await notice(page).innerText()).toMatch(LV_NOTICE);
    await page.close();
  });
});

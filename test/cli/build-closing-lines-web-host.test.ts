/**
 * A user who builds the site and double-clicks `_site/index.html` gets a page without styles or
 * scripts (every URL starts at the root of the host, or at --base): the advisory's translation and
 * its English run together as one text, and every link opens a missing file. The build's closing
 * lines said how to preview it, but not that the folder is made for a web host, nor where on it.
 * They now say so, and this test checks in Chromium that what they say about file:// is true.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { contentCopy } from '../helpers/serve.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = contentCopy(tempDir('tolk-open-from-disk-'), ['Excel-crashing']);
const lastLines = (stdout: string) => stdout.trimEnd().split('\n').slice(-3);

describe('the closing lines of tolk build say where the site works', () => {
  it('without --base: at the root of a web host, not opened from disk', () => {
    const r = tolk(['build', '--out', 'site', '--no-search', '--no-qa'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(lastLines(r.stdout)).toEqual([
      'preview it with live reload: `npx tolk serve --out site --no-search --no-qa` (or serve site/ with any static web server)',
      'site/ is made for the root of a web host (its links start at /; for a sub-path, build with --base /path/): ' +
        'opened from disk as a file, its pages show without styles or scripts and their links lead nowhere',
      'no sitemap.xml: its URLs must be absolute; to publish, build with --site-url https://your.host',
    ]);
  });

  it('with --base: at that path of a web host', () => {
    const r = tolk(['build', '--out', 'docs', '--base', '/docs/', '--site-url', 'https://example.org', '--no-search', '--no-qa'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(lastLines(r.stdout).slice(-1)).toEqual([
      'docs/ is made for /docs/ on a web host (its links start there): opened from disk as a file, ' +
        'its pages show without styles or scripts and their links lead nowhere',
    ]);
  });

  it.runIf(hasChromium)('which is what Chromium shows for a page opened as a file', async () => {
    expect(tolk(['build', '--out', 'site', '--no-search', '--no-qa'], dir).code).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
      await page.goto(pathToFileURL(join(dir, 'site', 'lv-lv', 'Excel-crashing', 'index.html')).href, { waitUntil: 'load' });
      expect(failed).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/site\.css$/), expect.stringMatching(/^\/assets\/site\.js$/)]));
      // No stylesheet: the English originals, hidden beside their translations on the site, show.
      expect(await page.locator('.seg-en').first().isVisible()).toBe(true);
      const home = await page.locator('.lang-switch a[data-locale="nb-NO"]').getAttribute('href');
      expect(new URL(home!, page.url()).href).toBe('file:///nb-no/Excel-crashing/');
    } finally {
      await browser.close();
    }
  });
});

/**
 * Served as Apache serves a type it does not know (no Content-Type), a media file that begins as
 * HTML would be run by Chromium as a page of the site. tolk does not publish such files
 * (test/helpers/sniffable-media.ts): their addresses are 404s, and clicking each link of the
 * advisory that links them opens no dialog; the real drawing it links is still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { ADVISORY, LOOSE, MEDIA, writeSniffableMedia } from '../helpers/sniffable-media.js';
import { tempDir } from '../helpers/temp-dir.js';
import { at, serveBuiltSite, type ServedSite } from './site-fixture.js';

describe.runIf(hasChromium)('media served with no Content-Type (Apache, a type it does not know)', () => {
  let site: ServedSite;
  beforeAll(async () => {
    const content = writeSniffableMedia(tempDir('tolk-hosting-media-'));
    site = await serveBuiltSite('/docs/', { content, args: ['--no-search', '--no-qa'], unknownType: null, timeout: 60_000 });
  });
  afterAll(async () => { await site?.close(); });

  it('no file the advisory links runs script when opened; the real drawing is served', async () => {
    const dialogs: string[] = [];
    const page = await site.browser.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(at(site, `lv-lv/${ADVISORY}/`));
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    const statuses: Record<string, number> = {};
    // A link to x.md is a link to an advisory, not to the file (security-media-sniffed-as-page.test.ts checks those).
    for (const file of [...Object.keys(MEDIA).filter((f) => !f.endsWith('.md')), LOOSE]) {
      const url = hrefs.find(([text]) => text === file)![1]!;
      statuses[file] = (await page.request.get(url)).status();
      // Opened as a reader opens it; a file the browser downloads instead ends the navigation.
      // The files' script is inline, so it has run (and any dialog shown) when the page has
      // loaded, which is what goto waits for.
      await page.goto(url, { waitUntil: 'load' }).catch((error: Error) => {
        if (!/Download is starting/.test(error.message)) throw error;
      });
    }
    await page.close();
    expect(dialogs).toEqual([]);
    expect(statuses).toEqual({
      'media/evil.vsdx': 404, 'media/notes.vtt': 404, 'media/drawing.html.vsdx': 404, 'media/shot.php.png': 404, [LOOSE]: 404,
      'media/real.vsdx': 200, 'media/talk.vtt': 200,
    });
  });
});

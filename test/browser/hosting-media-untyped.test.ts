/**
 * Served as Apache serves a type it does not know (no Content-Type), a media file that begins as
 * HTML would be run by Chromium as a page of the site. tolk does not publish such files
 * (test/helpers/sniffable-media.ts): their addresses are 404s, and clicking each link of the
 * advisory that links them opens no dialog; the real drawing it links is still there.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { ADVISORY, LOOSE, MEDIA, writeSniffableMedia } from '../helpers/sniffable-media.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { tempDir } from '../helpers/temp-dir.js';

describe.runIf(hasChromium)('media served with no Content-Type (Apache, a type it does not know)', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    const dir = tempDir('tolk-hosting-review-media-');
    const out = join(dir, 'site');
    const r = tolk(['build', '--content', writeSniffableMedia(dir), '--out', out, '--base', '/docs/', '--no-search', '--no-qa'], undefined, 60_000);
    if (r.code !== 0) throw new Error(`tolk build exited ${r.code}:\n${r.stderr}`);
    server = await serveStatic(out, '/docs/', null);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no file the advisory links runs script when opened; the real drawing is served', async () => {
    const dialogs: string[] = [];
    const page = await browser.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(`${server.url}lv-lv/${ADVISORY}/`);
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    const statuses: Record<string, number> = {};
    // A link to x.md is a link to an advisory, not to the file (security-review-media.test.ts checks those).
    for (const file of [...Object.keys(MEDIA).filter((f) => !f.endsWith('.md')), LOOSE]) {
      const url = hrefs.find(([text]) => text === file)![1]!;
      statuses[file] = (await page.request.get(url)).status();
      // Opened as a reader opens it; a file the browser downloads instead ends the navigation.
      await page.goto(url).catch(() => null);
      await page.waitForTimeout(200);
    }
    await page.close();
    expect(dialogs).toEqual([]);
    expect(statuses).toEqual({
      'media/evil.vsdx': 404, 'media/notes.vtt': 404, 'media/drawing.html.vsdx': 404, 'media/shot.php.png': 404, [LOOSE]: 404,
      'media/real.vsdx': 200, 'media/talk.vtt': 200,
    });
  });
});

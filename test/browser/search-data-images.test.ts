/**
 * Search does not match the letters of a page's data: image. Pagefind keeps the first image after
 * the h1 as the page's `image` metadata and indexes its words: on the real corpus a nonsense query
 * ("exchnage", "xyzzyq") found pages through the letters of their inline icons. The site
 * shows no thumbnails, so pages give Pagefind no image. Fixture: the real advisory
 * outlook-com-view-message-source (an inline data:image/png icon), lv-LV and nb-NO.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { fixtureSite, pagefindHits } from '../helpers/fixture-site.js';

const FIXTURE = join(ROOT, 'test/fixtures/data-image');
const SLUG = 'outlook-com-view-message-source';

describe.runIf(hasChromium)('search index: no data: image letters (real advisory with an inline icon)', () => {
  const site = fixtureSite(FIXTURE);

  it('words of the icon\'s data: URL ("dataimage", "base64", "pngbase") find nothing; the page\'s words still find it, with its title and no image', async () => {
    const page = await site.browser.newPage();
    for (const locale of ['lv-lv', 'nb-no', 'en-us']) {
      await page.goto(`${site.url}${locale}/search/`);
      // Before, each found the page, matched nowhere in its text (no locations): in its image metadata.
      for (const query of ['dataimage', 'base64', 'pngbase']) expect(await pagefindHits(page, query), `${locale} ${query}`).toEqual([]);
    }
    await page.goto(`${site.url}lv-lv/search/`);
    const [hit, ...others] = await pagefindHits(page, 'galvenes');
    expect(others).toEqual([]);
    expect(hit.url).toBe(`/lv-lv/${SLUG}/`);
    expect(hit.locations).toBeGreaterThan(0);
    expect(hit.meta.title).toBe('Kā skatīt Outlook.com ziņojumu galvenes vai ziņojumu avotu');
    expect(hit.meta.image ?? '').toBe('');
    await page.close();
  });
});

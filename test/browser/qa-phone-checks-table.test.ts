/**
 * The QA report on a phone (390 px): the "Findings per check" table scrolls sideways in its box,
 * each row keeping its check's name (and what it looks for) at the left. That row head took half
 * the table's width, 386 px in a 358 px box: the descriptions were cut at the right edge, and
 * scrolled sideways the held row head covered every count of its row, so a translator could read
 * no check's counts. Default site, built and served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { animationsDone } from './page-settled.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

describe.runIf(hasChromium)('QA report at 390 px: the per-check table', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('each check\'s row head fits in the box, and scrolled sideways it leaves the locale and waived counts in view', async () => {
    const { context, page } = await openPage(site, { width: 390, height: 844, touch: true });
    await page.goto(at(site, 'qa/'));
    await page.locator('#qa-count:not(:empty)').waitFor();
    const box = page.locator('.qa-scroll', { has: page.locator('table.qa-checks') });
    const fits = await box.evaluate((region) => {
      const right = region.getBoundingClientRect().right;
      return [...region.querySelectorAll('tbody th[scope="row"]')].filter((th) => th.getBoundingClientRect().right > right + 0.5).length;
    });
    expect(fits, 'row heads wider than the box').toBe(0);

    // Scrolled to the end, each row's counts per locale and its waived count are the cells the reader sees.
    await box.evaluate((region) => { window.scrollTo(0, region.getBoundingClientRect().top + window.scrollY - 200); region.scrollLeft = region.scrollWidth; });
    // The page has seen the scroll (the site header has slid away or back).
    await animationsDone(page);
    const { hidden, judged } = await box.evaluate((region) => {
      const out: string[] = [];
      let cells = 0;
      // Rows out of the window, or where the site's header (it comes back on scrolling up) lies, are not judged.
      const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
      for (const row of region.querySelectorAll('tbody tr')) {
        if (row.getBoundingClientRect().top > window.innerHeight - 16 || row.getBoundingClientRect().top < headerBottom) continue;
        for (const cell of row.querySelectorAll('td.num')) {
          cells++;
          const r = cell.getBoundingClientRect();
          const seen = document.elementFromPoint(r.left + r.width / 2, r.top + 8);
          if (!seen || !cell.contains(seen)) out.push(`${row.querySelector('code')?.textContent}: ${cell.textContent}`);
        }
      }
      return { hidden: out, judged: cells };
    });
    expect(judged, "count cells in view").toBeGreaterThanOrEqual(6);
    expect(hidden).toEqual([]);
    await context.close();
  });
});

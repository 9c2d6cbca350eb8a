/**
 * `tolk qa` and `tolk build` print a file from the folder they ran in (`content/nb-NO/x.md:25`,
 * `../shared/corpus/nb-NO/x.md:25:1:`), so it opens there; the QA report names it from the
 * content folder (`nb-NO/x.md:25`). A translator who pastes the printed place into the report's
 * search still finds that finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { serveBareReport, type BareReport } from '../browser/qa-bare-page.js';

describe.runIf(hasChromium)('QA report: a path as tolk printed it finds its finding', () => {
  let served: BareReport;
  beforeAll(async () => { served = await serveBareReport(); });
  afterAll(async () => { await served?.close(); });

  it('with the content folder before it, as the text report and a diagnostic print it', async () => {
    const { page, errors, close } = await served.open();
    const path = (await page.locator('#qa-list > li').nth(3).locator('code.qa-path').textContent()) ?? '';
    expect(path).toMatch(/^(lv-LV|nb-NO)\/.+\.md:\d+$/);
    const title = await page.locator('#qa-list > li').nth(3).locator('.qa-where').textContent();
    for (const pasted of [`content/${path}`, `../shared/corpus/alchemy-insights/${path}:1:`, `/home/me/docs/content/${path}`]) {
      await page.locator('#qa-f-q').fill(pasted);
      await expect.poll(() => page.locator('#qa-count').innerText(), { message: pasted }).toMatch(/^Showing \d+ of \d+ matching/);
      expect(await page.locator('#qa-list > li .qa-where').allTextContents(), pasted).toContain(title);
      for (const other of await page.locator('#qa-list code.qa-path').allTextContents()) expect(other.startsWith(path), pasted).toBe(true);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * A translator pastes a finding's place into the QA report's search, as the page's "where" line
 * writes it (`nb-NO/x.md:25`), or as a diagnostic does (`nb-NO/x.md:25:1:`), and finds that
 * finding: the search did not know the file name. `tolk qa` and `tolk build` print a file from
 * the folder they ran in (`content/nb-NO/x.md:25`, `../shared/corpus/nb-NO/x.md:25:1:`), so it
 * opens there; pasted so, it finds the same finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

describe.runIf(hasChromium)('QA report: a pasted path finds its finding', () => {
  let served: BareReport;
  const open = () => served.open();
  beforeAll(async () => { served = await serveBareReport(); });
  afterAll(async () => { await served?.close(); });

  const count = (page: Page) => page.locator('#qa-count').innerText();
  const shownPaths = (page: Page) => page.locator('#qa-list code.qa-path').allTextContents();
  /** Some findings are shown, and all of them at `path` (file and line). */
  const onlyAt = (paths: string[], path: string) => paths.length > 0 && paths.every((other) => other.startsWith(path));

  /**
   * Pastes each form of the fourth finding's path (`formsOf(path)`) into the search and checks it
   * finds that finding, and only findings at the same file and line (a path names one place).
   */
  async function pastedFormsFind(formsOf: (path: string) => string[]): Promise<void> {
    const { page, errors, close } = await open();
    const fourth = page.locator('#qa-list > li').nth(3);
    // Read as find-in-page reads them: findings below the window are not laid out (qa.css), so
    // have no innerText until scrolled to.
    const path = (await fourth.locator('code.qa-path').textContent()) ?? '';
    expect(path).toMatch(/^(lv-LV|nb-NO)\/.+\.md:\d+$/);
    const title = await fourth.locator('.qa-where').textContent();
    for (const pasted of formsOf(path)) {
      await page.locator('#qa-f-q').fill(pasted);
      await expect.poll(() => count(page), { message: pasted }).toMatch(/^Showing \d+ of \d+ matching/);
      // The search applies after a short pause: wait for the list, not only the count line.
      await expect.poll(() => shownPaths(page), { message: pasted }).toSatisfy((paths: string[]) => onlyAt(paths, path));
      expect(await page.locator('#qa-list > li .qa-where').allTextContents(), pasted).toContain(title);
    }
    expect(errors).toEqual([]);
    await close();
  }

  it('the path of a finding, pasted into the search as the page and the text report write it, finds that finding', async () => {
    await pastedFormsFind((path) => [path, `${path}:1:`]);
  });

  it('with the content folder before it, as the text report and a diagnostic print it', async () => {
    await pastedFormsFind((path) => [`content/${path}`, `../shared/corpus/alchemy-insights/${path}:1:`, `/home/me/docs/content/${path}`]);
  });
});

/**
 * The QA report's address holds its filters, to be reloaded or sent to a colleague. A search for a
 * finding's path (`lv-LV/x.md:24`, the one way to point at one finding) was written
 * `?q=lv-LV%2Fx.md%3A24`: unreadable in a chat message, and not what the translator typed. `/`
 * and `:` may stand in a query as they are, so the address keeps them; it still opens the same list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

describe.runIf(hasChromium)('QA report: a readable address', () => {
  let served: BareReport;
  beforeAll(async () => { served = await serveBareReport(); });
  afterAll(async () => { await served?.close(); });

  it('a searched path stays readable in the address, and the address opens that finding again', async () => {
    const { page, errors, close } = await served.open();
    // As find-in-page reads it: the finding is below the window, so not laid out (qa.css), without innerText.
    const path = await page.locator('#qa-list > li').nth(2).locator('code.qa-path').textContent() ?? '';
    expect(path).toMatch(/^(lv-LV|nb-NO)\/.+\.md:\d+$/);
    await page.locator('#qa-f-q').fill(path);
    await expect.poll(() => new URL(page.url()).search).not.toBe('');
    expect(new URL(page.url()).search).toBe(`?q=${path}`);
    const shown = await page.locator('#qa-count').innerText();
    await page.goto(page.url());
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await page.locator('#qa-f-q').inputValue()).toBe(path);
    expect(await page.locator('#qa-count').innerText()).toBe(shown);
    expect(await page.locator('#qa-list code.qa-path').first().textContent()).toBe(path);
    expect(errors).toEqual([]);
    await close();
  });
});

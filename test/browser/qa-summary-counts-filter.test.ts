/**
 * A translator with thousands of findings clicks a count in the QA report's summary tables (lv-LV
 * warnings) many times a session: the list shows those findings without reloading the report
 * (4 MB on the 2,910-advisory corpus, 1 to 3 seconds a click), lands at the findings with Tab
 * starting there, and Back shows the list before. A count opened in a new tab stays a link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

describe.runIf(hasChromium)('QA report: the summary counts filter in place', () => {
  let served: BareReport;
  const open = () => served.open();
  const unwaived = () => served.report.findings.filter((f) => f.waived === null);
  beforeAll(async () => { served = await serveBareReport(); });
  afterAll(async () => { await served?.close(); });

  const count = (page: Page) => page.locator('#qa-count').innerText();
  /** Set on the page's window: still there after a click means the page was not loaded again. */
  const mark = (page: Page) => page.evaluate(() => { (window as unknown as { kept: boolean }).kept = true; });
  const kept = (page: Page) => page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

  it('a count in the summary table shows its findings without reloading the report, at the findings; Back shows the list before', async () => {
    const { page, errors, close } = await open();
    const warnings = unwaived().filter((f) => f.locale === 'lv-LV' && f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(warnings).toBeLessThan(unwaived().length);
    await mark(page);
    await page.locator('.qa-table tbody tr', { hasText: 'lv-LV' }).locator('a', { hasText: String(warnings) }).click();
    await expect.poll(() => count(page)).toContain(`of ${warnings} matching`);
    expect(new URL(page.url()).search).toBe('?locale=lv-LV&severity=warning');
    expect(new URL(page.url()).hash).toBe('#qa-findings');
    expect(await kept(page), 'the report was not loaded again').toBe(true);
    expect(await page.locator('#qa-f-locale').inputValue()).toBe('lv-LV');
    expect(await page.locator('#qa-f-severity').inputValue()).toBe('warning');
    await expect.poll(() => page.locator('#qa-findings-h').evaluate((h) => {
      const r = h.getBoundingClientRect();
      // Rounded: the heading may sit a fraction of a pixel above the top edge.
      return Math.round(r.top) >= 0 && r.bottom <= window.innerHeight;
    }), { message: 'the Findings heading is in the window' }).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id), 'Tab starts at the findings').toBe('qa-f-locale');

    await page.goBack();
    await expect.poll(() => count(page)).toContain(`of ${unwaived().length} matching`);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#qa-f-locale').inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => count(page)).toContain(`of ${warnings} matching`);
    expect(await kept(page)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('a count opened with Ctrl (a new tab) is left to the browser', async () => {
    const { page, close } = await open();
    const popup = page.context().waitForEvent('page');
    await page.locator('.qa-table tfoot a').first().click({ modifiers: ['Control'] });
    const tab = await popup;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).search).toMatch(/^\?severity=/);
    expect(new URL(page.url()).search, 'this tab keeps its list').toBe('');
    await close();
  });
});

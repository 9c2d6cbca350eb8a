/**
 * A finding tells a translator what to do about it where it is: its check's description (what
 * the check looks for and how to fix it) opens under the message, by mouse or keyboard, instead
 * of being only in the summary table screens above.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

interface ReportJson { checks: { id: string; description: string }[] }

async function openReport(page: Page, site: ServedSite, query: string): Promise<void> {
  await page.goto(at(site, `qa/${query}`));
  await page.locator('#qa-count:not(:empty)').waitFor();
}

describe.runIf(hasChromium)('QA report: each finding says what to do', () => {
  let site: ServedSite;
  let descriptions: Map<string, string>;
  beforeAll(async () => {
    site = await serveBuiltSite();
    const { page, context } = await openPage(site);
    const report = await (await page.request.get(at(site, 'qa/report.json'))).json() as ReportJson;
    descriptions = new Map(report.checks.map((c) => [c.id, c.description]));
    await context.close();
  });
  afterAll(async () => { await site?.close(); });

  it('nb-NO TLS 1,2: the number-mismatch finding opens its check\'s advice by keyboard, after the message', async () => {
    const { context, page } = await openPage(site, { width: 390 });
    await openReport(page, site, '?locale=nb-NO&check=number-mismatch&q=1%2C2');
    const item = page.locator('#qa-list > li').first();
    expect(await item.locator('.qa-message').innerText()).toBe('version 1.2 is written 1,2 (versions keep the dot)');
    const about = item.locator('details.qa-about');
    expect(await about.locator('summary').innerText()).toBe('What this check looks for, and what to do');
    // Closed at first: fifty findings of one check would repeat it fifty times.
    expect(await about.locator('p').isVisible()).toBe(false);
    await about.locator('summary').focus();
    await page.keyboard.press('Enter');
    const advice = await about.locator('p').innerText();
    expect(advice).toBe(descriptions.get('number-mismatch'));
    expect(advice).toContain('"TLS 1,2" is wrong');
    expect(advice).toContain('Correct the number in the translation.');
    // It follows the message, and comes before the English and the translation.
    const order = await item.evaluate((li) => [...li.children].map((c) => c.className.split(' ')[0]));
    expect(order.indexOf('qa-about')).toBe(order.indexOf('qa-message') + 1);
    expect(order.indexOf('qa-about')).toBeLessThan(order.indexOf('qa-texts'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });

  it('at 1280px each finding\'s Waive button sits beside its "Open" link, at the right end, however long the "where" line', async () => {
    const { context, page } = await openPage(site);
    await openReport(page, site, '');
    const places = await page.locator('#qa-list > li').evaluateAll((items) => items.map((li) => {
      const link = li.querySelector('a.qa-open')?.getBoundingClientRect();
      const button = li.querySelector('button.qa-waive-open')?.getBoundingClientRect();
      const box = li.getBoundingClientRect();
      return link && button ? {
        where: li.querySelector('.qa-where')?.textContent ?? '',
        sameLine: Math.abs((link.top + link.bottom) / 2 - (button.top + button.bottom) / 2) < 8,
        gapToRight: Math.round(box.right - button.right),
      } : null;
    }).filter((p) => p !== null));
    expect(places.length).toBeGreaterThan(20);
    // The long "where" lines (a long document name) are the ones the button used to leave.
    expect(places.filter((p) => !p.sameLine || p.gapToRight > 40).map((p) => p.where)).toEqual([]);
    await context.close();
  });

  it('one finding matching the filters: "Waive the 1 finding…", "Copy 1 waiver", "Copied 1 waiver…"; two: "Waive all 2 findings…"', async () => {
    const { context, page } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReport(page, site, '?locale=nb-NO&check=number-mismatch&document=prepare-for-use-of-tls-1-2-in-office-365&q=294fe-102');
    const all = page.locator('.qa-waive-all-open');
    expect(await all.innerText()).toBe('Waive the 1 finding that matches the filters…');
    await all.click();
    expect(await page.locator('#qa-w-all .qa-waive-copy').innerText()).toBe('Copy 1 waiver');
    await page.keyboard.type('a version written the Norwegian way on purpose');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#qa-w-all .qa-waive-status').innerText()).toBe(
      'Copied 1 waiver as a JSON array: paste its entry into the "waivers" list of tolk.config.json.');
    const waivers = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { segment: string }[];
    expect(waivers.map((w) => w.segment)).toEqual(['294fe-102']);
    await page.locator('#qa-f-q').fill('');
    await expect.poll(() => all.innerText()).toBe('Waive all 2 findings that match the filters…');
    expect(await page.locator('#qa-w-all .qa-waive-copy').innerText()).toBe('Copy 2 waivers');
    await context.close();
  });

  it('every finding on screen carries the description of its own check', async () => {
    const { context, page } = await openPage(site);
    await openReport(page, site, '');
    const pairs = await page.locator('#qa-list > li').evaluateAll((items) => items.map((li) => ({
      id: li.querySelector('.qa-check-id')?.textContent ?? '',
      text: li.querySelector('.qa-about p')?.textContent ?? null,
    })));
    expect(pairs.length).toBe(50);
    expect(new Set(pairs.map((p) => p.id)).size).toBeGreaterThan(3);
    for (const { id, text } of pairs) expect(text, id).toBe(descriptions.get(id));
    await context.close();
  });
});

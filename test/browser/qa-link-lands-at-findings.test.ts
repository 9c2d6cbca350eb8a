/**
 * A translator following a link to some findings lands at them: an advisory's footer link to its
 * own findings, or a filtered address a colleague sent, opens the report at its findings list
 * (the summary tables of the whole corpus above it are screens long), with Tab starting there.
 * The plain report address still opens at the top.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { at, ensureResultsDir, openPage, serveBuiltSite, type ServedSite } from './site-fixture.js';

const DOC = 'activate-or-reactivate-a-subscription';
const CLEAN = 'cannot-access-public-folders';

/** Where an element is against the window. */
const placeOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top), bottom: Math.round(r.bottom), height: window.innerHeight };
});

async function settled(page: Page): Promise<void> {
  await page.locator('#qa-count:not(:empty)').waitFor();
  // The jump to the findings is a fragment navigation after the list is drawn.
  await page.waitForFunction(() => document.readyState === 'complete');
}

describe.runIf(hasChromium)('QA report: a link to findings lands at the findings', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const width of [1280, 390]) {
    it(`at ${width}px an advisory's footer link shows that advisory's findings in the window, and Tab starts at the filters`, async () => {
      const { context, page } = await openPage(site, { width });
      await page.goto(at(site, `lv-lv/${DOC}/`));
      await page.locator('footer a', { hasText: 'šī raksta atradumi' }).click();
      await settled(page);
      const heading = await placeOf(page, '#qa-findings-h');
      expect(heading.top, 'the Findings heading is in the window').toBeGreaterThanOrEqual(0);
      expect(heading.bottom).toBeLessThanOrEqual(heading.height);
      // The summary table is above, out of sight.
      expect((await placeOf(page, '.qa-table')).bottom).toBeLessThan(0);
      if (width >= 1000) {
        const first = await placeOf(page, '#qa-list > li');
        expect(first.top, 'the first finding starts in the window').toBeLessThan(first.height);
      }
      // No extra history entry: Back returns to the advisory.
      expect(new URL(page.url()).hash).toBe('#qa-findings');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('qa-f-locale');
      await page.goBack();
      await page.waitForURL((url) => url.pathname.startsWith('/lv-lv/'));
      await context.close();
    });
  }

  it('on a 390×844 phone the footer link shows the first finding and its message on the first screen, not only the filters', async () => {
    const { context, page } = await openPage(site, { width: 390, height: 844 });
    await page.goto(at(site, `lv-lv/${DOC}/`));
    await page.locator('footer a', { hasText: 'šī raksta atradumi' }).click();
    await settled(page);
    const message = await placeOf(page, '#qa-list > li .qa-message');
    expect(message.top).toBeGreaterThan(0);
    expect(message.bottom, 'the message of the first finding is on the first screen').toBeLessThanOrEqual(message.height);
    // Each menu beside its label, all of them usable and inside the screen.
    const menus = await page.locator('#qa-filters select, #qa-f-q').evaluateAll((fields) =>
      fields.map((f) => { const r = f.getBoundingClientRect(); return { width: r.width, right: r.right }; }));
    expect(menus.every((m) => m.width >= 150 && m.right <= 390)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: join(ensureResultsDir(), 'qa-link-lands-phone-footer.png') });
    await context.close();
  });

  it('a clean advisory\'s footer link shows, in the window, the note that it has no findings', async () => {
    const { context, page } = await openPage(site, { width: 390 });
    await page.goto(at(site, `nb-no/${CLEAN}/`));
    await page.locator('footer a', { hasText: 'funn i denne artikkelen' }).click();
    await settled(page);
    const note = await placeOf(page, '#qa-doc-notice');
    expect(note.top).toBeGreaterThanOrEqual(0);
    expect(note.bottom).toBeLessThanOrEqual(note.height);
    await context.close();
  });

  it('in the dark theme the note that an advisory has no findings is readable (no axe contrast violation)', async () => {
    const { context, page } = await openPage(site);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(site, `qa/?locale=nb-NO&document=${CLEAN}`));
    await settled(page);
    expect(await page.locator('#qa-doc-notice').isVisible()).toBe(true);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('a shared filtered address opens at the findings; the plain address at the top', async () => {
    const { context, page } = await openPage(site);
    await page.goto(at(site, 'qa/?locale=nb-NO&severity=error'));
    await settled(page);
    expect((await placeOf(page, '#qa-findings-h')).top).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.goto(at(site, 'qa/'));
    await settled(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });
});

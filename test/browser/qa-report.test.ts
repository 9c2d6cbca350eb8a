/**
 * Issue 4 in a real browser: the QA report at `<base>qa/` of the built default site passes axe,
 * its filters narrow the findings client-side, and a finding's link opens the advisory with
 * the sentence (`#seg-<key>`) highlighted by `:target` and scrolled into view.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { brokenLinks, renderedFindingLinks } from './qa-links.js';
import { at, ensureResultsDir, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';
const RESTORE = 'restore-an-office-365-group-using-eac';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

/** Opens the report and waits until qa.js has rendered the findings. */
async function openReport(page: Page, site: ServedSite, query = ''): Promise<void> {
  expect(existsSync(join(site.dir, 'qa', 'index.html')), 'tolk build writes the QA report page qa/index.html').toBe(true);
  await page.goto(at(site, `qa/${query}`));
  await page.locator('#qa-count:not(:empty)').waitFor();
}

const findings = (page: Page) => page.locator('#qa-list > li');
// The text of every finding shown, read as find-in-page and a screen reader read it: findings
// out of view are not laid out (qa.css, content-visibility), so have no innerText yet.
const whereLines = (page: Page) => findings(page).locator('.qa-where').allTextContents();
const checkIds = (page: Page) => findings(page).locator('.qa-check-id').allTextContents();
/** The number of findings matching the filters, from the count line ("Showing 50 of 123 matching findings (…)"). */
async function matching(page: Page): Promise<number> {
  const line = await page.locator('#qa-count').innerText();
  const shown = /(\d+)\D+?(\d+) matching/.exec(line);
  return shown ? Number(shown[2]) : 0;
}

/** A menu's options as a user reads them: value, the count in the label ("error (4)"), disabled. */
async function menuOptions(page: Page, id: string): Promise<{ value: string; count: number; disabled: boolean }[]> {
  return page.locator(`#${id} option`).evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => ({
    value: o.value, count: Number(/\((\d+)\)$/.exec(o.textContent ?? '')?.[1] ?? -1), disabled: o.disabled,
  })));
}

describe.runIf(hasChromium)('QA report page (qa/) of the built default site', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  for (const scheme of ['light', 'dark'] as const) {
    it(`qa/ (${scheme}): no axe violations with findings and filters shown`, async () => {
      const { context, page, problems } = await openPage(site);
      await page.emulateMedia({ colorScheme: scheme });
      await openReport(page, site);
      expect(await page.locator('#qa-filters').isVisible()).toBe(true);
      expect(await findings(page).count()).toBeGreaterThan(0);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('choosing a locale, then a check, narrows the findings to them (client-side, no page load)', async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site);
    const all = await matching(page);
    // A mark on the window survives only if the filters never load a new page.
    await page.evaluate(() => { (window as unknown as { tolkMark: number }).tolkMark = 1; });

    await page.locator('#qa-f-locale').selectOption('lv-LV');
    await expect.poll(() => matching(page)).toBeLessThan(all);
    const lv = await matching(page);
    expect(lv).toBeGreaterThan(0);
    expect((await whereLines(page)).every((w) => w.startsWith('lv-LV'))).toBe(true);

    await page.locator('#qa-f-locale').selectOption('nb-NO');
    await page.locator('#qa-f-check').selectOption('number-mismatch');
    await expect.poll(async () => (await checkIds(page)).every((id) => id === 'number-mismatch')).toBe(true);
    const nbNumbers = await matching(page);
    expect(nbNumbers).toBeGreaterThan(0);
    expect(nbNumbers).toBeLessThan(all);
    expect((await whereLines(page)).every((w) => w.startsWith('nb-NO'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('check')).toBe('number-mismatch');

    await page.locator('#qa-filters button[type="reset"]').click();
    await expect.poll(() => matching(page)).toBe(all);
    expect(await page.evaluate(() => (window as unknown as { tolkMark?: number }).tolkMark)).toBe(1);
    expectNoProblems(problems);
    await context.close();
  });

  it(`a finding's link (nb-NO ${RESTORE}, merged 111) opens the advisory with #seg-111 highlighted and in view`, async () => {
    const { context, page, problems } = await openPage(site, { height: 600 });
    await openReport(page, site, `?document=${RESTORE}&check=merged-segment&locale=nb-NO`);
    const link = page.locator(`#qa-list a.qa-open[href$="/nb-no/${RESTORE}/#seg-111"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(new RegExp(`/nb-no/${RESTORE}/#seg-111$`));
    const target = page.locator('#seg-111');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    // The :target style is visible: a background unlike the page's.
    const [segBackground, bodyBackground] = await target.evaluate((el) =>
      [getComputedStyle(el).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    expect(segBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(segBackground).not.toBe(bodyBackground);
    // Scrolled to: the page moved, and the sentence is inside the viewport.
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { scrolled: window.scrollY > 0, top: r.top, bottom: r.bottom, height: window.innerHeight };
    });
    expect(inView.scrolled).toBe(true);
    expect(inView.top).toBeGreaterThanOrEqual(0);
    expect(inView.top).toBeLessThan(inView.height);
    await page.screenshot({ path: join(ensureResultsDir(), `nb-no-${RESTORE}-seg-111-from-qa.png`) });
    expectNoProblems(problems);
    await context.close();
  });

  it(`nb-NO ${TLS} 102 (TLS 1,2 vs 1.2): searching the findings and following the link lands on #seg-102`, async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site);
    await page.locator('#qa-f-q').fill('klargjøre tls');
    await expect.poll(() => matching(page)).toBeGreaterThan(0);
    const link = page.locator(`#qa-list a.qa-open[href$="/nb-no/${TLS}/#seg-102"]`).first();
    await link.click();
    await page.waitForURL(new RegExp(`/nb-no/${TLS}/#seg-102$`));
    expect(await page.locator('#seg-102').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator('#seg-102 > .seg-t').innerText()).toContain('Klargjøre');
    expectNoProblems(problems);
    await context.close();
  });

  it('with Locale = lv-LV, every menu option says how many findings choosing it shows (faceted counts)', async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site);
    await page.locator('#qa-f-locale').selectOption('lv-LV');
    const lv = await matching(page);
    for (const id of ['qa-f-severity', 'qa-f-check', 'qa-f-document']) {
      const options = await menuOptions(page, id);
      for (const option of options.slice(1)) {
        if (option.disabled) { expect(option.count, `${id} ${option.value}`).toBe(0); continue; }
        await page.locator(`#${id}`).selectOption(option.value);
        await expect.poll(() => matching(page), { message: `${id} ${option.value}` }).toBe(option.count);
        // The menu's own counts do not depend on its own choice.
        expect(await menuOptions(page, id)).toEqual(options.map((o) => ({ ...o, disabled: o.disabled && o.value !== option.value })));
      }
      await page.locator(`#${id}`).selectOption('');
      expect((await menuOptions(page, id))[0], `${id}: "All" counts what the other filters leave`).toMatchObject({ value: '', count: lv });
    }
    // And the other way round: the locale menu follows the severity chosen.
    await page.locator('#qa-f-severity').selectOption('error');
    const errors = await matching(page);
    const locales = await menuOptions(page, 'qa-f-locale');
    expect(locales.find((o) => o.value === 'lv-LV')?.count).toBe(errors);
    expectNoProblems(problems);
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`at ${width}px the report fits the screen; the coverage table ${width >= 1000 ? 'shows every column' : 'scrolls inside its box'}`, async () => {
      const { context, page, problems } = await openPage(site, { width });
      await openReport(page, site);
      const box = page.locator('section[aria-labelledby="qa-coverage-h"] .qa-scroll');
      await box.scrollIntoViewIfNeeded();
      const m = await box.evaluate((el) => {
        const cells = [...el.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
        return {
          boxWidth: el.clientWidth, tableWidth: el.scrollWidth, rightmost: Math.max(...cells.map((r) => r.right)),
          pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth,
        };
      });
      expect(m.pageWidth, 'the page itself never scrolls sideways').toBeLessThanOrEqual(m.viewport);
      if (width >= 1000) {
        expect(m.tableWidth, 'no column hidden behind a horizontal scroll').toBeLessThanOrEqual(m.boxWidth);
        expect(m.rightmost).toBeLessThanOrEqual(m.viewport);
        // The report uses the page width, not the ~46rem measure of an advisory.
        expect(m.boxWidth).toBeGreaterThan(1000);
      } else {
        expect(m.tableWidth).toBeGreaterThan(m.boxWidth);
        expect(await box.getAttribute('tabindex')).toBe('0');
      }
      await page.screenshot({ path: join(ensureResultsDir(), `qa-coverage-${width}.png`) });
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('every finding link goes to a page and sentence that exist in the built site', async () => {
    const { context, page, problems } = await openPage(site);
    const links = await renderedFindingLinks(page, site.url);
    expect(links.length).toBeGreaterThan(50);
    expect(brokenLinks(site.dir, links)).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('reports no error about the nb-NO "Tips" callout of set-up-insider-risk-management, which nb-NO readers see', async () => {
    const { context, page, problems } = await openPage(site);
    await page.goto(at(site, 'nb-no/set-up-insider-risk-management/'));
    expect(await page.locator('.callout-tip').count()).toBe(1);
    await openReport(page, site, '?locale=nb-NO&document=set-up-insider-risk-management');
    const texts = await findings(page).allInnerTexts();
    expect(texts.filter((t) => t.includes('[!TIPS]'))).toEqual([]);
    expectNoProblems(problems);
    await context.close();
  });

  it('the language switcher of the report keeps the user in it: no language links lead to a home page', async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site);
    const switcher = page.locator('.lang-switch');
    const links = await switcher.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(links).toEqual([['/qa/', 'page']]);
    expect(await switcher.locator('.lang-unavailable').allTextContents()).toEqual(['Latviešu (not available in this language)', 'Norsk bokmål (not available in this language)']);
    expectNoProblems(problems);
    await context.close();
  });

  it('qa/report.json is served next to the page', async () => {
    const { context, page, problems } = await openPage(site);
    const response = await page.goto(at(site, 'qa/report.json'));
    expect(response?.status()).toBe(200);
    const report = (await response?.json()) as { findings?: unknown[] };
    expect(Array.isArray(report.findings)).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });
});

/**
 * The QA report keeps and shares the translator's place (templates/assets/qa-state.js): the
 * filters live in the address (read on load, followed with replaceState, stale values dropped),
 * a return from an advisory to a reloaded report shows as many findings as before with the
 * opened finding in view (and focused when opened by keyboard), and a finding's document name
 * narrows the list to that document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const DOC = 'activate-or-reactivate-a-subscription';

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

async function openReport(page: Page, site: ServedSite, query = ''): Promise<void> {
  await page.goto(at(site, `qa/${query}`));
  await page.locator('#qa-count:not(:empty)').waitFor();
}

const findings = (page: Page) => page.locator('#qa-list > li');
const count = (page: Page) => page.locator('#qa-count').innerText();
const query = (page: Page) => new URL(page.url()).search;
const menuValues = (page: Page) => page.evaluate(() =>
  ['locale', 'check', 'severity', 'document', 'q'].map((k) => (document.getElementById(`qa-f-${k}`) as HTMLInputElement).value));

/** The number of findings matching the filters, from the count line. */
async function matching(page: Page): Promise<number> {
  return Number(/(\d+)\D+?(\d+) matching/.exec(await count(page))?.[2] ?? 0);
}

/** Counts history.replaceState calls (installed before the page's scripts run). */
async function countUrlWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { urlWrites: number };
    w.urlWrites = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => { w.urlWrites++; replace(...args); };
  });
}
const urlWrites = (page: Page) => page.evaluate(() => (window as unknown as { urlWrites: number }).urlWrites);

/** Where an element is against the window: top, bottom, and the window's height. */
const placeOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: window.innerHeight };
});

describe.runIf(hasChromium)('QA report: the place is kept and shared', () => {
  let site: ServedSite;
  beforeAll(async () => { site = await serveBuiltSite(); });
  afterAll(async () => { await site?.close(); });

  it('the filters are in the address: one replaceState per change (text debounced), and a reload shows the same list', async () => {
    const { context, page, problems } = await openPage(site);
    await countUrlWrites(page);
    await openReport(page, site);
    const historyLength = await page.evaluate(() => history.length);
    const before = await urlWrites(page);
    await page.locator('#qa-f-locale').selectOption('nb-NO');
    await expect.poll(() => query(page)).toBe('?locale=nb-NO');
    expect(await urlWrites(page)).toBe(before + 1);
    await page.locator('#qa-f-severity').selectOption('warning');
    // Four keystrokes' input events in one go: a loaded machine cannot stretch them past the debounce.
    await page.locator('#qa-f-q').evaluate((field: HTMLInputElement) => {
      for (const text of ['s', 'sp', 'spa', 'span']) {
        field.value = text;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
      }
    });
    await expect.poll(() => query(page)).toBe('?locale=nb-NO&severity=warning&q=span');
    expect(await urlWrites(page), 'four keystrokes, one address').toBe(before + 3);
    expect(await page.evaluate(() => history.length), 'no history entry per change').toBe(historyLength);
    const list = await count(page);

    await page.reload();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await menuValues(page)).toEqual(['nb-NO', '', 'warning', '', 'span']);
    expect(await count(page)).toBe(list);
    expectNoProblems(problems);
    await context.close();
  });

  it('a shared address with stale values: those are ignored and dropped, the menus show what is applied', async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site, '?locale=nb-no&check=no-such-check&severity=fatal&document=gone-since&q=&waived=1');
    // nb-no as typed by hand: the locale is matched ignoring case.
    expect(await menuValues(page)).toEqual(['nb-NO', '', '', '', '']);
    expect(await page.locator('#qa-f-waived').isChecked()).toBe(true);
    expect(query(page)).toBe('?locale=nb-NO&waived=1');
    expect(await matching(page)).toBeGreaterThan(0);
    expectNoProblems(problems);
    await context.close();
  });

  it('the report\'s own language link keeps the filters', async () => {
    const { context, page, problems } = await openPage(site);
    await openReport(page, site, '?check=whitespace');
    await page.locator('#qa-f-locale').selectOption('lv-LV');
    await page.locator('.lang-switch a[aria-current="page"]').click();
    await page.waitForLoadState('load');
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(query(page)).toBe('?locale=lv-LV&check=whitespace');
    expect(await menuValues(page)).toEqual(['lv-LV', 'whitespace', '', '', '']);
    expectNoProblems(problems);
    await context.close();
  });

  /*
   * Going back must reload the report, the case under test: Playwright's Chromium does not use
   * the back/forward cache (microsoft/playwright#41872), and an `unload` listener keeps a page
   * out of it in Chromium besides. A mark on the window proves the reload: were the page ever
   * restored from the cache, the test would fail on the mark rather than pass for nothing.
   */
  async function openAndComeBack(page: Page, site: ServedSite, n: number, how: 'keyboard' | 'mouse'): Promise<string> {
    await page.addInitScript(() => { window.addEventListener('unload', () => {}); });
    await openReport(page, site);
    await page.locator('#qa-more').click();
    await expect.poll(() => findings(page).count()).toBeGreaterThan(n);
    const item = findings(page).nth(n);
    const id = await item.locator('.qa-check-title').getAttribute('id');
    await item.scrollIntoViewIfNeeded();
    await page.evaluate(() => { (window as unknown as { tolkMark: number }).tolkMark = 1; });
    const link = item.locator('a.qa-open');
    if (how === 'keyboard') {
      await link.focus();
      await page.keyboard.press('Enter');
    } else {
      await link.click();
    }
    await page.waitForURL((url) => url.pathname !== '/qa/');
    await page.goBack();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await page.evaluate(() => (window as unknown as { tolkMark?: number }).tolkMark), 'the report was reloaded').toBeUndefined();
    return `#${id}`;
  }

  it('back from an advisory opened by keyboard: as many findings as before, the finding in view and its link focused', async () => {
    const { context, page, problems } = await openPage(site, { height: 600 });
    const title = await openAndComeBack(page, site, 60, 'keyboard');
    expect(await findings(page).count()).toBeGreaterThan(60);
    const place = await placeOf(page, title);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    expect(await page.evaluate((t) => document.activeElement === document.querySelector(t)?.closest('li')?.querySelector('a.qa-open'), title)).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });

  it('back from an advisory opened by mouse: the finding in view, the focus left alone; a new visit starts at the top', async () => {
    const { context, page, problems } = await openPage(site, { height: 600 });
    const title = await openAndComeBack(page, site, 55, 'mouse');
    const place = await placeOf(page, title);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Following a link to the report (not a return) opens it as usual.
    await openReport(page, site);
    expect(await findings(page).count()).toBe(50);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });

  for (const width of [1280, 375]) {
    it(`at ${width}px a finding's document name shows that document's findings, focuses the menu and says how many`, async () => {
      const { context, page, problems } = await openPage(site, { width });
      await openReport(page, site, '?locale=nb-NO');
      const button = findings(page).locator(`button.qa-doc[data-document="${DOC}"]`).first();
      // Read where the reader would: findings out of view are not laid out (qa.css), so have no
      // innerText until they come into view and the next frame draws them.
      await button.scrollIntoViewIfNeeded({ timeout: 5000 });
      await expect.poll(() => button.innerText()).toBe(DOC);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const expected = await page.locator(`#qa-f-document option[value="${DOC}"]`).evaluate((o) => Number(/\((\d+)\)$/.exec(o.textContent ?? '')?.[1]));
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#qa-f-document').inputValue()).toBe(DOC);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('qa-f-document');
      expect(await matching(page)).toBe(expected);
      expect(await count(page)).toMatch(new RegExp(`^Showing ${expected} of ${expected} matching`));
      expect(query(page)).toBe(`?locale=nb-NO&document=${DOC}`);
      const wheres = await findings(page).locator('.qa-where').allTextContents();
      // The file and line of each (qa-finding-path-copy.test.ts): `nb-NO/<doc>.md:21`.
      expect(wheres.every((w) => w.startsWith(`nb-NO/${DOC}.md`))).toBe(true);
      // The list is that document's now: its name is no longer a button.
      expect(await findings(page).locator('button.qa-doc').count()).toBe(0);
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('an advisory\'s footer leads to its own findings in its language; a clean one\'s says it has none', async () => {
    const { context, page, problems } = await openPage(site);
    const report = await (await page.request.get(at(site, 'qa/report.json'))).json() as {
      findings: { document: string; locale: string; waived: string | null }[];
    };
    const expected = report.findings.filter((f) => f.document === DOC && f.locale === 'lv-LV' && f.waived === null).length;
    expect(expected).toBeGreaterThan(0);

    await page.goto(at(site, `lv-lv/${DOC}/`));
    await page.locator('footer a', { hasText: 'šī raksta atradumi' }).click();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(query(page)).toBe(`?locale=lv-LV&document=${DOC}`);
    expect(await menuValues(page)).toEqual(['lv-LV', '', '', DOC, '']);
    expect(await matching(page)).toBe(expected);
    const wheres = await findings(page).locator('.qa-where').allInnerTexts();
    expect(wheres.every((w) => w.startsWith(`lv-LV/${DOC}.md`))).toBe(true);
    expect(await page.locator('#qa-doc-notice').count()).toBe(0);

    // The English page's link asks for the findings of every language.
    await page.goto(at(site, `en-us/${DOC}/`));
    await page.locator('footer a', { hasText: 'Findings for this advisory' }).click();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await menuValues(page)).toEqual(['', '', '', DOC, '']);
    expect(await matching(page)).toBe(report.findings.filter((f) => f.document === DOC && f.waived === null).length);

    // A document without findings: said, not replaced by other documents' findings in silence.
    const clean = 'cannot-access-public-folders';
    expect(report.findings.some((f) => f.document === clean)).toBe(false);
    await page.goto(at(site, `nb-no/${clean}/`));
    await page.locator('footer a', { hasText: 'funn i denne artikkelen' }).click();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect(await page.locator('#qa-doc-notice').innerText()).toBe(
      `This report has no findings for “${clean}”: the document has none, or it is not in the content.`);
    expect(await menuValues(page)).toEqual(['nb-NO', '', '', '', '']);
    await page.locator('#qa-f-document').selectOption(DOC);
    expect(await page.locator('#qa-doc-notice').count()).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });
});

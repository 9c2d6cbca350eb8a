/**
 * A filter change on the QA report draws 50 findings, each with two or three texts; laying them
 * all out took most of its time (on the corpus's report, on a busy machine: 64 to 427 ms a change,
 * median 100; 46 to 151 ms, median 75, once only the findings in view are laid out). Findings out of the window are not
 * laid out until they come near it, yet stay findable and readable; and a reload still puts the
 * finding the reader was at back where it was, to the pixel, though those above it are not laid
 * out yet (their estimated sizes would move it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, hasChromium } from '../helpers/browser.js';
import { afterFrames } from './page-settled.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

/** Whether the text of finding `i` in the list is laid out and drawn (not skipped as out of view). */
const drawn = (page: Page, i: number) => page.locator('#qa-list > li').nth(i).locator('.qa-message').evaluate(
  (message) => message.checkVisibility({ contentVisibilityAuto: true }));

describe.runIf(hasChromium)('QA report: only the findings in view are laid out', () => {
  let served: BareReport;
  beforeAll(async () => { served = await serveBareReport(); });
  afterAll(async () => { await served?.close(); });

  it('after a filter change the findings far below the window are not laid out; scrolled to, they are', async () => {
    const { page, errors, close } = await served.open();
    expect(await page.locator('#qa-list > li').count()).toBe(50);
    await page.locator('#qa-f-q').fill('a');
    await expect.poll(() => page.locator('#qa-list > li').count()).toBeGreaterThan(40);
    await page.evaluate(() => window.scrollTo(0, document.getElementById('qa-findings')!.offsetTop));
    await expect.poll(() => drawn(page, 0)).toBe(true);
    expect(await drawn(page, 40), 'the 41st finding, screens below, is not laid out').toBe(false);
    // Its text is still in the page: find-in-page and screen readers reach it.
    expect(await page.locator('#qa-list > li').nth(40).locator('.qa-message').textContent()).not.toBe('');
    await page.locator('#qa-list > li').nth(40).scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(page, 40)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('with a screen reader running, a finding far below the window is in the accessibility tree with its text', async () => {
    const { page, close } = await served.open();
    const url = page.url();
    await close();
    // Chromium builds its full accessibility tree (skipped content included) once an assistive
    // technology asks for it; this flag is how a test stands in for one.
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--force-renderer-accessibility'] });
    try {
      const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await reader.goto(url);
      await reader.locator('#qa-count:not(:empty)').waitFor();
      await reader.evaluate(() => window.scrollTo(0, document.getElementById('qa-findings')!.offsetTop));
      await expect.poll(() => drawn(reader, 0)).toBe(true);
      const last = reader.locator('#qa-list > li').last().locator('.qa-message');
      expect(await last.evaluate((m) => m.checkVisibility({ contentVisibilityAuto: true })), 'the last finding is not laid out').toBe(false);
      const message = (await last.textContent())!;
      const cdp = await reader.context().newCDPSession(reader);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
      const texts = nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText').map((n) => n.name?.value);
      expect(texts).toContain(message);
    } finally {
      await browser.close();
    }
  });

  it('a reload puts the finding at the top of the window back where it was, after 100 findings', async () => {
    const { page, errors, close } = await served.open();
    await page.locator('#qa-more').click();
    await expect.poll(() => page.locator('#qa-list > li').count()).toBeGreaterThan(50);
    const count = await page.locator('#qa-list > li').count();
    const item = page.locator('#qa-list > li').nth(count - 8);
    await item.evaluate((li) => li.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -37));
    const id = await item.locator('.qa-check-title').getAttribute('id');
    const topOf = () => page.evaluate((title) => Math.round(document.getElementById(title!)!.closest('li')!.getBoundingClientRect().top), id);
    const before = await topOf();
    await page.reload();
    await page.locator('#qa-count:not(:empty)').waitFor();
    await expect.poll(() => page.locator('#qa-list > li').count()).toBe(count);
    await expect.poll(topOf).toBe(before);
    // and stays there once the findings above it are laid out: the report holds it in place for
    // up to 30 frames (qa-state.js holdPlace); what moves it after that moves it for good.
    await afterFrames(page, 40);
    expect(await topOf()).toBe(before);
    expect(errors).toEqual([]);
    await close();
  });
});

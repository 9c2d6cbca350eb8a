/**
 * On the real corpus's report (5,341 findings), a translator's first search answers as fast as
 * the ones after it: the page makes the findings' search texts (each finding's message, English,
 * translation, check, path and segment, lowercased) in idle moments after it opens. The first
 * keystroke made them all, which held up its result by 0.1 to 0.4 s on a busy two-core machine
 * (a later search took 10 to 30 ms). Timing is too noisy on a shared machine to test; the work is
 * counted instead: lowercasing the texts is one toLowerCase call per finding.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from '../helpers/browser.js';
import { CORPUS, hasCorpus } from '../helpers/corpus.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

/** Counts String.prototype.toLowerCase calls in the page from its start (installed before its scripts). */
async function countLowercasing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { lowered: number };
    w.lowered = 0;
    const lower = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) { w.lowered++; return lower.call(this); };
  });
}

/**
 * Waits until two idle moments of the page in a row pass without lowercasing: what the page does
 * in idle moments (requestIdleCallback) is done. Waking too early could only fail the test (the
 * first search would make the texts still missing), not pass it.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => {
    const w = window as unknown as { lowered: number };
    let before = w.lowered;
    let quiet = 0;
    const check = () => requestIdleCallback(() => {
      quiet = w.lowered === before ? quiet + 1 : 0;
      before = w.lowered;
      if (quiet >= 2) resolve(); else check();
    });
    check();
  }));
}

/** Applies a search (as pressing Enter in the field does) and returns how many strings it lowercased. */
const search = (page: Page, q: string) => page.evaluate((text) => {
  const w = window as unknown as { lowered: number };
  const field = document.getElementById('qa-f-q') as HTMLInputElement;
  const before = w.lowered;
  field.value = text;
  field.form?.dispatchEvent(new Event('submit', { cancelable: true }));
  return w.lowered - before;
}, q);

describe.runIf(hasChromium && hasCorpus)('QA report on the corpus: the first search', () => {
  let served: BareReport;
  beforeAll(async () => { served = await serveBareReport(CORPUS); }, 120_000);
  afterAll(async () => { await served?.close(); });

  it('the first search after the page opens does no more work than the next one: the search texts are ready', async () => {
    const { page, errors, close } = await served.open(countLowercasing);
    expect(served.report.findings.length).toBeGreaterThan(5000);
    await settled(page);
    const first = await search(page, 'teams');
    expect(await page.locator('#qa-count').innerText()).toMatch(/^Showing 50 of \d+ matching/);
    const second = await search(page, 'outlook');
    expect(first, 'strings lowercased by the first search').toBeLessThan(100);
    expect(first).toBe(second);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});

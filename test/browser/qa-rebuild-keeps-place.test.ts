/**
 * "Is this finding fixed after my edit?" A translator reads the nb-NO findings, fixes a sentence
 * in the file and the report is rebuilt and reloaded (as tolk serve does on a save). The reload
 * keeps the reader at the finding they were at, found by what it is about: a fixed finding above
 * it no longer moves the list by one (or, when the number now belongs to another language's
 * finding, back to the top), and when the one they were at is the one fixed, the next one takes
 * its place and says so.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { CONTENT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { tempDir } from '../helpers/temp-dir.js';
import { rewriteSegment, TLS_NB } from '../helpers/qa-fixture.js';
import { ensureResultsDir } from './site-fixture.js';

/** nb-NO 294fe-102 wrote "TLS 1,2" and 294fe-105 "TLS 1,0-og 1,1" (number-mismatch errors): corrected. */
const FIXED_102 = 'Klargjøre for bruk av TLS 1.2 i Microsoft 365';
const FIXED_105 = '**Dette betyr ikke at Microsoft 365 vil blokkere TLS 1.0- og 1.1-tilkoblinger.**';

describe.runIf(hasChromium)('QA report: after a rebuild the reader is still at their finding', () => {
  const tmp = tempDir('tolk-qa-rebuild-');
  const content = join(tmp, 'content');
  const out = join(tmp, 'site');
  let server: RunningServer;
  let browser: Browser;

  function build(): void {
    const r = tolk(['build', '--content', content, '--out', out, '--no-search']);
    if (r.code !== 0) throw new Error(`tolk build exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  }

  beforeAll(async () => {
    cpSync(CONTENT, content, { recursive: true });
    build();
    server = await serveStatic(out);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // By its "where" line: the notice of a finding gone names that finding's segment in the one after it.
  const item = (page: Page, segment: string) => page.locator('#qa-list > li').filter({ has: page.locator('.qa-where', { hasText: `· ${segment}` }) });
  /** The segment id of the first finding whose box reaches into the window, and its top. */
  const atTop = (page: Page) => page.locator('#qa-list > li').evaluateAll((items) => {
    const li = items.find((x) => x.getBoundingClientRect().bottom > 0);
    return li ? { where: li.querySelector('.qa-where')?.textContent ?? '', top: Math.round(li.getBoundingClientRect().top) } : null;
  });

  async function reloadAfterRebuild(page: Page): Promise<void> {
    build();
    await page.reload();
    await page.locator('#qa-count:not(:empty)').waitFor();
  }

  it('a fix above the finding at the top, then a fix of that finding: each reload shows the right one there', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 } });
    const page = await context.newPage();
    await page.goto(`${server.url}qa/?locale=nb-NO`);
    await page.locator('#qa-count:not(:empty)').waitFor();
    const total = await page.locator('#qa-count').innerText();
    // 294fe-105 at the top of the window, 294fe-102 (just above it) scrolled out of sight.
    await item(page, '294fe-105').evaluate((li) => window.scrollBy(0, li.getBoundingClientRect().top - 4));
    expect((await atTop(page))?.where).toContain('· 294fe-105');

    rewriteSegment(content, TLS_NB, '294fe-102', FIXED_102);
    await reloadAfterRebuild(page);
    expect(await page.locator('#qa-count').innerText()).not.toBe(total);
    expect(await item(page, '294fe-102').count(), 'the fixed finding is gone').toBe(0);
    const after = await atTop(page);
    expect(after?.where, 'still at the finding the reader was at').toContain('· 294fe-105');
    expect(Math.abs((after?.top ?? 0) - 4)).toBeLessThanOrEqual(2);
    // Its own finding is there: no note that one is gone.
    expect(await page.locator('.qa-gone').count()).toBe(0);

    // Now the reader fixes the finding they are at: the one after it takes its place.
    const next = await item(page, '294fe-105').evaluate((li) => li.nextElementSibling?.querySelector('.qa-where')?.textContent ?? '');
    expect(next).not.toBe('');
    rewriteSegment(content, TLS_NB, '294fe-105', FIXED_105);
    await reloadAfterRebuild(page);
    expect(await item(page, '294fe-105').count()).toBe(0);
    expect((await atTop(page))?.where).toBe(next);
    // And it is said, at the top of the finding now in its place, and to a screen reader.
    const gone = page.locator('#qa-list > li').filter({ hasText: next }).locator('.qa-gone[role="status"]');
    await expect.poll(() => gone.innerText()).toBe('The finding you were at is no longer listed (fixed, or waived): ' +
      'number-mismatch · nb-NO · prepare-for-use-of-tls-1-2-in-office-365 · 294fe-105.');
    expect((await gone.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(ensureResultsDir(), 'qa-rebuild-finding-gone.png') });
    // A reload with nothing rebuilt says nothing.
    await page.reload();
    await page.locator('#qa-count:not(:empty)').waitFor();
    expect((await atTop(page))?.where).toBe(next);
    expect(await page.locator('.qa-gone').count()).toBe(0);
    await context.close();
  });
});

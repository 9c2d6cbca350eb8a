/**
 * A finding whose locale is not one of the report's locales (a report made elsewhere, or edited):
 * the page cannot name its locale, and a waiver without a locale would waive the finding in every
 * locale. So it offers no "Waive…" button and is left out of "Waive all N findings…".
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { QaReport } from '../../src/check/types.js';
import { qaAssets, renderQaBody } from '../../src/render/qa-page.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/corpus.js';
import { serveStatic, type RunningServer } from '../helpers/static-server.js';
import { checkContent, TLS } from '../helpers/qa-fixture.js';

const pageUrl = (locale: string, slug: string) => `/${locale.toLowerCase()}/${slug}/`;

/** The report on content/ with nb-NO tls 294fe-102's number-mismatch moved to a locale the report does not list. */
function reportWithStrayLocale(): QaReport {
  const { report } = checkContent();
  const stray = report.findings.find((f) => f.document === TLS && f.segment === '294fe-102' && f.check === 'number-mismatch');
  if (!stray) throw new Error('nb-NO tls 294fe-102 number-mismatch is not in the report');
  return { ...report, findings: report.findings.map((f) => (f === stray ? { ...f, locale: 'de-DE' } : f)) };
}

/** The report body in a bare page with the QA scripts, as test/browser/qa-page.test.ts serves it. */
function writeReportPage(dir: string, report: QaReport): void {
  mkdirSync(join(dir, 'assets'));
  for (const asset of qaAssets.scripts) copyFileSync(join(ROOT, 'templates/assets', asset), join(dir, 'assets', asset));
  mkdirSync(join(dir, 'qa'));
  writeFileSync(join(dir, 'qa', 'index.html'), '<!doctype html>\n<html lang="en-US"><head><meta charset="utf-8"><title>QA</title>' +
    '<link rel="icon" href="data:,">' + qaAssets.scripts.map((name) => `<script src="/assets/${name}" defer></script>`).join('') +
    `</head><body><main>${renderQaBody(report, { base: '/', pageUrl })}</main></body></html>`);
}

describe.runIf(hasChromium)('a finding of a locale the report does not list', () => {
  let tmp: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'tolk-qa-stray-locale-'));
    writeReportPage(tmp, reportWithStrayLocale());
    server = await serveStatic(tmp, '/');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('has no Waive button, and "Waive all" copies waivers, each with its locale, for the other findings only', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}qa/?document=${TLS}&check=number-mismatch`);
    await page.locator('#qa-count:not(:empty)').waitFor();
    const items = page.locator('#qa-list > li');
    const count = await items.count();
    expect(count).toBeGreaterThan(1);
    expect(await items.filter({ hasText: '294fe-102' }).locator('.qa-waive-open').count()).toBe(0);
    expect(await page.locator('#qa-list .qa-waive-open').count()).toBe(count - 1);
    const all = page.locator('.qa-waive-all-open');
    expect(await all.innerText()).toBe(count - 1 === 1
      ? 'Waive the 1 finding that matches the filters…' : `Waive all ${count - 1} findings that match the filters…`);
    await all.click();
    await page.keyboard.type('reviewed');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#qa-w-all .qa-waive-status').innerText()).toMatch(/^Copied/);
    const waivers = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { locale?: string; segment?: string }[];
    expect(waivers.length).toBeGreaterThan(0);
    expect(waivers.filter((w) => typeof w.locale !== 'string' || w.segment === '294fe-102')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

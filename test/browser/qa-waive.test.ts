/**
 * Waivers from the QA report page: a finding's "Waive…" button and "Waive all N findings that match…"
 * copy JSON that tolk.config.json accepts. The round trip is the test: the copied text goes into
 * a tolk.config.json, and `tolk qa` (and a rebuilt site's report) shows those findings waived.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, hasChromium } from '../helpers/browser.js';
import { tolk } from '../helpers/cli.js';
import { CONTENT, ROOT } from '../helpers/corpus.js';
import { serveStatic } from '../helpers/static-server.js';
import { at, openPage, serveBuiltSite, type PageProblems, type ServedSite } from './site-fixture.js';

const TLS = 'prepare-for-use-of-tls-1-2-in-office-365';

interface ReportFinding { check: string; locale: string; document: string; segment: string | null; waived: string | null }

function expectNoProblems(problems: PageProblems): void {
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedResponses: [] });
}

async function openReport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#qa-count:not(:empty)').waitFor();
}

/** `tolk qa` on content/ with these waivers in a tolk.config.json: the findings it reports. */
function qaWithWaivers(dir: string, waivers: unknown[]): ReportFinding[] {
  const config = join(dir, 'tolk.config.json');
  writeFileSync(config, JSON.stringify({ waivers }, null, 2));
  const r = tolk(['qa', '--content', CONTENT, '--format', 'json', '--config', config, '--fail-on', 'never']);
  // No diagnostics about the configuration: config.ts accepted every waiver as it is.
  expect(r.stderr.split('\n').filter((line) => line.startsWith(config))).toEqual([]);
  expect(r.stderr).not.toMatch(/ignored/);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { findings: ReportFinding[] }).findings;
}

/** Opens finding `item`'s waive panel, gives the reason, copies; returns the panel. */
async function waive(page: Page, item: ReturnType<Page['locator']>, reason: string) {
  const button = item.locator('.qa-waive-open');
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
  await expect.poll(() => panel.locator('.qa-waive-reason').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
  return panel;
}

describe.runIf(hasChromium)('waiving findings from the QA report page', () => {
  let site: ServedSite;
  let tmp: string;
  beforeAll(async () => {
    site = await serveBuiltSite();
    tmp = mkdtempSync(join(tmpdir(), 'tolk-qa-waive-'));
  });
  afterAll(async () => {
    await site?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it(`copies the waiver of nb-NO ${TLS} 294fe-102; in tolk.config.json it waives exactly that finding`, async () => {
    const { context, page, problems } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReport(page, at(site, `qa/?document=${TLS}&check=number-mismatch&locale=nb-NO`));
    const item = page.locator('#qa-list > li', { hasText: '294fe-102' });
    // No reason: nothing is copied, the field says why (config drops a waiver without a reason).
    await item.locator('.qa-waive-open').click();
    await page.keyboard.press('Enter');
    const status = item.locator('.qa-waive-status');
    expect(await status.innerText()).toBe('Write a reason first: tolk ignores a waiver without one.');
    expect(await item.locator('.qa-waive-reason').getAttribute('aria-invalid')).toBe('true');
    await item.locator('.qa-waive-open').click(); // closes
    const panel = await waive(page, item, 'the version is a heading "TLS 1,2" in nb-NO');
    await expect.poll(() => panel.locator('.qa-waive-status').innerText()).toContain('Copied.');
    expect(await panel.locator('[role="status"]').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const waiver = JSON.parse(copied) as unknown;
    expect(waiver).toEqual({
      document: TLS, locale: 'nb-NO', segment: '294fe-102', check: 'number-mismatch',
      reason: 'the version is a heading "TLS 1,2" in nb-NO',
    });
    const findings = qaWithWaivers(tmp, [waiver]);
    expect(findings.filter((f) => f.waived !== null).map((f) => [f.document, f.locale, f.segment, f.check, f.waived]))
      .toEqual([[TLS, 'nb-NO', '294fe-102', 'number-mismatch', 'the version is a heading "TLS 1,2" in nb-NO']]);
    // Escape closes the panel and gives the focus back to its button.
    await panel.locator('.qa-waive-reason').focus();
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await item.locator('.qa-waive-open').evaluate((el) => el === document.activeElement)).toBe(true);
    expectNoProblems(problems);
    await context.close();
  });

  it('a whole-document finding (tls-certificates, nb-NO document-missing) gives a waiver without segment, for its locale only', async () => {
    const { context, page, problems } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReport(page, at(site, 'qa/?document=tls-certificates&check=document-missing'));
    const item = page.locator('#qa-list > li').first();
    const panel = await waive(page, item, 'nb-NO does not publish it');
    expect(await panel.locator('.qa-waive-note').innerText()).toContain('every "document-missing" finding of tls-certificates in nb-NO');
    await expect.poll(() => panel.locator('.qa-waive-status').innerText()).toContain('Copied.');
    const waiver = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown;
    expect(waiver).toEqual({ document: 'tls-certificates', locale: 'nb-NO', check: 'document-missing', reason: 'nb-NO does not publish it' });
    const waived = qaWithWaivers(tmp, [waiver]).filter((f) => f.waived !== null);
    expect(waived.map((f) => [f.document, f.locale, f.segment, f.check])).toEqual([['tls-certificates', 'nb-NO', null, 'document-missing']]);
    expectNoProblems(problems);
    await context.close();
  });

  it('"Waive all N findings that match the filters" copies one waiver list for every finding the filters show (nb-NO whitespace), not only the first page', async () => {
    const { context, page, problems } = await openPage(site);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openReport(page, at(site, 'qa/?locale=nb-NO&check=whitespace'));
    const shown = await page.locator('#qa-list .qa-where').allInnerTexts();
    const button = page.locator('.qa-waive-all-open');
    expect(await button.innerText()).toBe(`Waive all ${shown.length} findings that match the filters…`);
    await button.click();
    await page.keyboard.type('double spaces are harmless in Markdown');
    await page.keyboard.press('Enter');
    const panel = page.locator('#qa-w-all');
    await expect.poll(() => panel.locator('.qa-waive-status').innerText()).toMatch(/^Copied \d+ waivers as a JSON array/);
    const waivers = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<string, string>[];
    expect(waivers.every((w) => w.locale === 'nb-NO' && w.check === 'whitespace' && w.reason === 'double spaces are harmless in Markdown')).toBe(true);
    const findings = qaWithWaivers(tmp, waivers);
    const expected = findings.filter((f) => f.locale === 'nb-NO' && f.check === 'whitespace');
    expect(expected.length).toBe(shown.length);
    expect(findings.filter((f) => f.waived !== null)).toEqual(expected.map((f) => ({ ...f, waived: 'double spaces are harmless in Markdown' })));
    // Unfiltered, the page renders 50 findings; the list has a waiver for every one of them.
    await page.locator('#qa-filters button[type="reset"]').click();
    await expect.poll(() => page.locator('#qa-count').innerText()).toMatch(/^Showing 50 of \d+ /);
    await page.locator('#qa-w-all .qa-waive-reason').fill('all reviewed');
    await page.locator('#qa-w-all .qa-waive-copy').click();
    await expect.poll(() => panel.locator('.qa-waive-status').innerText()).toMatch(/^Copied \d+ waivers/);
    const all = qaWithWaivers(tmp, JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as unknown[]);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => f.waived === null)).toEqual([]);
    // The filters change: so does the count (lv-LV whitespace).
    await page.locator('#qa-f-locale').selectOption('lv-LV');
    await page.locator('#qa-f-check').selectOption('whitespace');
    await expect.poll(() => button.innerText()).toBe(`Waive all ${findings.filter((f) => f.locale === 'lv-LV' && f.check === 'whitespace').length} findings that match the filters…`);
    expectNoProblems(problems);
    await context.close();
  });

  it('where nothing can copy (no Clipboard API, the copy command refused) the waiver is shown selected in a field, and said so', async () => {
    const { context, page, problems } = await openPage(site);
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
      document.execCommand = () => false;
    });
    await openReport(page, at(site, `qa/?document=${TLS}&check=number-mismatch&locale=nb-NO`));
    const panel = await waive(page, page.locator('#qa-list > li', { hasText: '294fe-102' }), 'ok');
    const field = panel.locator('textarea.qa-waive-json');
    await field.waitFor({ state: 'visible' });
    expect(await panel.locator('.qa-waive-status').innerText()).toContain('copy it with Ctrl+C');
    const selection = await field.evaluate((el: HTMLTextAreaElement) => ({
      focused: el === document.activeElement, start: el.selectionStart, end: el.selectionEnd, length: el.value.length, value: el.value,
    }));
    expect(selection).toMatchObject({ focused: true, start: 0, end: selection.length });
    expect(JSON.parse(selection.value)).toMatchObject({ document: TLS, segment: '294fe-102', reason: 'ok' });
    expect(await page.locator(`label[for="${await field.getAttribute('id')}"]`).innerText()).toBe('Waiver JSON');
    expectNoProblems(problems);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`qa/ (${scheme}) with a waive panel, the list panel and the fallback field open: no axe violations`, async () => {
      const { context, page, problems } = await openPage(site);
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
        document.execCommand = () => false;
      });
      await page.emulateMedia({ colorScheme: scheme });
      await openReport(page, at(site, 'qa/'));
      await waive(page, page.locator('#qa-list > li').first(), 'reason');
      await page.locator('.qa-waive-all-open').click();
      await page.keyboard.press('Enter'); // no reason: the error state
      const violations = await axeViolations(page);
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('a site built with those waivers shows the reason and no waive button on the waived findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tolk-qa-waived-site-'));
    try {
      writeFileSync(join(dir, 'tolk.config.json'), JSON.stringify({ waivers: [
        { document: TLS, locale: 'nb-NO', segment: '294fe-102', check: 'number-mismatch', reason: 'fine as it is' },
      ] }));
      const r = spawnSync(process.execPath, [join(ROOT, 'bin/tolk.js'), 'build', '--content', CONTENT, '--out', join(dir, 'site'), '--no-search'],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, r.stderr).toBe(0);
      const server = await serveStatic(join(dir, 'site'), '/');
      const { context, page, problems } = await openPage(site);
      await openReport(page, `${server.url}qa/?document=${TLS}&check=number-mismatch&waived=1`);
      const item = page.locator('#qa-list > li', { hasText: '294fe-102' });
      expect(await item.locator('.qa-waived-reason').innerText()).toBe('Waived: fine as it is');
      expect(await item.locator('.qa-waive-open').count()).toBe(0);
      const others = await page.locator('#qa-list > li').count();
      expect(await page.locator('#qa-list > li .qa-waive-open').count()).toBe(others - 1);
      // The list button counts only findings still to waive.
      expect(await page.locator('.qa-waive-all-open').innerText()).toBe(others - 1 === 1
        ? 'Waive the 1 finding that matches the filters…' : `Waive all ${others - 1} findings that match the filters…`);
      expectNoProblems(problems);
      await context.close();
      await server.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

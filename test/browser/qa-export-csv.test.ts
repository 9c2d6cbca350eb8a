/**
 * Exporting from the QA report page: a translator who filtered the list (their language, one
 * document) downloads those findings as CSV, the same rows `tolk qa --format csv` writes for them
 * (BOM, RFC 4180, a cell that would run as a formula kept as text), and the page links the whole
 * report (report.json) while its scripts run, not only in the text shown without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.js';
import { HOSTILE_ID, HOSTILE_TARGET, hostileContent, parseCsv, rewriteSegment, TLS, TLS_NB } from '../helpers/qa-fixture.js';
import { qaToCsv } from '../../src/write/qa-csv.js';
import { serveBareReport, type BareReport } from './qa-bare-page.js';

// The nb-NO sentence starts as a formula would: a spreadsheet must show it, not run it.
const FORMULA_TARGET = `=HYPERLINK("https://example.org","x") ${HOSTILE_TARGET}`;

describe.runIf(hasChromium)('QA report page: the filtered findings as CSV', () => {
  let served: BareReport;
  beforeAll(async () => {
    const content = hostileContent();
    rewriteSegment(content, TLS_NB, HOSTILE_ID, FORMULA_TARGET);
    served = await serveBareReport(content);
  }, 120_000);
  afterAll(async () => { await served?.close(); });

  it('downloads the rows tolk qa --format csv writes for the findings the filters select, named by the filters', async () => {
    const { page, errors, close } = await served.open();
    await page.selectOption('#qa-f-locale', 'nb-NO');
    await page.selectOption('#qa-f-document', TLS);
    const expected = served.report.findings.filter((f) => f.locale === 'nb-NO' && f.document === TLS && f.waived === null);
    expect(expected.length).toBeGreaterThan(1);
    const button = page.locator('button.qa-export-csv');
    await expect.poll(() => button.getAttribute('aria-label')).toBe(`Download CSV of the ${expected.length} matching findings`);
    expect(await button.textContent()).toBe('Download CSV');
    expect(await page.locator('#qa-count').textContent()).toContain(`of ${expected.length} matching`);

    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`tolk-qa-nb-NO-${TLS}.csv`);
    const text = readFileSync(await download.path(), 'utf8');
    const cli = qaToCsv({ ...served.report, findings: expected });
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    const [cliHeader, ...cliRows] = parseCsv(cli.slice(1));
    expect(header).toEqual(cliHeader);
    // The list's order (most severe first), tolk qa's by line: the same rows.
    expect([...rows].sort()).toEqual([...cliRows].sort());
    const hostile = rows.find((row) => row[5] === HOSTILE_ID);
    expect(hostile?.[10]).toBe(`'${FORMULA_TARGET}`);
    expect(text).toContain('\r\n');
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('says "1 matching finding" for one, hides the download when nothing matches, and links report.json', async () => {
    const { page, errors, close } = await served.open();
    const link = page.locator('#qa-export a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/qa/report.json');
    // A locale, document and check that select exactly one finding.
    const key = (f: { locale: string; document: string; check: string }) => [f.locale, f.document, f.check].join('\n');
    const unwaived = served.report.findings.filter((f) => f.waived === null);
    const one = unwaived.find((f) => unwaived.filter((g) => key(g) === key(f)).length === 1)!;
    await page.selectOption('#qa-f-locale', one.locale);
    await page.selectOption('#qa-f-document', one.document);
    await page.selectOption('#qa-f-check', one.check);
    const button = page.locator('button.qa-export-csv');
    await expect.poll(() => button.getAttribute('aria-label')).toBe('Download CSV of the 1 matching finding');
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(parseCsv(readFileSync(await download.path(), 'utf8').slice(1)).length).toBe(2);
    await page.fill('#qa-f-q', 'no finding says this zqxj');
    await expect.poll(() => page.locator('#qa-count').textContent()).toMatch(/^No findings match/);
    expect(await button.isVisible()).toBe(false);
    expect(await link.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

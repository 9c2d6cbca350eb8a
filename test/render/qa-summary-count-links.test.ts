/**
 * The report's summary counts lead to the findings they count: "nb-NO, Errors: 3" links the list
 * filtered to nb-NO errors, a check's count in a locale links that check in that locale, and the
 * list those links open shows as many findings as the number says. A zero links nothing.
 */
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { renderQaBody } from '../../src/render/qa-page.js';
import { checkContent } from '../helpers/qa-fixture.js';

const pageUrl = (locale: string, slug: string) => `/${locale.toLowerCase()}/${slug}/`;
const { corpus, report } = checkContent();
const $ = cheerio.load(renderQaBody(report, { base: '/', pageUrl, corpus }));
const unwaived = report.findings.filter((f) => f.waived === null);

/** The findings a `?…#qa-findings` link's filters show (waived ones hidden, as the list does by default). */
function shownBy(href: string): number {
  expect(href).toMatch(/^\?[^#]+#qa-findings$/);
  const filters = new URLSearchParams(href.slice(1, href.indexOf('#')));
  return unwaived.filter((f) => [...filters].every(([key, value]) => (f as unknown as Record<string, string>)[key] === value)).length;
}

const localeRow = (locale: string) => $('.qa-table').first().find(`tbody th[lang="${locale}"]`).closest('tr');

describe('QA report summary: counts link to their findings', () => {
  it('nb-NO\'s error count links the nb-NO errors, and that list holds that many', () => {
    const errors = unwaived.filter((f) => f.locale === 'nb-NO' && f.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    const cell = localeRow('nb-NO').find('td').eq(0);
    expect(cell.text()).toBe(String(errors));
    const href = cell.find('a').attr('href') ?? '';
    // In the order the page writes its own address, so following the link does not rewrite it.
    expect(href).toBe('?locale=nb-NO&severity=error#qa-findings');
    expect(shownBy(href)).toBe(errors);
  });

  it('every non-zero count of both tables links a list of exactly that many findings; zeros and waived counts link nothing', () => {
    let links = 0;
    $('.qa-table').slice(0, 2).find('tbody td.num, tfoot td.num').each((_, td) => {
      const cell = $(td);
      const link = cell.find('a');
      if (link.length === 0) return;
      links++;
      expect(shownBy(link.attr('href') ?? ''), link.attr('href')).toBe(Number(cell.text()));
    });
    // 3 severities × (2 locales + total) in the first table, a check's per-locale counts in the second.
    expect(links).toBeGreaterThan(9);
    expect($('.qa-table td.num a').filter((_, a) => $(a).text() === '0').length).toBe(0);
    const waivedColumn = localeRow('lv-LV').find('td').eq(3);
    expect(waivedColumn.find('a').length).toBe(0);
  });

  it('a check\'s count in a locale links that check in that locale (number-mismatch, nb-NO)', () => {
    const n = unwaived.filter((f) => f.locale === 'nb-NO' && f.check === 'number-mismatch').length;
    const row = $('.qa-checks tbody tr').filter((_, tr) => $(tr).find('code').first().text() === 'number-mismatch');
    const nbColumn = report.locales.indexOf('nb-NO');
    const cell = row.find('td').eq(1 + nbColumn);
    expect(cell.text()).toBe(String(n));
    expect(cell.find('a').attr('href')).toBe('?locale=nb-NO&check=number-mismatch#qa-findings');
  });
});

/** The QA report's static tables: findings per locale, per check, and coverage. They need no JS. */
import type { Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';
import type { LocaleCoverage } from './qa-coverage.js';
import { esc } from './qa-html.js';
import { fillString, type QaStrings } from './qa-strings.js';

type Counts = Record<Severity, number> & { waived: number };

function count(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived !== null) c.waived++;
    else c[f.severity]++;
  }
  return c;
}

const num = (n: number) => `<td class="num">${n}</td>`;
const th = (text: string, cls = '') => `<th scope="col"${cls ? ` class="${cls}"` : ''}>${esc(text)}</th>`;

/** A link that reloads the page with a filter set; qa.js reads the query on load. */
function filterLink(param: string, value: string, text: string): string {
  return filterLinkOf({ [param]: value }, text);
}

/** The same with several filters, in the order the report writes its address (so it is not rewritten). */
function filterLinkOf(filters: Record<string, string>, text: string): string {
  return `<a href="?${esc(new URLSearchParams(filters).toString())}#qa-findings">${esc(text)}</a>`;
}

/*
 * A count of findings is a link to them ("nb-NO, Errors: 82" shows those 82): a translator asked
 * for every error in their language clicks the number, not the language's name. A zero has
 * nothing to show and stays text; so do waived counts, which no filter shows alone.
 */
function countCell(n: number, filters: Record<string, string>): string {
  return n === 0 ? num(n) : `<td class="num">${filterLinkOf(filters, String(n))}</td>`;
}

export function localeSummaryTable(report: QaReport, s: QaStrings): string {
  const rows = report.locales.map((locale) => {
    const mine = report.findings.filter((f) => f.locale === locale);
    const c = count(mine);
    const docs = new Set(mine.filter((f) => f.waived === null).map((f) => f.document)).size;
    const bySeverity = (severity: Severity) => countCell(c[severity], { locale, severity });
    return `<tr><th scope="row" lang="${esc(locale)}">${filterLink('locale', locale, locale)}</th>` +
      `${bySeverity('error')}${bySeverity('warning')}${bySeverity('info')}${num(c.waived)}${num(docs)}</tr>`;
  });
  const t = count(report.findings);
  const totalDocs = new Set(report.findings.filter((f) => f.waived === null).map((f) => f.document)).size;
  const total = (severity: Severity) => countCell(t[severity], { severity });
  return `<table class="qa-table"><caption>${esc(s.byLocaleCaption)}</caption>` +
    `<thead><tr>${th(s.locale)}${th(s.errors, 'num')}${th(s.warnings, 'num')}${th(s.info, 'num')}${th(s.waived, 'num')}${th(s.documentsWithFindings, 'num')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr><th scope="row">${esc(s.total)}</th>${total('error')}${total('warning')}${total('info')}${num(t.waived)}${num(totalDocs)}</tr></tfoot></table>`;
}

function severityBadge(severity: Severity, s: QaStrings): string {
  return `<span class="qa-sev qa-sev-${severity}">${esc(s[`severity_${severity}`])}</span>`;
}

export function checkSummaryTable(report: QaReport, s: QaStrings): string {
  const localeHeads = report.locales.map((l) => `<th scope="col" class="num" lang="${esc(l)}">${esc(l)}</th>`).join('');
  const rows = report.checks.map((check) => {
    const mine = report.findings.filter((f) => f.check === check.id);
    const perLocale = report.locales.map((locale) =>
      countCell(mine.filter((f) => f.locale === locale && f.waived === null).length, { locale, check: check.id })).join('');
    const name = mine.length > 0 ? filterLink('check', check.id, check.title) : esc(check.title);
    return `<tr${check.enabled ? '' : ' class="qa-disabled"'}>` +
      `<th scope="row"><span class="qa-check-title">${name}</span> <code>${esc(check.id)}</code>` +
      `<p class="qa-check-desc">${esc(check.description)}</p></th>` +
      `<td>${check.enabled ? severityBadge(check.severity, s) : esc(s.off)}</td>${perLocale}${num(count(mine).waived)}</tr>`;
  });
  return `<table class="qa-table qa-checks"><caption>${esc(s.byCheckCaption)}</caption>` +
    `<thead><tr>${th(s.check)}${th(s.severity)}${localeHeads}${th(s.waived, 'num')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`;
}

const maybe = (n: number | null | undefined) => (n === null || n === undefined ? '<td class="num">—</td>' : num(n));

/**
 * Two header rows: the unit counts and the documents' origin are grouped under one heading each,
 * so the column headings stay short and the table fits a laptop screen without scrolling.
 */
function coverageHead(s: QaStrings): string {
  const spanned = (text: string) => `<th scope="col" rowspan="2" class="num">${esc(text)}</th>`;
  const group = (text: string, columns: number) => `<th scope="colgroup" colspan="${columns}" class="qa-group">${esc(text)}</th>`;
  const unitHeads = [s.unitsTotal, s.translated, s.sameAsEnglish, s.missingUnits, s.untranslated];
  const originHeads = [s.machine, s.human, s.unknownOrigin];
  return `<thead><tr><th scope="col" rowspan="2">${esc(s.locale)}</th>${spanned(s.documentsPresent)}${spanned(s.segments)}` +
    `${group(s.alignedUnits, unitHeads.length)}${group(s.documentOrigin, originHeads.length)}</tr>` +
    `<tr>${[...unitHeads, ...originHeads].map((h) => th(h, 'num')).join('')}</tr></thead>`;
}

export function coverageTable(coverage: LocaleCoverage[], s: QaStrings): string {
  const rows = coverage.map((c) =>
    `<tr><th scope="row" lang="${esc(c.locale)}">${esc(c.locale)}</th>` +
    `<td class="num">${esc(fillString(s.documentsOf, { present: c.documentsPresent, total: c.documentsTotal }))}</td>` +
    `${num(c.segments)}${maybe(c.units?.units)}${maybe(c.units?.translated)}${maybe(c.units?.sameAsEnglish)}` +
    `${maybe(c.units?.missing)}${maybe(c.untranslated)}${num(c.machine)}${num(c.human)}${num(c.unknownOrigin)}</tr>`);
  return `<table class="qa-table qa-coverage"><caption>${esc(s.coverageCaption)}</caption>` +
    `${coverageHead(s)}<tbody>${rows.join('')}</tbody></table>`;
}

export function coverageNotes(s: QaStrings): string {
  return `<p class="qa-note">${esc(s.coverageHelp)}</p>`;
}

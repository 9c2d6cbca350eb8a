/**
 * The QA report page body (the HTML that goes inside the site's <main> at `/qa/`).
 * Summary and coverage tables are static HTML; the findings list is rendered by qa.js from
 * the JSON embedded here, so thousands of findings cost a few DOM nodes per visible item.
 */
import type { AlignedCorpus } from '../model.js';
import type { QaReport } from '../check/types.js';
import { localeCoverage } from './qa-coverage.js';
import { notReadCounts, notReadSection } from './qa-not-read.js';
import { qaPayload } from './qa-data.js';
import { esc, jsonForScript } from './qa-html.js';
import { fillString, qaStrings, type QaStrings } from './qa-strings.js';
import { checkSummaryTable, coverageNotes, coverageTable, localeSummaryTable } from './qa-tables.js';

/** The assets the site build loads on the QA page (from templates/assets/), in this order (deferred). */
export const qaAssets = { scripts: ['qa-waive.js', 'qa-state.js', 'qa-path.js', 'qa-finding.js', 'qa-export.js', 'qa.js'], styles: ['qa.css'] };

export interface QaBodyOptions {
  /** Site base URL, ending in `/`. */
  base: string;
  /** URL of a document's page in a locale (`en-US` for English), without anchor. */
  pageUrl: (locale: string, slug: string) => string;
  /** Overrides of the interface text (keys of QA_STRINGS). */
  strings?: Record<string, string>;
  /** The aligned corpus the report was made from: gives unit coverage and all locales' translations. */
  corpus?: AlignedCorpus;
}

/** A table that may be wider than the screen: a focusable, labelled scroll region. */
function scrollRegion(label: string, table: string): string {
  return `<div class="qa-scroll" role="region" tabindex="0" aria-label="${esc(label)}">${table}</div>`;
}

function intro(report: QaReport, s: QaStrings): string {
  let errors = 0, warnings = 0, info = 0, waived = 0;
  for (const f of report.findings) {
    if (f.waived !== null) waived++;
    else if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else info++;
  }
  const checked = fillString(s.intro, {
    documents: report.summary.documents, units: report.summary.alignedUnits, locales: report.locales.join(', '),
  });
  // The summary tables (23 checks, each described) are long: on a phone the findings start
  // screens further down, and a keyboard user would tab through every table link to reach them.
  const jump = `<a class="qa-jump" href="#qa-findings">${esc(s.jumpToFindings)}</a>`;
  // What was not read has no finding, so it is not in the totals; said beside them, as CI counts it.
  const notRead = report.notRead?.length
    ? ` <a href="#qa-not-read"><strong>${esc(fillString(s.notReadTotals, { counts: notReadCounts(report.notRead, s) }))}</strong></a>` : '';
  return `<p class="qa-intro">${esc(checked)} <strong>${esc(fillString(s.totals, { errors, warnings, info, waived }))}</strong>${notRead} ${jump}</p>`;
}

function selectFilter(id: string, label: string, s: QaStrings): string {
  return `<div class="qa-field"><label for="${id}">${esc(label)}</label>` +
    `<select id="${id}"><option value="">${esc(s.all)}</option></select></div>`;
}

/** The filter form: hidden until qa.js fills the options and shows it. */
function filterForm(s: QaStrings): string {
  return `<form class="qa-filters" id="qa-filters" role="search" aria-label="${esc(s.filtersLegend)}" hidden>` +
    selectFilter('qa-f-locale', s.locale, s) + selectFilter('qa-f-check', s.check, s) +
    selectFilter('qa-f-severity', s.severity, s) + selectFilter('qa-f-document', s.document, s) +
    `<div class="qa-field qa-field-wide"><label for="qa-f-q">${esc(s.search)}</label>` +
    `<input id="qa-f-q" type="search" autocomplete="off" placeholder="${esc(s.searchPlaceholder)}"></div>` +
    `<div class="qa-field qa-field-check"><input id="qa-f-waived" type="checkbox"><label for="qa-f-waived">${esc(s.showWaived)}</label></div>` +
    `<div class="qa-field qa-field-reset"><button type="reset">${esc(s.reset)}</button></div></form>`;
}

function findingsSection(report: QaReport, options: QaBodyOptions, s: QaStrings): string {
  const reportLink = `<a href="${esc(`${options.base}qa/report.json`)}">${esc(s.reportJson)}</a>`;
  const payload = qaPayload(report, { pageUrl: options.pageUrl, corpus: options.corpus, strings: s });
  const empty = report.findings.length === 0 ? `<p>${esc(s.noFindings)}</p>` : '';
  return `<section class="qa-findings" id="qa-findings" aria-labelledby="qa-findings-h">` +
    `<h2 id="qa-findings-h">${esc(s.findingsHeading)}</h2>${empty}` +
    `<p class="qa-nojs" id="qa-nojs">${fillString(esc(s.noscript), { link: reportLink })}</p>` +
    filterForm(s) +
    `<p class="qa-count" id="qa-count" role="status" aria-live="polite"></p>` +
    // qa-export.js fills it: the CSV download of the filtered findings, and the note's link to report.json.
    `<p class="qa-export" id="qa-export" hidden></p>` +
    `<ol class="qa-list" id="qa-list"></ol>` +
    `<p class="qa-more-wrap"><button type="button" class="qa-more" id="qa-more" hidden></button></p>` +
    `<script type="application/json" id="qa-data">${jsonForScript(payload)}</script></section>`;
}

export function renderQaBody(report: QaReport, options: QaBodyOptions): string {
  const s = qaStrings(options.strings);
  return `<div class="qa-report">` +
    `<h1>${esc(s.title)}</h1>${intro(report, s)}${notReadSection(report, s, scrollRegion)}` +
    `<section aria-labelledby="qa-summary-h"><h2 id="qa-summary-h">${esc(s.summaryHeading)}</h2>` +
    scrollRegion(s.byLocaleCaption, localeSummaryTable(report, s)) +
    scrollRegion(s.byCheckCaption, checkSummaryTable(report, s)) + `</section>` +
    `<section aria-labelledby="qa-coverage-h"><h2 id="qa-coverage-h">${esc(s.coverageHeading)}</h2>` +
    scrollRegion(s.coverageCaption, coverageTable(localeCoverage(report, options.corpus), s)) + coverageNotes(s) + `</section>` +
    findingsSection(report, options, s) + `</div>`;
}

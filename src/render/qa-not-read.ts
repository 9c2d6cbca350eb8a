/**
 * What tolk could not read (`report.notRead`: an unreadable file or folder, a slug clash, a folder
 * that is no locale, a symbolic link), on the QA page beside the summary. `tolk qa --fail-on`
 * counts these, and they have no finding in the list: without them here, a translator who opened
 * the page from a failed CI run saw "Errors: 0" and no reason for the failure. Static HTML, so it
 * shows without JavaScript; qa.js hides the rows the locale, severity and search filters leave out.
 */
import type { Diagnostic, Severity } from '../model.js';
import type { QaReport } from '../check/types.js';
import { esc } from './qa-html.js';
import { fillString, type QaStrings } from './qa-strings.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const LABELS = { error: 'errors', warning: 'warnings', info: 'info' } as const;

/** `lv-LV/x.md` → `lv-LV`; a file or folder at the top of the content folder belongs to no locale (''). */
function localeOfFile(file: string, locales: string[]): string {
  return locales.find((l) => file.startsWith(`${l}/`)) ?? '';
}

/** "Errors: 2, Warnings: 1": the counts `tolk qa --fail-on` adds to its exit code. */
export function notReadCounts(notRead: Diagnostic[], s: QaStrings): string {
  return SEVERITIES.map((sev) => [sev, notRead.filter((d) => d.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => `${s[LABELS[sev]]}: ${n}`)
    .join(', ');
}

function row(d: Diagnostic, locales: string[], s: QaStrings): string {
  const locale = localeOfFile(d.file, locales);
  return `<tr data-locale="${esc(locale)}" data-severity="${esc(d.severity)}">` +
    `<th scope="row"><code>${esc(d.file)}</code></th>` +
    `<td><span class="qa-sev qa-sev-${esc(d.severity)}">${esc(s[`severity_${d.severity}`])}</span> ` +
    `<code class="qa-notread-code">${esc(d.code)}</code></td>` +
    `<td>${esc(d.message)}</td></tr>`;
}

/** The section, or '' when everything was read. */
export function notReadSection(report: QaReport, s: QaStrings, scrollRegion: (label: string, table: string) => string): string {
  const notRead = report.notRead ?? [];
  if (notRead.length === 0) return '';
  const table = `<table class="qa-table qa-notread-table"><caption>${esc(s.notReadCaption)}</caption>` +
    `<thead><tr><th scope="col">${esc(s.notReadFile)}</th><th scope="col">${esc(s.severity)}</th>` +
    `<th scope="col">${esc(s.notReadWhat)}</th></tr></thead>` +
    `<tbody>${notRead.map((d) => row(d, report.locales, s)).join('')}</tbody></table>`;
  return `<section class="qa-notread" id="qa-not-read" aria-labelledby="qa-not-read-h">` +
    `<h2 id="qa-not-read-h">${esc(s.notReadHeading)}</h2>` +
    `<p>${esc(fillString(s.notReadIntro, { counts: notReadCounts(notRead, s) }))}</p>` +
    scrollRegion(s.notReadCaption, table) +
    `<p class="qa-notread-none" id="qa-not-read-none" role="status" hidden>${esc(s.notReadNone)}</p></section>`;
}

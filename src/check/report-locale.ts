/**
 * The report as one language's translators see it (`tolk qa --locale L`): only that locale's
 * findings, and the counts, summary line and exit code made from them, so that a Norwegian
 * team's CI does not fail on a Latvian finding.
 */
import { countFindings } from './summary.js';
import type { QaReport } from './types.js';

/** The document's file in the first locale that has it, when one does. */
function otherLocaleFile(document: QaReport['documents'][number]): { otherLocaleFile?: string } {
  const file = Object.values(document.locales)[0]?.file;
  return file !== undefined ? { otherLocaleFile: file } : {};
}

/**
 * What was not read in this locale's folder or outside every locale folder (the top level): the
 * problems `tolk qa --locale` counts toward `--fail-on`; another language's are not this team's.
 */
function notReadIn(report: QaReport, locale: string): { notRead?: QaReport['notRead'] } {
  const inScope = (file: string) => file.startsWith(`${locale}/`) || !report.locales.some((l) => file.startsWith(`${l}/`));
  const notRead = report.notRead?.filter((d) => inScope(d.file)) ?? [];
  return notRead.length ? { notRead } : {};
}

export function reportForLocale(report: QaReport, locale: string): QaReport {
  const findings = report.findings.filter((f) => f.locale === locale);
  const documents = report.documents.map((d) => (locale in d.locales
    ? { slug: d.slug, locales: { [locale]: d.locales[locale] } }
    // A document this locale lacks keeps where it can be read, so a finding about it
    // (document-missing) can point at a file that exists: SARIF's alert links to it.
    : { slug: d.slug, locales: {}, ...otherLocaleFile(d) }));
  // A waiver for every locale that matched nothing is stale here too; one for another locale is not this team's.
  const unusedWaivers = report.unusedWaivers?.filter((w) => w.locale === undefined || w.locale === locale) ?? [];
  const { unusedWaivers: _all, notRead: _allNotRead, ...rest } = report;
  return {
    ...rest,
    locales: [locale],
    summary: { ...report.summary, ...countFindings(findings, Object.keys(report.summary.byCheck)) },
    documents,
    findings,
    ...(unusedWaivers.length ? { unusedWaivers } : {}),
    ...notReadIn(report, locale),
  };
}

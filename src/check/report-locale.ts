/**
 * The report as one language's translators see it (`tolk qa --locale L`): only that locale's
 * findings, and the counts, summary line and exit code made from them, so that a Norwegian
 * team's CI does not fail on a Latvian finding.
 */
import { countFindings } from './summary.js';
import type { QaReport } from './types.js';

export function reportForLocale(report: QaReport, locale: string): QaReport {
  const findings = report.findings.filter((f) => f.locale === locale);
  const documents = report.documents.map((d) => ({
    slug: d.slug,
    locales: locale in d.locales ? { [locale]: d.locales[locale] } : {},
  }));
  // A waiver for every locale that matched nothing is stale here too; one for another locale is not this team's.
  const unusedWaivers = report.unusedWaivers?.filter((w) => w.locale === undefined || w.locale === locale) ?? [];
  const { unusedWaivers: _all, ...rest } = report;
  return {
    ...rest,
    locales: [locale],
    summary: { ...report.summary, ...countFindings(findings, Object.keys(report.summary.byCheck)) },
    documents,
    findings,
    ...(unusedWaivers.length ? { unusedWaivers } : {}),
  };
}

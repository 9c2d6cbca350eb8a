/** Small lookups every QA output format needs. */
import type { Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for the most severe; used to sort and to compare with `--fail-on`. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The locale file (relative to the content folder) a finding is about, when that file exists. */
export function findingFile(report: QaReport, finding: Finding): string | null {
  return documentFile(report, finding.document, finding.locale);
}

// Slug → document, built once per report: formats look a document up for every finding.
const documentIndex = new WeakMap<QaReport, Map<string, QaReport['documents'][number]>>();

function reportDocument(report: QaReport, slug: string): QaReport['documents'][number] | undefined {
  let index = documentIndex.get(report);
  if (!index) {
    index = new Map(report.documents.map((d) => [d.slug, d]));
    documentIndex.set(report, index);
  }
  return index.get(slug);
}

export function documentFile(report: QaReport, slug: string, locale: string): string | null {
  return reportDocument(report, slug)?.locales[locale]?.file ?? null;
}

/**
 * The document's file in a locale that has it: the first of the report's locales, or, in a report
 * narrowed to a locale that lacks it (`--locale`), the one the report keeps for that.
 */
export function anyLocaleFile(report: QaReport, slug: string): string | null {
  const document = reportDocument(report, slug);
  if (document === undefined) return null;
  const present = report.locales.map((l) => document.locales[l]?.file).find((file) => file !== undefined);
  return present ?? document.otherLocaleFile ?? null;
}

/** Findings grouped by document slug, documents in report order, then any unknown slugs. */
export function findingsByDocument(report: QaReport, findings = report.findings): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>(report.documents.map((d) => [d.slug, []]));
  for (const f of findings) {
    const list = groups.get(f.document);
    if (list) list.push(f);
    else groups.set(f.document, [f]);
  }
  for (const [slug, list] of groups) if (list.length === 0) groups.delete(slug);
  return groups;
}

/** Counts of non-waived findings per severity, plus the waived ones. */
export function countFindings(findings: Finding[]): Record<Severity, number> & { waived: number } {
  const counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived !== null) counts.waived++;
    else counts[f.severity]++;
  }
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

type Paint = (text: string) => string;

/** `2 errors`, `5 warnings`, `1 info`: the counts that are not zero, errors red, warnings yellow. */
export function severityParts(counts: Record<Severity, number>, paint: { red: Paint; yellow: Paint }): string[] {
  return [
    counts.error ? paint.red(plural(counts.error, 'error')) : '',
    counts.warning ? paint.yellow(plural(counts.warning, 'warning')) : '',
    counts.info ? `${counts.info} info` : '',
  ].filter(Boolean);
}

/** Small lookups every QA output format needs. */
import type { Severity } from '../model.js';
import type { Finding, QaReport } from '../check/types.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for the most severe; used to sort and to compare with `--fail-on`. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** `103+104` → `103`: the key whose `#seg-…` anchor a page carries for the unit. */
export function firstUnitKey(unit: string): string {
  return unit.split('+')[0];
}

/** The locale file (relative to the content folder) a finding is about, when that file exists. */
export function findingFile(report: QaReport, finding: Finding): string | null {
  return documentFile(report, finding.document, finding.locale);
}

export function documentFile(report: QaReport, slug: string, locale: string): string | null {
  const doc = report.documents.find((d) => d.slug === slug);
  return doc?.locales[locale]?.file ?? null;
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

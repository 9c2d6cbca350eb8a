/**
 * Per-locale coverage for the QA report: documents present, segments, aligned units translated,
 * left identical to the English or missing (these need the aligned corpus), what the
 * untranslated check flagged, and machine vs human translation.
 */
import { sameIgnoringSpace } from '../align/merged.js';
import { calloutMarkerPresent } from '../check/checks/missing-segment.js';
import { englishOf } from '../check/unit-text.js';
import type { AlignedCorpus, AlignedDocument, AlignedUnit } from '../model.js';
import type { QaReport } from '../check/types.js';

export interface UnitCoverage {
  units: number;
  /** Units with a translation that differs from the English. */
  translated: number;
  /** Units whose translation equals the English (names, numbers and code included). */
  sameAsEnglish: number;
  /** Units the locale lacks (a callout marker it writes as markup is not lacking: missing-segment agrees). */
  missing: number;
}

export interface LocaleCoverage {
  locale: string;
  documentsPresent: number;
  documentsTotal: number;
  segments: number;
  /** Null when the corpus was not given. */
  units: UnitCoverage | null;
  /** Findings of the untranslated check, waived ones included; null when the check is off. */
  untranslated: number | null;
  machine: number;
  human: number;
  unknownOrigin: number;
}

const UNTRANSLATED_CHECK = 'untranslated';

type UnitState = 'translated' | 'sameAsEnglish' | 'missing';

function unitState(doc: AlignedDocument, unit: AlignedUnit, locale: string): UnitState {
  const target = unit.targetOf(locale);
  // A callout marker the locale keeps as English markup: the site shows its localized title.
  if (target === null) return calloutMarkerPresent(doc, unit, locale) ? 'sameAsEnglish' : 'missing';
  const english = englishOf(unit, locale);
  return english !== null && sameIgnoringSpace(target, english) ? 'sameAsEnglish' : 'translated';
}

function unitCoverage(corpus: AlignedCorpus, locale: string): UnitCoverage {
  const c: UnitCoverage = { units: 0, translated: 0, sameAsEnglish: 0, missing: 0 };
  for (const doc of corpus.documents) {
    if (!doc.locales[locale]) continue;
    for (const unit of doc.units) {
      c.units++;
      c[unitState(doc, unit, locale)]++;
    }
  }
  return c;
}

function untranslatedFindings(report: QaReport, locale: string): number | null {
  if (!report.checks.some((c) => c.id === UNTRANSLATED_CHECK && c.enabled)) return null;
  return report.findings.filter((f) => f.locale === locale && f.check === UNTRANSLATED_CHECK).length;
}

export function localeCoverage(report: QaReport, corpus?: AlignedCorpus): LocaleCoverage[] {
  return report.locales.map((locale) => {
    const present = report.documents.map((d) => d.locales[locale]).filter((l) => l !== undefined);
    return {
      locale,
      documentsPresent: present.length,
      documentsTotal: report.documents.length,
      segments: present.reduce((n, l) => n + l.segments, 0),
      units: corpus ? unitCoverage(corpus, locale) : null,
      untranslated: untranslatedFindings(report, locale),
      machine: present.filter((l) => l.translationType?.toUpperCase() === 'MT').length,
      human: present.filter((l) => l.translationType?.toUpperCase() === 'HT').length,
      unknownOrigin: present.filter((l) => !/^(MT|HT)$/i.test(l.translationType ?? '')).length,
    };
  });
}

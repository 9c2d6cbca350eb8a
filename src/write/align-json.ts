/**
 * The public `tolk align --json` shape (documented in the README; keep it stable).
 */
import type { AlignedCorpus, AlignedUnit, Severity, UnitFlag } from '../model.js';

export interface AlignJson {
  locales: string[];
  documents: {
    slug: string;
    referenceLocale: string | null;
    missingLocales: string[];
    locales: Record<string, {
      file: string;
      segments: number;
      diagnostics: { severity: Severity; code: string; line: number; column: number; message: string }[];
    }>;
    units: { key: string; covers: string[]; source: string | null; targets: Record<string, string | null>; flags: UnitFlag[] }[];
  }[];
  diagnostics: { severity: Severity; code: string; file: string; line: number; message: string }[];
  totals: {
    documents: number;
    segments: Record<string, number>;
    units: number;
    flags: { missing: number; extra: number; merged: number; drift: number };
  };
}

/** The unit's translations by locale, without making the unit keep the record. */
function targetsOf(unit: AlignedUnit, locales: string[]): Record<string, string | null> {
  const targets: Record<string, string | null> = {};
  for (const locale of locales) targets[locale] = unit.targetOf(locale);
  return targets;
}

export function alignToJson(corpus: AlignedCorpus): AlignJson {
  const segments: Record<string, number> = Object.fromEntries(corpus.locales.map((l) => [l, 0]));
  const flags = { missing: 0, extra: 0, merged: 0, drift: 0 };
  let units = 0;
  const documents = corpus.documents.map((d) => {
    units += d.units.length;
    for (const u of d.units) {
      for (const f of u.flags) if (f.flag === 'missing' || f.flag === 'extra') flags[f.flag]++;
      if (u.flags.some((f) => f.flag === 'drift')) flags.drift++;
    }
    const locales: AlignJson['documents'][number]['locales'] = {};
    for (const [locale, ld] of Object.entries(d.locales)) {
      segments[locale] = (segments[locale] ?? 0) + ld.doc.segments.length;
      locales[locale] = {
        file: ld.file,
        segments: ld.doc.segments.length,
        diagnostics: ld.doc.diagnostics.map(({ severity, code, line, column, message }) => ({ severity, code, line, column, message })),
      };
    }
    // A merged segment counts once per locale that has it resolved to a run.
    for (const u of d.units) flags.merged += u.flags.filter((f) => f.flag === 'merged').reduce(
      (n, f) => n + u.idsOf(f.locale).filter((id) => /-p\d+$/.test(id)).length, 0);
    return {
      slug: d.slug, referenceLocale: d.referenceLocale, missingLocales: d.missingLocales, locales,
      units: d.units.map((u) => ({ key: u.key, covers: u.covers, source: u.source, targets: targetsOf(u, Object.keys(d.locales)), flags: u.flags })),
    };
  });
  return {
    locales: corpus.locales,
    documents,
    diagnostics: corpus.diagnostics.map(({ severity, code, file, line, message }) => ({ severity, code, file, line, message })),
    totals: { documents: documents.length, segments, units, flags },
  };
}

/**
 * The aligner: groups documents by slug across locales and aligns their segments by the
 * numeric key after the id prefix. Merged `p…` segments join the run they cover into one
 * unit. The reference locale (newest hand-off) supplies the English of each unit.
 */
import type {
  AlignedCorpus, AlignedDocument, AlignedUnit, Diagnostic, LocaleDocument, Segment, UnitFlag,
} from '../model.js';
import { firstByKey, normalizeSpace, numericKey, resolveMerged } from './merged.js';

/** Parses `ms.lasthandoff` (MM/DD/YYYY) to a sortable number; 0 when absent. */
function handoffOf(doc: LocaleDocument): number {
  const value = doc.doc.frontMatter.data['ms.lasthandoff'];
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '');
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return Number(us[3]) * 10000 + Number(us[1]) * 100 + Number(us[2]);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso ? Number(iso[1]) * 10000 + Number(iso[2]) * 100 + Number(iso[3]) : 0;
}

/** The locale whose English is newest: latest `ms.lasthandoff`, ties to the first locale. */
export function pickReference(docs: LocaleDocument[]): string | null {
  let best: LocaleDocument | null = null;
  for (const d of docs) if (!best || handoffOf(d) > handoffOf(best)) best = d;
  return best?.locale ?? null;
}

/** Tiny union-find over keys so merged runs and their numbered keys become one group. */
class Groups {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) { p = this.find(p); this.parent.set(k, p); }
    return p;
  }
  add(k: string): void { if (!this.parent.has(k)) this.parent.set(k, k); }
  union(a: string, b: string): void {
    this.add(a); this.add(b);
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Sort position of a key: numbered keys by number, unresolved merged keys after their predecessor. */
function orderOf(key: string, fallback: number): number {
  return numericKey(key) ?? fallback;
}

export function alignDocument(slug: string, docs: LocaleDocument[], corpusLocales: string[]): AlignedDocument {
  const locales = docs.map((d) => d.locale);
  const reference = pickReference(docs);
  const groups = new Groups();
  /** Per locale: the body segments that count for alignment (first of each id). */
  const perLocale = new Map<string, Segment[]>();
  const byKey = new Map<string, Map<string, Segment>>();
  const order = new Map<string, number>();
  for (const d of docs) {
    const unique = [...firstByKey(d.doc.segments).values()];
    perLocale.set(d.locale, unique);
    byKey.set(d.locale, firstByKey(unique));
    let last = 0;
    for (const s of unique) {
      const n = orderOf(s.key, last + 0.5);
      if (numericKey(s.key) !== null) last = n;
      if (!order.has(s.key)) order.set(s.key, n);
    }
  }
  /** merged segment → group key it joins. */
  const mergedGroup = new Map<Segment, string>();
  const resolvedMerged = new Set<Segment>();
  for (const d of docs) {
    const others = docs.filter((o) => o !== d).map((o) => byKey.get(o.locale)!);
    for (const r of resolveMerged(perLocale.get(d.locale)!, others)) {
      if (r.covers.length === 0) {
        groups.add(r.segment.key);
        mergedGroup.set(r.segment, r.segment.key);
        continue;
      }
      resolvedMerged.add(r.segment);
      for (const k of r.covers) groups.union(r.covers[0], k);
      mergedGroup.set(r.segment, r.covers[0]);
    }
  }
  for (const segs of perLocale.values()) for (const s of segs) if (!mergedGroup.has(s)) groups.add(s.key);

  // Collect each group's segments per locale, in document order.
  const unitSegments = new Map<string, Map<string, Segment[]>>();
  const groupKeys = new Map<string, Set<string>>();
  for (const [locale, segs] of perLocale) {
    for (const s of segs) {
      const root = groups.find(mergedGroup.get(s) ?? s.key);
      if (!unitSegments.has(root)) { unitSegments.set(root, new Map()); groupKeys.set(root, new Set()); }
      const byLocale = unitSegments.get(root)!;
      if (!byLocale.has(locale)) byLocale.set(locale, []);
      byLocale.get(locale)!.push(s);
      if (!mergedGroup.has(s) || !resolvedMerged.has(s)) groupKeys.get(root)!.add(s.key);
    }
  }
  // Keys a resolved merged segment covers belong to its group even when no locale is numbered.
  for (const [seg, first] of mergedGroup) if (resolvedMerged.has(seg)) groupKeys.get(groups.find(first))?.add(first);

  const units: AlignedUnit[] = [];
  for (const [root, byLocale] of unitSegments) {
    const covers = [...groupKeys.get(root)!].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const targets: Record<string, string | null> = {};
    const sources: Record<string, string | null> = {};
    const ids: Record<string, string[]> = {};
    const lines: Record<string, number | null> = {};
    const flags: UnitFlag[] = [];
    for (const locale of locales) {
      const segs = byLocale.get(locale);
      if (!segs) { targets[locale] = null; sources[locale] = null; ids[locale] = []; lines[locale] = null; continue; }
      targets[locale] = segs.map((s) => s.target).join(' ');
      const english = segs.map((s) => s.source).filter((s): s is string => s !== null);
      sources[locale] = english.length ? english.join(' ') : null;
      ids[locale] = segs.map((s) => s.id);
      lines[locale] = segs[0].line;
      if (segs.some((s) => resolvedMerged.has(s))) flags.push({ flag: 'merged', locale });
    }
    const refHas = reference !== null && byLocale.has(reference);
    for (const locale of locales) {
      if (locale === reference || !reference) continue;
      if (refHas && !byLocale.has(locale)) flags.push({ flag: 'missing', locale });
      if (!refHas && byLocale.has(locale)) flags.push({ flag: 'extra', locale });
    }
    const source = (refHas ? sources[reference!] : null) ?? Object.values(sources).find((s) => s !== null) ?? null;
    if (source !== null) {
      let wanted: string | null = null;
      for (const locale of locales) {
        const own = sources[locale];
        // Most English is identical byte for byte; normalize only when it is not.
        if (own === null || own === source) continue;
        wanted ??= normalizeSpace(source);
        if (normalizeSpace(own) !== wanted) flags.push({ flag: 'drift', locale });
      }
    }
    const key = covers.length ? covers.join('+') : root;
    units.push({ key, covers, source, sources, targets, ids, lines, flags });
  }
  units.sort((a, b) => (order.get(a.covers[0] ?? a.key) ?? 0) - (order.get(b.covers[0] ?? b.key) ?? 0));
  const localeMap: Record<string, LocaleDocument> = {};
  for (const d of docs) localeMap[d.locale] = d;
  return {
    slug, referenceLocale: reference,
    missingLocales: corpusLocales.filter((l) => !locales.includes(l)),
    locales: localeMap, units,
  };
}

export function alignCorpus(documents: LocaleDocument[], locales: string[], diagnostics: Diagnostic[] = []): AlignedCorpus {
  const bySlug = new Map<string, LocaleDocument[]>();
  for (const d of documents) {
    if (!bySlug.has(d.slug)) bySlug.set(d.slug, []);
    bySlug.get(d.slug)!.push(d);
  }
  const slugs = [...bySlug.keys()].sort();
  return {
    locales,
    documents: slugs.map((slug) => alignDocument(slug, bySlug.get(slug)!, locales)),
    diagnostics,
  };
}

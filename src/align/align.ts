/**
 * The aligner: groups documents by slug across locales and aligns their segments by the
 * numeric key after the id prefix. Merged `p…` segments join the run they cover into one
 * unit. The reference locale (newest hand-off) supplies the English of each unit.
 */
import type {
  AlignedCorpus, AlignedDocument, AlignedUnit, Diagnostic, LocaleDocument, Segment, UnitFlag,
} from '../model.js';
import { alignInOrder } from './in-order.js';
import { firstByKey, numericKey, resolveMerged } from './merged.js';
import { unitFrom, type UnitCell } from './unit.js';

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
    const p = this.parent.get(k);
    if (p === undefined || p === k) return k;
    const root = this.find(p);
    this.parent.set(k, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Per locale: the segments that count for alignment (first of each id) and their lookup. */
interface LocaleSegments {
  locale: string;
  segments: Segment[];
  byKey: Map<string, Segment>;
}

/**
 * Decides the group (unit) key of every segment. Numbered segments group by their own key;
 * a merged segment joins the run it covers, which becomes one group.
 */
function groupSegments(perLocale: LocaleSegments[]): { groupOf: (s: Segment) => string; resolved: Set<Segment> } {
  const resolved = new Set<Segment>();
  const mergedKey = new Map<Segment, string>();
  const groups = new Groups();
  for (const own of perLocale) {
    if (!own.segments.some((s) => s.merged)) continue;
    const others = perLocale.filter((o) => o !== own).map((o) => o.byKey);
    for (const r of resolveMerged(own.segments, others)) {
      if (r.covers.length === 0) continue;
      resolved.add(r.segment);
      mergedKey.set(r.segment, r.covers[0]);
      for (const k of r.covers) groups.union(r.covers[0], k);
    }
  }
  if (resolved.size === 0) return { groupOf: (s) => s.key, resolved };
  return { groupOf: (s) => groups.find(mergedKey.get(s) ?? s.key), resolved };
}

/** Document position of every key: numbered keys by number, others after their predecessor. */
function keyOrder(perLocale: LocaleSegments[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const { segments } of perLocale) {
    let last = 0;
    for (const s of segments) {
      const n = numericKey(s.key);
      if (n !== null) last = n;
      if (!order.has(s.key)) order.set(s.key, n ?? last + 0.5);
    }
  }
  return order;
}

/** The keys a unit covers; nearly always one, so no Set until a second one turns up. */
class KeySet {
  private first: string | null = null;
  private all: Set<string> | null = null;
  add(key: string): void {
    if (this.first === null) this.first = key;
    else if (key !== this.first) (this.all ??= new Set([this.first])).add(key);
  }
  sorted(order: Map<string, number>): string[] {
    if (this.all) return [...this.all].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return this.first === null ? [] : [this.first];
  }
}

function buildUnit(
  segsByLocale: (Segment[] | undefined)[], locales: string[], reference: string | null,
  resolved: Set<Segment>, order: Map<string, number>,
): AlignedUnit {
  const cells: UnitCell[] = [];
  const flags: UnitFlag[] = [];
  const keys = new KeySet();
  for (let i = 0; i < locales.length; i++) {
    const segs = segsByLocale[i];
    if (!segs) {
      cells.push(null);
      continue;
    }
    let merged = false;
    for (const s of segs) if (resolved.size > 0 && resolved.has(s)) merged = true; else keys.add(s.key);
    cells.push(segs.length === 1 ? segs[0] : segs);
    if (merged) flags.push({ flag: 'merged', locale: locales[i] });
  }
  const covers = keys.sorted(order);
  // A run covered only by merged segments (no locale numbered it) keeps the merged key.
  const key = covers.length === 1 ? covers[0] : covers.length ? covers.join('+') : segsByLocale.find((x) => x)![0].key;
  return unitFrom(key, covers.length ? covers : [key], cells, locales, reference === null ? -1 : locales.indexOf(reference), flags);
}

/**
 * The general path: merged segments, repeated keys, keys out of order or not numbers.
 * `segmentsByLocale` (default: each document's segments) is what is aligned of each.
 */
export function alignByGroups(
  docs: LocaleDocument[], locales: string[], reference: string | null,
  segmentsByLocale: Segment[][] = docs.map((d) => d.doc.segments),
): AlignedUnit[] {
  const perLocale: LocaleSegments[] = docs.map((d, i) => {
    const all = segmentsByLocale[i];
    const byKey = firstByKey(all);
    return { locale: d.locale, byKey, segments: byKey.size === all.length ? all : [...byKey.values()] };
  });
  const { groupOf, resolved } = groupSegments(perLocale);
  const order = keyOrder(perLocale);

  // group key → per-locale-index list of segments, in document order.
  const grouped = new Map<string, (Segment[] | undefined)[]>();
  perLocale.forEach(({ segments }, i) => {
    for (const s of segments) {
      const root = groupOf(s);
      let row = grouped.get(root);
      if (!row) { row = new Array(locales.length); grouped.set(root, row); }
      (row[i] ??= []).push(s);
    }
  });
  const units: AlignedUnit[] = [];
  for (const row of grouped.values()) units.push(buildUnit(row, locales, reference, resolved, order));
  units.sort((a, b) => (order.get(a.covers[0]) ?? 0) - (order.get(b.covers[0]) ?? 0));
  return units;
}

/** How many segments at the start of the file are in its front matter (they come first). */
function frontMatterCount(segments: Segment[]): number {
  if (segments.length === 0 || !segments[0].inFrontMatter) return 0;
  const body = segments.findIndex((s) => !s.inFrontMatter);
  return body === -1 ? segments.length : body;
}

/**
 * The segments each locale aligns. The pipeline wraps a front matter block in spans in some
 * files: when only some locales of a document have it so, their front-matter segments are left
 * out, for the others have nothing to match them with but body segments (a missing-segment error
 * for every line of metadata, or a title aligned with a body sentence of the same key). When all
 * have it wrapped, the front matters align with each other as before.
 */
function alignedSegments(docs: LocaleDocument[]): Segment[][] {
  const all = docs.map((d) => d.doc.segments);
  const counts = all.map(frontMatterCount);
  const wrapped = counts.filter((n) => n > 0).length;
  if (wrapped === 0 || wrapped === docs.length) return all;
  return all.map((segments, i) => (counts[i] > 0 ? segments.slice(counts[i]) : segments));
}

export function alignDocument(slug: string, docs: LocaleDocument[], corpusLocales: string[]): AlignedDocument {
  const locales = docs.map((d) => d.locale);
  const reference = pickReference(docs);
  const refIndex = reference === null ? -1 : locales.indexOf(reference);
  const segments = alignedSegments(docs);
  const units = alignInOrder(segments, locales, refIndex) ?? alignByGroups(docs, locales, reference, segments);
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

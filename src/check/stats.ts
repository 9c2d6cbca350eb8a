/**
 * Corpus-wide facts some checks need, computed in one pass over every unit × locale:
 * - length ratios: robust per-locale bounds (median ± k·MAD of log(target/source) over units
 *   with enough prose), so "too long / too short" is relative to the language pair at hand;
 * - translation memory: same English → the distinct translations a locale uses, and where;
 * - kept words: which words of unchanged (untranslated-looking) segments the locale's real
 *   translations keep from English as well (product names, cognates such as nb "status").
 */
import type { AlignedCorpus } from '../model.js';
import type { CorpusStats } from './types.js';
import { NOT_WORD } from './text.js';
import { unitView, type UnitView } from './view.js';

/** Units with less prose than this say too little about a language pair's length ratio. */
export const MIN_RATIO_CHARS = 40;
/** Fewer qualifying units than this per locale: no bounds, the length check stays silent. */
const MIN_RATIO_SAMPLES = 30;
/** Bounds at this many robust standard deviations (1.4826·MAD) from the median. */
export const RATIO_SPREAD = 4;
/** A word is "kept" when translations use it at least this often relative to the English. */
const KEPT_SHARE = 0.3;

type Where = { document: string; unit: string };

interface LocaleAccumulator {
  logRatios: number[];
  /** English memory key → the views of the units that carry it, with their document. */
  bySource: Map<string, { view: UnitView; document: string }[]>;
  /** Words of segments left as the English: the only words whose kept-ness is asked. */
  candidates: Set<string>;
  /** Views of translated units, for counting candidate words afterwards. */
  translated: UnitView[];
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ratioBounds(logRatios: number[]): { median: number; low: number; high: number } | null {
  if (logRatios.length < MIN_RATIO_SAMPLES) return null;
  const byValue = (a: number, b: number) => a - b;
  const sorted = [...logRatios].sort(byValue);
  const m = median(sorted);
  const deviations = sorted.map((x) => Math.abs(x - m)).sort(byValue);
  const spread = Math.max(1.4826 * median(deviations), 0.05) * RATIO_SPREAD;
  return { median: Math.exp(m), low: Math.exp(m - spread), high: Math.exp(m + spread) };
}

/** Occurrences of candidate words in texts (one lower-casing and one split for all of them). */
function countCandidates(texts: string[], candidates: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of texts.join('\n').toLowerCase().split(NOT_WORD)) {
    if (candidates.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Candidate words that translated units' translations use at least KEPT_SHARE as often as the English. */
function keptWords(acc: LocaleAccumulator, inSources: Map<string, number>): Set<string> {
  const kept = new Set<string>();
  if (acc.candidates.size === 0) return kept;
  const inTargets = countCandidates(acc.translated.map((v) => v.targetFacts.masked), acc.candidates);
  for (const [word, n] of inTargets) if (n >= KEPT_SHARE * (inSources.get(word) ?? 0)) kept.add(word);
  return kept;
}

/** Same English → its distinct translations, only for English that occurs more than once. */
function translationMemory(acc: LocaleAccumulator): CorpusStats['translations'][string] {
  const memory: CorpusStats['translations'][string] = new Map();
  for (const [key, units] of acc.bySource) {
    if (units.length < 2) continue;
    const variants = new Map<string, Where[]>();
    for (const { view, document } of units) {
      const target = view.targetFacts.memoryKey;
      let where = variants.get(target);
      if (!where) variants.set(target, (where = []));
      where.push({ document, unit: view.unit.key });
    }
    memory.set(key, variants);
  }
  return memory;
}

function accumulate(acc: LocaleAccumulator, view: UnitView, document: string): void {
  const source = view.sourceFacts;
  if (source.memoryKey) {
    const units = acc.bySource.get(source.memoryKey);
    if (units) units.push({ view, document });
    else acc.bySource.set(source.memoryKey, [{ view, document }]);
  }
  if (view.same) {
    for (const w of view.targetFacts.wordSet) acc.candidates.add(w);
    return;
  }
  acc.translated.push(view);
  if (view.source!.length < MIN_RATIO_CHARS) return;
  const sourceLength = source.prose.length;
  const targetLength = view.targetFacts.prose.length;
  if (sourceLength >= MIN_RATIO_CHARS && targetLength > 0) acc.logRatios.push(Math.log(targetLength / sourceLength));
}

export function computeCorpusStats(corpus: AlignedCorpus): CorpusStats {
  const acc = new Map<string, LocaleAccumulator>();
  for (const locale of corpus.locales) acc.set(locale, { logRatios: [], bySource: new Map(), candidates: new Set(), translated: [] });
  for (const doc of corpus.documents) {
    for (const unit of doc.units) {
      for (const [locale, a] of acc) {
        const view = unitView(unit, locale);
        if (view.paired) accumulate(a, view, doc.slug);
      }
    }
  }
  const stats: CorpusStats = { lengthRatio: {}, translations: {}, keptWords: {} };
  // The English is (nearly) the same for every locale: count candidate words in it once.
  const allCandidates = new Set([...acc.values()].flatMap((a) => [...a.candidates]));
  const english = new Set<string>();
  for (const a of acc.values()) for (const v of a.translated) english.add(v.sourceFacts.masked);
  const inSources = allCandidates.size ? countCandidates([...english], allCandidates) : new Map<string, number>();
  for (const [locale, a] of acc) {
    const bounds = ratioBounds(a.logRatios);
    if (bounds) stats.lengthRatio[locale] = bounds;
    stats.translations[locale] = translationMemory(a);
    stats.keptWords[locale] = keptWords(a, inSources);
  }
  return stats;
}

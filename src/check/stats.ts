/**
 * Corpus-wide facts some checks need, computed in one pass over every unit × locale:
 * - length ratios: robust per-locale bounds (median ± k·MAD of log(target/source) over units
 *   with enough prose), so "too long / too short" is relative to the language pair at hand;
 * - translation memory: same English → the distinct translations a locale uses, and where;
 * - kept words: which words of unchanged (untranslated-looking) segments the locale's real
 *   translations keep from English as well (product names, cognates such as nb "status").
 */
import type { AlignedCorpus, AlignedDocument } from '../model.js';
import type { CorpusStats } from './types.js';
import { carriesDamage } from './damage.js';
import { changeKey, endingOf } from './endings.js';
import { NOT_WORD } from './text.js';
import { documentViews, type UnitView } from './view.js';

/** Units with less prose than this say too little about a language pair's length ratio. */
export const MIN_RATIO_CHARS = 40;
/** Bands of English prose length with their own bounds: short texts vary more. */
const RATIO_BANDS = [MIN_RATIO_CHARS, 80, 160];
/** Fewer qualifying units than this per locale: no bounds, the length check stays silent. */
const MIN_RATIO_SAMPLES = 30;
/**
 * Bounds at this many robust standard deviations (1.4826·MAD) from the median. A translation
 * much longer than usual is nearly always just wordier ("For info, see" → "Hvis du vil ha
 * informasjon, kan du se"), so only extreme cases count; a much shorter one often lost content.
 */
export const RATIO_SPREAD = { below: 4.5, above: 6 };
/** A word is "kept" when translations use it at least this often relative to the English. */
const KEPT_SHARE = 0.3;
/** An ending change made in at least this share of segments with that English ending is a habit. */
const HABIT_SHARE = 0.1;

type Where = { document: string; unit: string; text?: string; source?: string; damaged?: boolean };

interface LocaleAccumulator {
  logRatios: number[];
  /** Per band of RATIO_BANDS: the log ratios of its units. */
  bandRatios: number[][];
  /** English memory key → the views of the units that carry it, with their document. */
  bySource: Map<string, { view: UnitView; document: string }[]>;
  /** Words of segments left as the English: the only words whose kept-ness is asked. */
  candidates: Set<string>;
  /** Views of translated units, for counting candidate words afterwards. */
  translated: UnitView[];
  /** English ending → count, and `source>target` ending change → count. */
  endings: Map<string, number>;
  changes: Map<string, number>;
}

function median(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ratioBounds(logRatios: number[]): { median: number; low: number; high: number } | null {
  if (logRatios.length < MIN_RATIO_SAMPLES) return null;
  // Typed arrays sort numerically without a comparator call per comparison.
  const sorted = Float64Array.from(logRatios).sort();
  const m = median(sorted);
  const deviations = sorted.map((x) => Math.abs(x - m)).sort();
  const sigma = Math.max(1.4826 * median(deviations), 0.05);
  return { median: Math.exp(m), low: Math.exp(m - sigma * RATIO_SPREAD.below), high: Math.exp(m + sigma * RATIO_SPREAD.above) };
}

/** Per UTF-16 unit: 1 when NOT_WORD matches it (a word separator). */
const SEPARATOR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (NOT_WORD.test(String.fromCharCode(c))) SEPARATOR[c] = 1;

/**
 * Occurrences of candidate words in texts: the words of `text.toLowerCase().split(NOT_WORD)`,
 * found by a scan that cuts out only words whose length and first letter some candidate has
 * (splitting every text allocated a quarter of all the memory a QA run uses).
 */
function countCandidates(texts: string[], candidates: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const shapes = new Set<number>();
  for (const word of candidates) shapes.add(word.charCodeAt(0) * 256 + Math.min(word.length, 255));
  for (const text of texts) {
    const lower = text.toLowerCase();
    const n = lower.length;
    let i = 0;
    while (i < n) {
      while (i < n && SEPARATOR[lower.charCodeAt(i)] === 1) i++;
      const start = i;
      while (i < n && SEPARATOR[lower.charCodeAt(i)] === 0) i++;
      if (i === start || !shapes.has(lower.charCodeAt(start) * 256 + Math.min(i - start, 255))) continue;
      const word = lower.slice(start, i);
      if (candidates.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
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
    const views = new Map<Where, UnitView>();
    for (const { view, document } of units) {
      const target = view.targetFacts.memoryKey;
      let where = variants.get(target);
      if (!where) variants.set(target, (where = []));
      const entry: Where = { document, unit: view.unit.key, text: view.target!, source: view.source! };
      where.push(entry);
      views.set(entry, view);
    }
    // Damage matters only where translations differ (the model is chosen among them): most
    // English is translated one way, and its translations need not be searched for damage.
    if (variants.size > 1) {
      for (const [entry, view] of views) if (carriesDamage(view.sourceFacts, view.targetFacts, view.locale)) entry.damaged = true;
    }
    memory.set(key, variants);
  }
  return memory;
}

const increment = (map: Map<string, number>, key: string): void => { map.set(key, (map.get(key) ?? 0) + 1); };

function countEnding(acc: LocaleAccumulator, view: UnitView): void {
  const source = endingOf(view.sourceFacts, true).ending;
  const target = endingOf(view.targetFacts).ending;
  increment(acc.endings, source);
  if (source !== target) increment(acc.changes, changeKey(source, target));
}

function endingHabits(acc: LocaleAccumulator): Set<string> {
  const habits = new Set<string>();
  for (const [change, n] of acc.changes) {
    if (n >= HABIT_SHARE * (acc.endings.get(change.split('>')[0]) ?? 0)) habits.add(change);
  }
  return habits;
}

/** Index of the length band of a text with `chars` of prose (at least MIN_RATIO_CHARS). */
export function bandOf(chars: number): number {
  let band = 0;
  while (band + 1 < RATIO_BANDS.length && chars >= RATIO_BANDS[band + 1]) band++;
  return band;
}

function accumulate(acc: LocaleAccumulator, view: UnitView, document: string): void {
  const source = view.sourceFacts;
  if (source.memoryKey) {
    const units = acc.bySource.get(source.memoryKey);
    if (units) units.push({ view, document });
    else acc.bySource.set(source.memoryKey, [{ view, document }]);
  }
  if (view.same) {
    for (const w of view.targetFacts.words) acc.candidates.add(w.text.toLowerCase());
    return;
  }
  acc.translated.push(view);
  countEnding(acc, view);
  if (view.source!.length < MIN_RATIO_CHARS) return;
  const sourceLength = source.prose.length;
  const targetLength = view.targetFacts.prose.length;
  if (sourceLength < MIN_RATIO_CHARS || targetLength === 0) return;
  const logRatio = Math.log(targetLength / sourceLength);
  acc.logRatios.push(logRatio);
  acc.bandRatios[bandOf(sourceLength)].push(logRatio);
}

/**
 * Files whose bytes were not text as read (not UTF-8, binary): their replacement characters are
 * no translation, and must not become the "usual translation" or a length norm for the others.
 */
const UNDECODED = new Set(['invalid-utf8', 'binary-content']);
const decodedCleanly = (doc: AlignedDocument, locale: string): boolean =>
  !(doc.locales[locale]?.doc.diagnostics.some((d) => UNDECODED.has(d.code)) ?? false);

export function computeCorpusStats(corpus: AlignedCorpus): CorpusStats {
  const acc = new Map<string, LocaleAccumulator>();
  for (const locale of corpus.locales) acc.set(locale, { logRatios: [], bandRatios: RATIO_BANDS.map(() => []), bySource: new Map(), candidates: new Set(), translated: [], endings: new Map(), changes: new Map() });
  const perLocale = corpus.locales.map((locale) => acc.get(locale)!);
  for (const doc of corpus.documents) {
    const clean = corpus.locales.map((locale) => decodedCleanly(doc, locale));
    for (const views of documentViews(doc, corpus.locales)) {
      views.forEach((view, i) => { if (view.paired && clean[i]) accumulate(perLocale[i], view, doc.slug); });
    }
  }
  const stats: CorpusStats = { lengthRatio: {}, lengthBands: {}, translations: {}, keptWords: {}, endingHabits: {} };
  // The English is (nearly) the same for every locale: count candidate words in it once.
  const allCandidates = new Set([...acc.values()].flatMap((a) => [...a.candidates]));
  const english = new Set<string>();
  for (const a of acc.values()) for (const v of a.translated) english.add(v.sourceFacts.masked);
  const inSources = allCandidates.size ? countCandidates([...english], allCandidates) : new Map<string, number>();
  for (const [locale, a] of acc) {
    const bounds = ratioBounds(a.logRatios);
    if (bounds) {
      stats.lengthRatio[locale] = bounds;
      // A band with too few units of its own uses the locale-wide bounds.
      stats.lengthBands![locale] = a.bandRatios.map((ratios, i) => ({ minChars: RATIO_BANDS[i], ...(ratioBounds(ratios) ?? bounds) }));
    }
    stats.translations[locale] = translationMemory(a);
    stats.keptWords[locale] = keptWords(a, inSources);
    stats.endingHabits![locale] = endingHabits(a);
  }
  return stats;
}

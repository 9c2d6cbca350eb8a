/**
 * Resolves merged segments: a `p101` segment in one locale stands for a run of numbered
 * segments in another locale, whose English originals it concatenates.
 */
import type { Segment } from '../model.js';

export const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The characters `\s` and `trim()` treat as white space. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) ||
  c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * `normalizeSpace(a) === normalizeSpace(b)` without building either string: one pass that
 * usually stops at the first character, since most pairs compared (a translation and its
 * English) differ early.
 */
export function sameIgnoringSpace(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  while (i < a.length && isSpace(a.charCodeAt(i))) i++;
  while (j < b.length && isSpace(b.charCodeAt(j))) j++;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const sa = isSpace(ca);
    if (sa !== isSpace(cb)) return false;
    if (sa) {
      while (i < a.length && isSpace(a.charCodeAt(i))) i++;
      while (j < b.length && isSpace(b.charCodeAt(j))) j++;
      continue;
    }
    if (ca !== cb) return false;
    i++;
    j++;
  }
  while (i < a.length && isSpace(a.charCodeAt(i))) i++;
  while (j < b.length && isSpace(b.charCodeAt(j))) j++;
  return i === a.length && j === b.length;
}

export const numericKey = (key: string): number | null => (/^\d+$/.test(key) ? Number(key) : null);

export interface MergedResolution {
  segment: Segment;
  /** Numbered keys of the run it covers; empty when unresolved. */
  covers: string[];
  /** True when the run was found by position only (English did not concatenate exactly). */
  byPosition: boolean;
}

/** Numbered segments of a locale, first occurrence of each key, in document order. */
export function firstByKey(segments: Segment[]): Map<string, Segment> {
  const map = new Map<string, Segment>();
  for (const s of segments) if (!map.has(s.key)) map.set(s.key, s);
  return map;
}

/**
 * For each merged segment of `own`, finds the run in one of `others`: the numbered keys that
 * lie between its numbered neighbours in `own` and that `own` lacks, taken greedily until
 * their English concatenation equals the merged English.
 */
export function resolveMerged(own: Segment[], others: Map<string, Segment>[]): MergedResolution[] {
  const ownKeys = new Set(own.map((s) => s.key));
  const resolutions: MergedResolution[] = [];
  const consumed = new Set<string>();
  own.forEach((segment, index) => {
    if (!segment.merged || segment.inFrontMatter) return;
    let prev = -Infinity;
    for (let i = index - 1; i >= 0; i--) {
      const n = numericKey(own[i].key);
      if (n !== null) { prev = n; break; }
    }
    let next = Infinity;
    let mergedInGap = 1;
    for (let i = index + 1; i < own.length; i++) {
      const n = numericKey(own[i].key);
      if (n !== null) { next = n; break; }
      if (own[i].merged) mergedInGap++;
    }
    for (let i = index - 1; i >= 0 && numericKey(own[i].key) === null; i--) if (own[i].merged) mergedInGap++;
    const wanted = normalizeSpace(segment.source ?? '');
    let fallback: string[] | null = null;
    for (const other of others) {
      const candidates = [...other.values()]
        .filter((s) => {
          const n = numericKey(s.key);
          return n !== null && n > prev && n < next && !ownKeys.has(s.key) && !consumed.has(s.key) && !s.inFrontMatter;
        })
        .sort((a, b) => Number(a.key) - Number(b.key));
      if (candidates.length === 0) continue;
      let joined = '';
      for (let i = 0; i < candidates.length; i++) {
        joined = normalizeSpace(`${joined} ${candidates[i].source ?? ''}`);
        if (joined === wanted) {
          const covers = candidates.slice(0, i + 1).map((s) => s.key);
          covers.forEach((k) => consumed.add(k));
          resolutions.push({ segment, covers, byPosition: false });
          return;
        }
        if (joined.length > wanted.length) break;
      }
      if (!fallback && mergedInGap === 1) fallback = candidates.map((s) => s.key);
    }
    if (fallback) {
      fallback.forEach((k) => consumed.add(k));
      resolutions.push({ segment, covers: fallback, byPosition: true });
    } else {
      resolutions.push({ segment, covers: [], byPosition: false });
    }
  });
  return resolutions;
}

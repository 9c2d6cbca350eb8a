/**
 * The aligner's fast path, for the documents nearly every corpus is made of: in each locale the
 * segment keys are plain numbers in ascending order (no merged `p…` keys, no repeats). Such
 * documents align by walking the locales side by side, smallest key first, with none of the
 * general path's maps, groups and sorting; the units are the ones the general path builds
 * (a test compares the two on the whole corpus).
 */
import type { AlignedUnit, Segment } from '../model.js';
import { unitFrom } from './unit.js';

/**
 * The number a key is, when it is written as one (`103`, not `0103`, `p103` or `1e3`); else -1.
 * Stricter than `numericKey`, so that equal numbers mean equal keys, as the general path groups them.
 */
function keyNumber(key: string): number {
  if (key.length === 0 || key.length > 15 || (key.length > 1 && key.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Key numbers, one buffer per locale, reused from document to document (alignment is
 * synchronous): a typed array per document and locale cost more than the walk itself.
 */
const scratch: Float64Array[] = [];

/** Writes each segment's key number into `numbers`; false when the keys are not plain, strictly ascending numbers. */
function ascendingNumbers(segments: Segment[], numbers: Float64Array): boolean {
  let last = -1;
  for (let i = 0; i < segments.length; i++) {
    const n = keyNumber(segments[i].key);
    if (n <= last) return false;
    numbers[i] = last = n;
  }
  return true;
}

function scratchFor(locale: number, length: number): Float64Array {
  if (scratch.length <= locale || scratch[locale].length < length) scratch[locale] = new Float64Array(Math.max(length, 256));
  return scratch[locale];
}

/** One unit from at most one segment per locale (`row[i]` for `locales[i]`). */
function unitOf(row: (Segment | undefined)[], locales: string[], refIndex: number): AlignedUnit {
  const cells: (Segment | null)[] = new Array(locales.length);
  let key = '';
  for (let i = 0; i < locales.length; i++) {
    const s = row[i];
    cells[i] = s ?? null;
    if (s !== undefined) key = s.key;
  }
  return unitFrom(key, [key], cells, locales, refIndex, null);
}

/**
 * The units of a document whose locales all have plain ascending keys, in key order; null when
 * one locale's keys are otherwise (then the general path aligns it).
 */
export function alignInOrder(segmentsByLocale: Segment[][], locales: string[], refIndex: number): AlignedUnit[] | null {
  const numbers: Float64Array[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < segmentsByLocale.length; i++) {
    const segments = segmentsByLocale[i];
    const n = scratchFor(i, segments.length);
    if (!ascendingNumbers(segments, n)) return null;
    numbers.push(n);
    lengths.push(segments.length);
  }
  const at = new Array<number>(locales.length).fill(0);
  const row = new Array<Segment | undefined>(locales.length);
  const units: AlignedUnit[] = [];
  for (;;) {
    let next = Infinity;
    for (let i = 0; i < locales.length; i++) if (at[i] < lengths[i] && numbers[i][at[i]] < next) next = numbers[i][at[i]];
    if (next === Infinity) return units;
    for (let i = 0; i < locales.length; i++) {
      row[i] = at[i] < lengths[i] && numbers[i][at[i]] === next ? segmentsByLocale[i][at[i]++] : undefined;
    }
    units.push(unitOf(row, locales, refIndex));
  }
}

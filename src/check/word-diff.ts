/**
 * Which words of a text another text lacks: a word-level longest common subsequence, for
 * highlighting where a translation departs from the usual one ("lapu **norēķini**par" against
 * "lapu **Norēķini** > [jūsu produkti]"). Words compare ignoring case; markup and punctuation
 * between them do not count, as the translation memory ignores them too.
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** Beyond this many word pairs, the table costs more than the highlight is worth: give up. */
const MAX_CELLS = 250_000;

interface Word { start: number; end: number; key: string }

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index!, end: m.index! + m[0].length, key: m[0].toLowerCase() });
  return words;
}

/** For each word of `a`, whether it belongs to a longest common subsequence with `b`. */
function commonWords(a: Word[], b: Word[]): boolean[] {
  const n = a.length;
  const m = b.length;
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..].
  const lengths = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = a[i].key === b[j].key
        ? lengths[(i + 1) * (m + 1) + j + 1] + 1
        : Math.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1]);
    }
  }
  const common = new Array<boolean>(n).fill(false);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i].key === b[j].key) { common[i++] = true; j++; } else if (lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) i++; else j++;
  }
  return common;
}

/**
 * Ranges of `text` (UTF-16 offsets) covering its words that `other` does not have in the same
 * order; adjacent ones joined into one range. Empty when every word is in `other` (the difference
 * is what `text` lacks); null when the texts are too long to compare.
 */
export function wordsNotIn(text: string, other: string): [number, number][] | null {
  const a = wordsOf(text);
  const b = wordsOf(other);
  if (a.length === 0 || a.length * b.length > MAX_CELLS || a.length >= 0xffff) return null;
  const common = commonWords(a, b);
  const ranges: [number, number][] = [];
  let open: [number, number] | null = null;
  for (let i = 0; i < a.length; i++) {
    if (common[i]) { open = null; continue; }
    if (open) open[1] = a[i].end; else ranges.push((open = [a[i].start, a[i].end]));
  }
  return ranges;
}

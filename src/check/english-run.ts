/**
 * English left inside a translation: the longest run of the translation's words that stands in
 * the English in the same order ("Windows 11 ir visas power and security of Windows 10 with a
 * redesigned and refreshed look."). Names and kept terms make short runs; a clause left in
 * English makes a long one.
 */
import type { TextFacts, Token } from './text.js';

/** Longest common run of words (case ignored), as [start, end) word indexes into the target. */
export function longestEnglishRun(source: TextFacts, target: TextFacts): [number, number] | null {
  const a = source.words.map((w) => w.text.toLowerCase());
  const b = target.words.map((w) => w.text.toLowerCase());
  let best: [number, number] | null = null;
  let previous = new Uint16Array(a.length + 1);
  for (let j = 1; j <= b.length; j++) {
    const current = new Uint16Array(a.length + 1);
    for (let i = 1; i <= a.length; i++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[i] = previous[i - 1] + 1;
      if (!best || current[i] > best[1] - best[0]) best = [j - current[i], j];
    }
    previous = current;
  }
  return best;
}

/** The target's words of a run. */
export const runWords = (target: TextFacts, run: [number, number]): Token[] => target.words.slice(run[0], run[1]);

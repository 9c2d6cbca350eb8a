/** English words and word runs that tell English prose in a translation from names and terms. */
import { WORD, type TextFacts, type Token } from './text.js';

/** Common English function words: a longer text with none of them is not English prose. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'is', 'are', 'was', 'be', 'can', 'will', 'you', 'your', 'this', 'that', 'it', 'not', 'as', 'how', 'what',
]);

/** Two scanners of the same word pattern, for walking two texts in step. */
const sourceWord = new RegExp(WORD.source, WORD.flags);
const targetWord = new RegExp(WORD.source, WORD.flags);

/**
 * The translation has the English's words in the English's order, only its punctuation, spacing,
 * markup or letter case changed: "…to Office 365." for "…to Office 365", a link moved by a word.
 * The two texts are walked word by word and left at the first difference, nearly always the first
 * word: asked of every translation, this must not split every text into words.
 */
export function sameWords(source: TextFacts, target: TextFacts): boolean {
  sourceWord.lastIndex = 0;
  targetWord.lastIndex = 0;
  for (let count = 0; ; count++) {
    const a = sourceWord.exec(source.masked);
    const b = targetWord.exec(target.masked);
    if (a === null || b === null) return a === b && count > 0;
    if (a[0] !== b[0] && a[0].toLowerCase() !== b[0].toLowerCase()) return false;
  }
}

/** A letter for the function-word count: ASCII letters and anything from Latin-1's letters up. */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
/** The longest of ENGLISH_FUNCTION_WORDS. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/**
 * Whether `text` may hold `count` English function words: false is sure, true is to be checked
 * word by word. A plain scan of letter runs, asked of every translation: a regex with Unicode
 * look-arounds, or splitting every text into words, took a tenth of all the checks' time.
 */
export function mayHaveFunctionWords(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length;) {
    if (!isLetter(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    if (end - i <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(i, end).toLowerCase()) && ++found >= count) return true;
    i = end;
  }
  return false;
}

/**
 * Beyond this many word pairs a segment is no sentence but damage (a whole file in one span):
 * the run is not looked for, as the table grows with the product of the two lengths.
 */
const MAX_PAIRS = 1_000_000;

/**
 * English left inside a translation: the longest run of the translation's words that stands in
 * the English in the same order ("Windows 11 ir visas power and security of Windows 10 with a
 * redesigned and refreshed look."), as [start, end) word indexes into the target (case ignored).
 * Names and kept terms make short runs; a clause left in English makes a long one.
 */
export function longestEnglishRun(source: TextFacts, target: TextFacts): [number, number] | null {
  if (source.words.length * target.words.length > MAX_PAIRS) return null;
  const a = source.words.map((w) => w.text.toLowerCase());
  const b = target.words.map((w) => w.text.toLowerCase());
  let best: [number, number] | null = null;
  // Two rows of the table, reused: run lengths ending at word i of the English and j of the target.
  let previous = new Uint32Array(a.length + 1);
  let current = new Uint32Array(a.length + 1);
  for (let j = 1; j <= b.length; j++) {
    current.fill(0);
    for (let i = 1; i <= a.length; i++) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[i] = previous[i - 1] + 1;
      if (!best || current[i] > best[1] - best[0]) best = [j - current[i], j];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** The target's words of a run. */
export const runWords = (target: TextFacts, run: [number, number]): Token[] => target.words.slice(run[0], run[1]);

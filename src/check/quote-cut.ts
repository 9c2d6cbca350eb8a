/**
 * Where a quote of the text around a place is cut when a word there is too long to quote whole
 * (a URL is one word). Cut at a fixed count of characters, the quote began mid-host
 * ("…t.com/fwlink/p/?linkid=853212)  "): it reads as a broken word, and the translator, searching for
 * it, doubts it. Cut where a URL's parts meet ("/", "?", "&", "=", "#", brackets) nearest the count,
 * a quote still is a piece of the text as written, to search for, and starts or ends with a whole
 * part ("…fwlink/p/?linkid=853212)  ", "…protection.office.com/quarantine) .").
 */

/** Characters a URL's or markup's parts meet at. */
const PART_EDGE = new Set(['/', '?', '&', '=', '#', '(', '[', ']', ')']);
/** Where a long word without such a part (a GUID, a compound) may be cut all the same. */
const WORD_EDGE = new Set(['-', '.', '_', ',']);

/** The one of two cuts (-1: none) nearer `cap`; between equally near, the shorter quote's (`a`). */
const nearer = (a: number, b: number, cap: number): number =>
  (a === -1 ? b : b === -1 ? a : Math.abs(b - cap) < Math.abs(a - cap) ? b : a);

/**
 * Where a quote that should start at `cap`, inside the word `[wordStart, wordEnd)`, starts: just after
 * the run of part edges nearest `cap` (at most `reach` before it), else after a hyphen or dot after
 * it, else at `cap`.
 */
export function cutStart(text: string, wordStart: number, wordEnd: number, cap: number, reach: number): number {
  if (wordStart >= cap || wordEnd <= cap) return cap; // `cap` is no word's middle
  // Past the whole run: "aka.ms/…", not "/aka.ms/…" of "https://aka.ms/…".
  const startsAt = (edges: Set<string>, i: number): boolean => edges.has(text[i - 1]) && !edges.has(text[i]) && i < wordEnd;
  let ahead = -1;
  for (let i = cap; i < wordEnd && ahead === -1; i++) if (startsAt(PART_EDGE, i)) ahead = i;
  let back = -1;
  for (let i = cap - 1; i > Math.max(wordStart, cap - reach) && back === -1; i--) if (startsAt(PART_EDGE, i)) back = i;
  const cut = nearer(ahead, back, cap);
  if (cut !== -1) return cut;
  for (let i = cap; i < wordEnd; i++) if (startsAt(WORD_EDGE, i)) return i;
  return cap;
}

/** The same for a quote that should end at `cap`: just before the part edge nearest it (not inside "://"). */
export function cutEnd(text: string, wordStart: number, wordEnd: number, cap: number, reach: number): number {
  if (wordStart >= cap || wordEnd <= cap) return cap;
  // Not inside "://": "[kundestøtte]…", not "[kundestøtte](https:/…".
  const scheme = (i: number): boolean => text[i] === '/' && (text.startsWith('://', i - 1) || text.startsWith('://', i - 2));
  const endsAt = (edges: Set<string>, i: number): boolean => edges.has(text[i]) && !scheme(i) && i > wordStart;
  let back = -1;
  for (let i = cap; i > wordStart && back === -1; i--) if (endsAt(PART_EDGE, i)) back = i;
  let ahead = -1;
  for (let i = cap + 1; i < Math.min(wordEnd, cap + reach) && ahead === -1; i++) if (endsAt(PART_EDGE, i)) ahead = i;
  const cut = nearer(back, ahead, cap);
  if (cut !== -1) return cut;
  for (let i = cap; i > wordStart; i--) if (endsAt(WORD_EDGE, i)) return i;
  return cap;
}

/**
 * Segment markers: before markdown rendering every segment of the body is wrapped in
 * `⸐n⸑ … ⸒n⸓`, so inline markdown inside segments renders normally and the segment's
 * place can be found in the output HTML afterwards. The four characters are rare Unicode
 * punctuation (category Po) on purpose: markdown-it treats a punctuation neighbour like
 * the `>` of the original `<span>` tags, so `_emphasis_` at a segment edge still works.
 */

export const OPEN_START = '\u2E10';
export const OPEN_END = '\u2E11';
export const CLOSE_START = '\u2E12';
export const CLOSE_END = '\u2E13';

const ANY_MARKER_CHAR = /[\u2E10-\u2E13]/;
const ANY_MARKER_CHARS = /[\u2E10-\u2E13]/g;
const WHOLE_MARKERS = /\u2E10\d+\u2E11|\u2E12\d+\u2E13/g;
/** A whole open or close marker; group 1 = open index, group 2 = close index. */
export const MARKER_RE = /\u2E10(\d+)\u2E11|\u2E12(\d+)\u2E13/g;
/** A whole marked segment, open marker to its close; group 1 = index, group 2 = what it wraps. */
export const MARKED_SEGMENT_RE = /\u2E10(\d+)\u2E11([\s\S]*?)\u2E12\1\u2E13/g;

export const openMarker = (n: number): string => `${OPEN_START}${n}${OPEN_END}`;
export const closeMarker = (n: number): string => `${CLOSE_START}${n}${CLOSE_END}`;

/** Removes marker characters that content itself carries, so they cannot forge markers. */
export function dropMarkerChars(text: string): string {
  return ANY_MARKER_CHAR.test(text) ? text.replace(ANY_MARKER_CHARS, '') : text;
}

/** Removes whole markers (used for attribute values, slugs and plain-text headings). */
export function stripMarkers(text: string): string {
  return ANY_MARKER_CHAR.test(text) ? text.replace(WHOLE_MARKERS, '').replace(ANY_MARKER_CHARS, '') : text;
}

export function hasMarker(text: string): boolean {
  return ANY_MARKER_CHAR.test(text);
}

/**
 * Whether markdown-it's inline token `index` lies inside a segment: the last whole marker in the
 * text tokens before it opens one (a segment's markers stay within one inline run).
 */
export function insideSegment(tokens: { type: string; content: string }[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    if (tokens[i].type !== 'text' || !ANY_MARKER_CHAR.test(tokens[i].content)) continue;
    const markers = tokens[i].content.match(WHOLE_MARKERS);
    if (markers) return markers[markers.length - 1].startsWith(OPEN_START);
  }
  return false;
}

/**
 * The two string passes around markdown rendering:
 * 1. `markBody` turns a document's body into markdown where each segment is its chosen text
 *    (translation or English) between markers `⸐n⸑ … ⸒n⸓`;
 * 2. `replaceMarkers` turns the markers in the rendered HTML into segment spans.
 * Markers can land where a span cannot go. Inside a tag (an attribute) they are dropped.
 * When a segment's HTML does not nest (markdown emphasis or a block boundary crosses the
 * segment edge), the span wraps the longest well-nested start of it and the rest stays plain.
 */
import type { Segment, SourceDocument } from '../model.js';
import { closeMarker, dropMarkerChars, MARKER_RE, openMarker } from './md-markers.js';

export interface MarkedBody {
  markdown: string;
  /** Body segments in document order; marker n stands for `segments[n]`. */
  segments: Segment[];
}

/**
 * Where the spaces and tabs that end a segment's text begin. They go after its close marker:
 * at a line end markdown-it trims them, and reads two or more as a hard break, only when
 * nothing (no marker) stands between them and the newline (nb-NO how-to-update-mca-billing-acc
 * 18c33-125 ends with a space before `  ` + newline: kept inside, the page had `</a> <br>`).
 */
function blankEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** The body of the document (front matter left out) with every segment marked. */
export function markBody(doc: SourceDocument, textOf: (segment: Segment) => string): MarkedBody {
  const bodyStart = doc.frontMatter.bodyStart;
  const segments: Segment[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const part of doc.parts) {
    const start = offset;
    offset += part.text.length;
    if (offset <= bodyStart) continue;
    if (part.kind === 'text') {
      pieces.push(dropMarkerChars(start < bodyStart ? part.text.slice(bodyStart - start) : part.text));
    } else if (!part.segment.inFrontMatter) {
      const n = segments.push(part.segment) - 1;
      const text = dropMarkerChars(textOf(part.segment));
      const end = blankEnd(text);
      pieces.push(openMarker(n) + text.slice(0, end) + closeMarker(n) + text.slice(end));
    }
  }
  return { markdown: pieces.join(''), segments };
}

export interface SegmentWrapper {
  /** Opening HTML of segment n's span (ends where its translated HTML begins). */
  open(n: number): string;
  /** Closing HTML of segment n's span. */
  close(n: number): string;
}

interface Found {
  index: number;
  length: number;
  /** Segment number; negative for nothing found. */
  open: number;
  close: number;
}

/** Elements a `<span>` must not contain; meeting one ends the segment's span. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
]);
const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr']);
const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)/;

/**
 * End of the longest start of html[from, to) whose tags nest: stops at a tag that closes an
 * element opened before `from`, or at a block element, and backs up to the last point where
 * every element opened inside was closed again.
 */
export function nestedEnd(html: string, from: number, to: number): number {
  const stack: string[] = [];
  let lastBalanced = from;
  let lt = html.indexOf('<', from);
  while (lt !== -1 && lt < to) {
    const gt = html.indexOf('>', lt);
    const m = TAG_NAME.exec(html.slice(lt, Math.min(lt + 16, to)));
    if (stack.length === 0) lastBalanced = lt;
    if (!m || gt === -1) return lastBalanced;
    const name = m[2].toLowerCase();
    if (BLOCK_TAGS.has(name)) return lastBalanced;
    if (m[1] === '/') {
      if (stack.pop() !== name) return lastBalanced;
    } else if (!VOID_TAGS.has(name)) {
      stack.push(name);
    }
    lt = html.indexOf('<', gt + 1);
  }
  return stack.length === 0 ? to : lastBalanced;
}

function isInsideTag(html: string, index: number): boolean {
  return html.lastIndexOf('<', index) > html.lastIndexOf('>', index);
}

function findMarkers(html: string): Found[] {
  const found: Found[] = [];
  for (const m of html.matchAll(MARKER_RE)) {
    found.push({
      index: m.index, length: m[0].length,
      open: m[1] !== undefined ? Number(m[1]) : -1,
      close: m[2] !== undefined ? Number(m[2]) : -1,
    });
  }
  return found;
}

/** Replaces segment markers in rendered HTML by the spans `wrap` makes. */
export function replaceMarkers(html: string, wrap: SegmentWrapper): string {
  const markers = findMarkers(html);
  if (markers.length === 0) return html;
  const closeAt = new Map<number, Found>();
  for (const m of markers) if (m.close >= 0 && !isInsideTag(html, m.index)) closeAt.set(m.close, m);
  let out = '';
  let pos = 0;
  for (const m of markers) {
    if (m.index < pos) continue;
    out += html.slice(pos, m.index);
    pos = m.index + m.length;
    if (m.open < 0 || isInsideTag(html, m.index)) continue;
    const close = closeAt.get(m.open);
    if (!close || close.index < pos) {
      // Its end was lost (in an attribute): keep an empty span so the anchor still exists.
      out += wrap.open(m.open) + wrap.close(m.open);
      continue;
    }
    const end = nestedEnd(html, pos, close.index);
    out += wrap.open(m.open) + stripInner(html.slice(pos, end)) + wrap.close(m.open);
    out += stripInner(html.slice(end, close.index));
    pos = close.index + close.length;
  }
  return out + html.slice(pos);
}

/** Segments do not nest, so markers between a pair can only be strays; drop them. */
function stripInner(html: string): string {
  return html.includes('\u2E10') || html.includes('\u2E12') ? html.replace(MARKER_RE, '') : html;
}

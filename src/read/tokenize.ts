/**
 * Tokenizer for the bilingual span markup:
 *
 *   <span data-ttu-id="a4db7-103">Latvian…</span><span class="sxs-lookup"><span data-stu-id="a4db7-103">English…</span></span>
 *
 * It finds the segments (the span pairs) with their offsets; the text between them is the rest
 * (partsOf), so the file is kept byte for byte. Anything that is not a well-formed pair stays
 * text and gets a diagnostic, so damaged
 * files still read. It is a plain forward scan with indexOf: no regex backtracking on 50 MB
 * files, and segment text may contain `<placeholders>`, nested `<span>`s and newlines.
 */
import type { Diagnostic, Part, Segment } from '../model.js';

const TARGET_OPEN = '<span data-ttu-id="';
const SOURCE_OPEN = '</span><span class="sxs-lookup"><span data-stu-id="';
const SOURCE_CLOSE = '</span></span>';
const SPAN_CLOSE = '</span>';
/** The English twin without the translated span's `</span>` before it (a damaged pair). */
const LOOKUP_OPEN = SOURCE_OPEN.slice(SPAN_CLOSE.length);
const STRAY_SOURCE = 'data-stu-id="';
/** Any span's opening tag in the text between segments (`<span>`, `<span class=…>`). */
const SPAN_OPEN = '<span';

/** `"id" ` for the attribute value that starts at `from`, so a translator can search for it; '' when it is not one. */
function quotedId(text: string, from: number): string {
  const end = text.indexOf('"', from);
  const id = end === -1 || end - from > 64 ? '' : text.slice(from, end);
  return id === '' || /[\s<>]/.test(id) ? '' : `"${id}" `;
}

export interface TokenizeResult {
  segments: Segment[];
  diagnostics: Diagnostic[];
}

/**
 * Tracks 1-based line/column for offsets that mostly move forward. A step back (a diagnostic
 * placed after the segment start it belongs to) walks back line by line from where it is, not
 * from the top: that would make a file full of such damage quadratic.
 */
class LineCounter {
  private offset = 0;
  line = 1;
  column = 1;
  private lineStart = 0;
  constructor(private readonly text: string) {}
  /** Moves to `offset`; its line and column are then in `line` and `column`. */
  moveTo(offset: number): void {
    while (offset < this.lineStart) {
      this.lineStart = this.lineStart < 2 ? 0 : this.text.lastIndexOf('\n', this.lineStart - 2) + 1;
      this.line--;
    }
    if (offset < this.offset) this.offset = this.lineStart;
    let nl = this.text.indexOf('\n', this.offset);
    while (nl !== -1 && nl < offset) {
      this.line++;
      this.lineStart = nl + 1;
      nl = this.text.indexOf('\n', nl + 1);
    }
    this.offset = offset;
    this.column = offset - this.lineStart + 1;
  }
}

/**
 * A segment's part. Its text is cut from the file only when asked for (writing the file back):
 * one string fewer per segment for the garbage collector to move while a corpus is read.
 */
class SegmentPart {
  readonly kind = 'segment' as const;
  constructor(readonly segment: Segment, private readonly file: string) {}
  get text(): string {
    return this.file.slice(this.segment.start, this.segment.end);
  }
}

const WELL_FORMED_ID = /^[0-9a-f]+-p?\d+$/i;

type Search = (from: number) => number;

/**
 * `text.indexOf(pattern, from)` for offsets that only grow, remembering the last answer: while
 * it lies at or after `from` it is still the answer, and "not found" stays so. Without this, a
 * file of damaged pairs would be searched to its end once per segment (quadratic).
 */
function searchOf(text: string, pattern: string): Search {
  let searchedFrom = -1;
  let found = -1;
  return (from) => {
    if (searchedFrom === -1 || from < searchedFrom || (found !== -1 && found < from)) {
      searchedFrom = from;
      found = text.indexOf(pattern, from);
    }
    return found;
  };
}

/** Whether `text[from, to)` closes more spans than it opens (rare: only asked when it ends in `</span>`). */
function closesUnopened(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let at = text.indexOf('<', from); at !== -1 && at < to; at = text.indexOf('<', at + 1)) {
    if (text.startsWith(SPAN_CLOSE, at)) depth--;
    else if (text.startsWith(SPAN_OPEN, at)) depth++;
    if (depth < 0) return true;
  }
  return false;
}

/**
 * Where the English twin starts when the translated span lacks its `</span>`: the twin's
 * opening comes before any `</span>` (and before the next segment); else -1.
 */
function unclosedBeforeTwin(find: { lookupOpen: Search; spanClose: Search }, from: number, limit: number): number {
  const lookup = find.lookupOpen(from);
  if (lookup === -1 || lookup >= limit) return -1;
  const close = find.spanClose(from);
  return close === -1 || lookup < close ? lookup : -1;
}

export function tokenize(text: string, file: string, bodyStart = 0): TokenizeResult {
  const segments: Segment[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter(text);
  const seen = new Map<string, number>();
  let textStart = 0;
  let lastPrefix = '';
  /** English twins already reported as unclosed: not reported again as orphans. */
  const unclosedTwins = new Set<number>();

  const report = (severity: Diagnostic['severity'], code: string, offset: number, message: string) => {
    lines.moveTo(offset);
    diagnostics.push({ severity, code, file, line: lines.line, column: lines.column, message });
  };
  /** The text since the last segment: only checked for stray English spans. */
  const textUpTo = (end: number) => {
    if (end > textStart) checkStraySource(text.slice(textStart, end), textStart);
  };
  const checkStraySource = (chunk: string, base: number) => {
    let i = chunk.indexOf(STRAY_SOURCE);
    while (i !== -1) {
      // Point at the tag the attribute is in (`<span class="sxs-lookup"><span data-stu-id=…`), not mid-tag.
      const lookup = i - (LOOKUP_OPEN.length - STRAY_SOURCE.length);
      const tag = lookup >= 0 && chunk.startsWith(LOOKUP_OPEN, lookup) ? lookup : chunk.lastIndexOf('<', i);
      if (unclosedTwins.has(base + i)) {
        i = chunk.indexOf(STRAY_SOURCE, i + STRAY_SOURCE.length);
        continue;
      }
      report('warning', 'orphan-source', base + Math.max(tag, 0),
        `English span ${quotedId(chunk, i + STRAY_SOURCE.length)}(data-stu-id) has no translated span before it; kept as text`);
      i = chunk.indexOf(STRAY_SOURCE, i + STRAY_SOURCE.length);
    }
    checkStrayClose(chunk, base);
  };
  /**
   * `<span` and `</span>` in the text between segments, counted over the whole file (a span may
   * wrap a segment pair): a `</span>` when none is open closes nothing, and is what is left where
   * a pair was damaged. One just before an English twin is not reported again: the orphan-source
   * diagnostic there is about that pair.
   */
  let openSpans = 0;
  const checkStrayClose = (chunk: string, base: number) => {
    // Most text between segments has no span tag at all: one scan says so.
    if (chunk.indexOf('span') === -1) return;
    let close = chunk.indexOf(SPAN_CLOSE);
    let open = chunk.indexOf(SPAN_OPEN);
    while (close !== -1) {
      if (open !== -1 && open < close) {
        openSpans++;
        open = chunk.indexOf(SPAN_OPEN, open + SPAN_OPEN.length);
        continue;
      }
      if (openSpans > 0) openSpans--;
      else if (!chunk.startsWith(LOOKUP_OPEN, close + SPAN_CLOSE.length)) reportStrayClose(base + close);
      close = chunk.indexOf(SPAN_CLOSE, close + SPAN_CLOSE.length);
    }
    for (; open !== -1; open = chunk.indexOf(SPAN_OPEN, open + SPAN_OPEN.length)) openSpans++;
  };
  const reportStrayClose = (offset: number) => report('warning', 'stray-span-close', offset,
    '</span> with no open span to close (left where a span pair was damaged); kept as text, remove it or restore the pair');

  const find = {
    tagEnd: searchOf(text, '">'), sourceOpen: searchOf(text, SOURCE_OPEN), sourceClose: searchOf(text, SOURCE_CLOSE),
    spanClose: searchOf(text, SPAN_CLOSE), lookupOpen: searchOf(text, LOOKUP_OPEN),
  };
  let open = text.indexOf(TARGET_OPEN);
  while (open !== -1) {
    const idStart = open + TARGET_OPEN.length;
    const idEnd = find.tagEnd(idStart);
    const nextOpen = text.indexOf(TARGET_OPEN, idStart);
    const limit = nextOpen === -1 ? text.length : nextOpen;
    const id = idEnd === -1 ? '' : text.slice(idStart, idEnd);
    if (idEnd === -1 || idEnd > limit || id.includes('\n') || id.includes('<')) {
      report('error', 'malformed-span', open, 'translated span with an unterminated data-ttu-id attribute; kept as text');
      open = nextOpen;
      continue;
    }
    const targetStart = idEnd + 2;
    const sourceOpen = find.sourceOpen(targetStart);
    let segmentEnd: number;
    let target: string;
    let source: string | null = null;
    let sourceId: string | null = null;

    // A translated span not closed before its English twin: the pair is whole but for one </span>.
    const lookup = sourceOpen !== -1 && sourceOpen < limit ? -1 : unclosedBeforeTwin(find, targetStart, limit);
    const twinAt = lookup !== -1 ? lookup : sourceOpen;
    if (twinAt !== -1 && twinAt < limit) {
      const sidStart = twinAt + (lookup !== -1 ? LOOKUP_OPEN.length : SOURCE_OPEN.length);
      const sidEnd = find.tagEnd(sidStart);
      const close = sidEnd === -1 ? -1 : find.sourceClose(sidEnd + 2);
      if (sidEnd === -1 || close === -1 || close > limit) {
        report('error', 'unterminated-span', twinAt,
          `English span of segment "${id}" is not closed with </span></span>; the segment is kept as text`);
        unclosedTwins.add(sidStart - STRAY_SOURCE.length);
        open = nextOpen;
        continue;
      }
      target = text.slice(targetStart, twinAt);
      // The English span nearly always repeats the id: share the string.
      sourceId = sidEnd - sidStart === id.length && text.startsWith(id, sidStart) ? id : text.slice(sidStart, sidEnd);
      source = text.slice(sidEnd + 2, close);
      segmentEnd = close + SOURCE_CLOSE.length;
      if (lookup !== -1) {
        report('error', 'unterminated-span', lookup,
          `translated span "${id}" is not closed (</span>) before its English twin; read as if it were`);
      }
      // `…</span></span><span class="sxs-lookup">`: the translation ends in a </span> it never opened.
      if (lookup === -1 && text.startsWith(SPAN_CLOSE, twinAt - SPAN_CLOSE.length) && closesUnopened(text, targetStart, twinAt)) {
        reportStrayClose(twinAt - SPAN_CLOSE.length);
      }
      if (sourceId !== id) {
        report('warning', 'id-mismatch', twinAt,
          `translated span "${id}" is paired with English span "${sourceId}"; aligned by the translated id`);
      }
    } else {
      const close = find.spanClose(targetStart);
      if (close === -1 || close > limit) {
        report('error', 'unterminated-span', open,
          `translated span "${id}" is never closed; kept as text`);
        open = nextOpen;
        continue;
      }
      target = text.slice(targetStart, close);
      segmentEnd = close + SPAN_CLOSE.length;
      report('warning', 'orphan-span', open,
        `translated span "${id}" has no English twin (sxs-lookup span); kept without an English original`);
    }

    textUpTo(open);
    lines.moveTo(open);
    const { line, column } = lines;
    const dash = id.lastIndexOf('-');
    // Every segment of a file has the same prefix: share the string.
    const prefix = dash === -1 ? '' : id.startsWith(lastPrefix) && dash === lastPrefix.length ? lastPrefix : (lastPrefix = id.slice(0, dash));
    const key = dash === -1 ? id : id.slice(dash + 1);
    if (!WELL_FORMED_ID.test(id)) {
      report('warning', 'malformed-id', open, `segment id "${id}" is not of the form <hex>-<number> or <hex>-p<number>`);
    }
    const previous = seen.get(id);
    if (previous !== undefined) {
      report('warning', 'duplicate-id', open,
        `segment id "${id}" already used on line ${previous}; the first one is used for alignment`);
    } else {
      seen.set(id, line);
    }
    const segment: Segment = {
      id, prefix, key, merged: key.startsWith('p'),
      target, source, sourceId, line, column,
      start: open, end: segmentEnd, inFrontMatter: open < bodyStart,
    };
    segments.push(segment);
    textStart = segmentEnd;
    // The scan for the next span already ran past this one; search again only if it found one inside.
    open = nextOpen === -1 || nextOpen >= segmentEnd ? nextOpen : text.indexOf(TARGET_OPEN, segmentEnd);
  }
  textUpTo(text.length);
  return { segments, diagnostics };
}

/**
 * The file cut into parts: the text between segments, and the segments. Their concatenation is
 * the file, because segments are the tokenizer's cuts, in order and never overlapping. Made on
 * demand (writing a file back, rendering it), not while a whole corpus is read.
 */
export function partsOf(text: string, segments: Segment[]): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.start > at) parts.push({ kind: 'text', text: text.slice(at, segment.start) });
    parts.push(new SegmentPart(segment, text));
    at = segment.end;
  }
  if (text.length > at) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

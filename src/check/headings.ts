/**
 * Whether a unit is a heading in a locale's file: its segment is the whole text of a markdown
 * ATX heading line (`# …`, after any `<a name="…"></a>` anchors the pipeline puts there).
 * Headings follow their own punctuation rules (no full stop), so end-punctuation asks.
 */
import type { AlignedUnit, Segment, SourceDocument } from '../model.js';
import type { CheckContext } from './types.js';

/** What may stand on the line before the segment of a heading. */
const HEADING_START = /^[ \t]{0,3}#{1,6}[ \t]+(?:<a\b[^>]*>[ \t]*<\/a>[ \t]*)*$/i;

/**
 * Each file's segments by id (the first of an id, as alignment takes it), made once per file: a
 * search of the segment list per unit asked would grow with the square of a big file's segments.
 */
const segmentsById = new WeakMap<SourceDocument, Map<string, Segment>>();

function segmentOf(file: SourceDocument, id: string): Segment | undefined {
  let byId = segmentsById.get(file);
  if (!byId) {
    byId = new Map();
    for (const s of file.segments) if (!byId.has(s.id)) byId.set(s.id, s);
    segmentsById.set(file, byId);
  }
  return byId.get(id);
}

export function isHeading(unit: AlignedUnit, context: CheckContext): boolean {
  const file = context.document.locales[context.locale]?.doc;
  const ids = unit.idsOf(context.locale);
  if (!file || ids.length !== 1) return false;
  const segment = segmentOf(file, ids[0]);
  if (!segment) return false;
  const text = file.text;
  const lineStart = text.lastIndexOf('\n', segment.start - 1) + 1;
  if (!HEADING_START.test(text.slice(lineStart, segment.start))) return false;
  // The segment ends the line: a heading of two sentences ends with the second.
  const lineEnd = text.indexOf('\n', segment.end);
  return text.slice(segment.end, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}

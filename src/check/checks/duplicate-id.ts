/** duplicate-id: two translated spans of one file share an id; only the first one is aligned. */
import type { CheckHit, DocumentCheck } from '../types.js';

/**
 * Repeats reported one by one per file; the rest as one finding. A file whose content was pasted
 * in twice repeats every id, and 100,000 findings of one mistake help no one.
 */
const SHOWN = 20;
import { NO_HITS, quote } from '../unit-text.js';

export const duplicateId: DocumentCheck = {
  id: 'duplicate-id',
  title: 'Duplicate segment id',
  severity: 'warning',
  scope: 'document',
  description:
    'Two segments in the same file carry the same id. Only the first is aligned with the other locales and ' +
    'checked; the second is shown on the page but nothing verifies it. This is damage from copying or ' +
    'merging files: give the second segment its own id, or remove it if it repeats the first.',
  run({ document, locale }) {
    const doc = document.locales[locale]?.doc;
    if (!doc) return NO_HITS;
    const first = new Map<string, number>();
    const hits: CheckHit[] = [];
    let repeats = 0;
    let lastLine = 0;
    for (const s of doc.segments) {
      const line = first.get(s.id);
      if (line === undefined) { first.set(s.id, s.line); continue; }
      repeats++;
      lastLine = s.line;
      if (repeats > SHOWN) continue;
      hits.push({
        message: `segment id ${s.id} is used again (first on line ${line}); this copy ${quote(s.target, 40)} is not aligned or checked`,
        segment: s.id,
        line: s.line,
      });
    }
    if (repeats > SHOWN) {
      hits.push({ segment: null, line: lastLine,
        message: `${repeats - SHOWN} more segment ids are used again in this file, up to line ${lastLine} (${repeats} repeats in all, ` +
          'not listed one by one); was part of the file pasted in twice?' });
    }
    return hits;
  },
};

/** duplicate-id: two translated spans of one file share an id; only the first one is aligned. */
import type { DocumentCheck } from '../types.js';
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
    const hits = [];
    for (const s of doc.segments) {
      const line = first.get(s.id);
      if (line === undefined) { first.set(s.id, s.line); continue; }
      hits.push({
        message: `segment id ${s.id} is used again (first on line ${line}); this copy ${quote(s.target, 40)} is not aligned or checked`,
        segment: s.id,
        line: s.line,
      });
    }
    return hits;
  },
};

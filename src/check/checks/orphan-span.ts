/** orphan-span: a translated span without its English twin, an English span without a translation,
 * or a pair whose two ids disagree. */
import type { CheckHit, DocumentCheck } from '../types.js';
import { NO_HITS, quote } from '../unit-text.js';

export const orphanSpan: DocumentCheck = {
  id: 'orphan-span',
  title: 'Unpaired span',
  severity: 'warning',
  scope: 'document',
  description:
    'Every translated span (data-ttu-id) must be followed by its English twin (data-stu-id) with the same ' +
    'id. Here one half is missing or the two ids disagree, so the sentence cannot be compared with its ' +
    'English (or is aligned by the translated id only). Restore the pair as the localization tool wrote it.',
  run({ document, locale }) {
    const doc = document.locales[locale]?.doc;
    if (!doc) return NO_HITS;
    const hits: CheckHit[] = [];
    for (const s of doc.segments) {
      if (s.source === null) {
        hits.push({ segment: s.id, line: s.line,
          message: `translated span ${s.id} ${quote(s.target, 40)} has no English twin; it cannot be checked against the English` });
      } else if (s.sourceId !== null && s.sourceId !== s.id) {
        hits.push({ segment: s.id, line: s.line,
          message: `translated span ${s.id} is paired with English span ${s.sourceId}; the ids should be equal` });
      }
    }
    for (const d of doc.diagnostics) {
      if (d.code !== 'orphan-source') continue;
      // The reader's message names the id (to search for) and, on the last one listed, how many more follow.
      const id = /^English span ("[^"]*") /.exec(d.message)?.[1];
      const more = / \(\d+ more "orphan-source" .*\)$/.exec(d.message)?.[0] ?? '';
      hits.push({ segment: null, line: d.line,
        message: `English span at line ${d.line}, column ${d.column}${id ? ` (data-stu-id ${id})` : ''} has no translated span before it${more}` });
    }
    return hits;
  },
};

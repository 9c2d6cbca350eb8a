/**
 * damaged-file: what the reader found wrong with the file itself: it cannot be read, is not
 * UTF-8, looks binary, has a span that is not closed or an id that is not an id, or shares its
 * slug with another file. Such text is kept as read (or skipped) and the other checks cannot see
 * into it, so without this check a damaged file would pass QA.
 */
import type { Diagnostic, Severity } from '../../model.js';
import { notReadOf } from '../not-read.js';
import type { CheckHit, DocumentCheck } from '../types.js';

/** Reader diagnostics about a file's text (the ones other checks report are not repeated). */
const IN_FILE = new Set(['invalid-utf8', 'utf16-file', 'binary-content', 'unterminated-span', 'malformed-span', 'malformed-id', 'large-file', 'empty-file', 'stray-span-close']);
const hitOf = (d: Diagnostic, severity: Severity = d.severity): CheckHit =>
  ({ segment: null, line: d.line, severity, message: `${d.file}: ${d.message}` });

export const damagedFile: DocumentCheck = {
  id: 'damaged-file',
  title: 'Damaged file',
  severity: 'error',
  scope: 'document',
  includeMissingDocuments: true,
  description:
    'The file itself is damaged: it cannot be read (permissions), is not valid UTF-8 (or is UTF-16), contains binary data, ' +
    'has a translation span that is not closed, a </span> that closes nothing, or an id that is not of the form <hex>-<number>, or has ' +
    'the same slug as another file. tolk keeps what it could read, but the damaged part is not translated ' +
    'text any more and the other checks cannot look into it. Repair the file, or export it again from the ' +
    'localization tool.',
  run({ corpus, document, locale }) {
    const hits = notReadOf(corpus, locale, document.slug).map((d) => hitOf(d, 'error'));
    const doc = document.locales[locale]?.doc;
    for (const d of doc?.diagnostics ?? []) if (IN_FILE.has(d.code)) hits.push(hitOf(d, d.severity === 'info' ? 'info' : d.severity));
    return hits;
  },
};

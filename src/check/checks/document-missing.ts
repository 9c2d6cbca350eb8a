/** document-missing: a document that other locales have but this one lacks. */
import { NO_HITS } from '../unit-text.js';
import type { DocumentCheck } from '../types.js';
import { notReadOf } from '../not-read.js';

export const documentMissing: DocumentCheck = {
  id: 'document-missing',
  title: 'Document missing',
  severity: 'info',
  scope: 'document',
  includeMissingDocuments: true,
  description:
    'Another locale has this document but this locale does not, so readers of this locale cannot reach it ' +
    '(links to it from other pages lead nowhere). Translate the document or make sure nothing links to it.',
  run({ corpus, document, locale }) {
    // A document no locale could read is in no locale: nothing is missing from one of them.
    if (!document.missingLocales.includes(locale) || Object.keys(document.locales).length === 0) return NO_HITS;
    // A file that exists but could not be read is damaged-file's finding, not a missing document.
    if (notReadOf(corpus, locale, document.slug).some((d) => d.code === 'unreadable-file')) return NO_HITS;
    const present = Object.keys(document.locales).join(', ');
    return [{ message: `${document.slug} exists in ${present} but not in ${locale}` }];
  },
};

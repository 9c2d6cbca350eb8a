/**
 * Every translation-QA check tolk runs, one module each under `checks/`, in report order:
 * structure first (what is missing or damaged), then meaning (numbers, URLs, code), then style.
 */
import type { Check } from './types.js';
import { missingSegment } from './checks/missing-segment.js';
import { extraSegment } from './checks/extra-segment.js';
import { mergedSegment } from './checks/merged-segment.js';
import { duplicateId } from './checks/duplicate-id.js';
import { orphanSpan } from './checks/orphan-span.js';
import { sourceDrift } from './checks/source-drift.js';
import { documentMissing } from './checks/document-missing.js';
import { frontMatter } from './checks/front-matter.js';
import { damagedFile } from './checks/damaged-file.js';
import { emptyTranslation } from './checks/empty-translation.js';
import { untranslated } from './checks/untranslated.js';
import { numberMismatch } from './checks/number-mismatch.js';
import { urlMismatch } from './checks/url-mismatch.js';
import { linkMismatch } from './checks/link-mismatch.js';
import { placeholderMismatch } from './checks/placeholder-mismatch.js';
import { productName } from './checks/product-name.js';
import { markupMismatch } from './checks/markup-mismatch.js';
import { sentenceCountCheck } from './checks/sentence-count.js';
import { lengthRatio } from './checks/length-ratio.js';
import { bracketMismatch } from './checks/bracket-mismatch.js';
import { repeatedWord } from './checks/repeated-word.js';
import { endPunctuation } from './checks/end-punctuation.js';
import { whitespace } from './checks/whitespace.js';
import { inconsistentTranslation } from './checks/inconsistent-translation.js';

export const checks: Check[] = [
  missingSegment, extraSegment, mergedSegment, duplicateId, orphanSpan, sourceDrift, documentMissing, frontMatter, damagedFile,
  emptyTranslation, untranslated, numberMismatch, urlMismatch, linkMismatch, placeholderMismatch, productName, markupMismatch,
  sentenceCountCheck, lengthRatio, bracketMismatch, repeatedWord, endPunctuation, whitespace, inconsistentTranslation,
];

export const checkIds: string[] = checks.map((c) => c.id);

export function checkById(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}

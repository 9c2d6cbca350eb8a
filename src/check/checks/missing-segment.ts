/** missing-segment: an English sentence of the reference locale that this locale lacks. */
import type { AlignedDocument, AlignedUnit } from '../../model.js';
import type { UnitCheck } from '../types.js';
import { NO_HITS, hasFlag, quote } from '../unit-text.js';

/** Line of the nearest earlier unit this locale has: where the missing sentence belongs. */
function lineBefore(document: AlignedDocument, unit: AlignedUnit, locale: string): number | null {
  const index = document.units.indexOf(unit);
  for (let i = index - 1; i >= 0; i--) {
    const line = document.units[i].lineOf(locale);
    if (line !== null) return line;
  }
  return null;
}

export const missingSegment: UnitCheck = {
  id: 'missing-segment',
  title: 'Missing segment',
  severity: 'error',
  scope: 'unit',
  includeMissingTargets: true,
  description:
    'The reference locale (the one with the newest English) has this sentence, but this locale has no ' +
    'segment for it, so readers of this locale never see it. Usually the translation was made from an ' +
    'older English revision. Translate the sentence and insert it as a span pair with the same key.',
  run(unit, { document, locale }) {
    if (!hasFlag(unit, 'missing', locale)) return NO_HITS;
    const reference = document.referenceLocale ?? 'the reference locale';
    const after = lineBefore(document, unit, locale);
    const where = after === null ? 'it belongs before the first segment' : `it belongs after line ${after}`;
    return [{
      message: `no ${locale} segment for ${reference} ${unit.idsOf(reference).join(' ')} ` +
        `${quote(unit.source ?? '')}; ${where}`,
      segment: null,
      line: null,
      highlights: unit.source ? { source: [[0, unit.source.length]] } : undefined,
    }];
  },
};

/** extra-segment: a segment this locale has but the reference locale (newest English) lacks. */
import type { UnitCheck } from '../types.js';
import { NO_HITS, hasFlag } from '../unit-text.js';

export const extraSegment: UnitCheck = {
  id: 'extra-segment',
  title: 'Extra segment',
  severity: 'warning',
  scope: 'unit',
  description:
    'This locale has a segment whose key the reference locale (the one with the newest English) does not ' +
    'have. The sentence was probably removed from the English after this translation was made, so the ' +
    'page may show outdated text. Check the current English and remove or update the segment.',
  run(unit, { document, locale }) {
    if (!hasFlag(unit, 'extra', locale)) return NO_HITS;
    const reference = document.referenceLocale ?? 'the reference locale';
    return [{ message: `${reference}, whose English is newest, has no segment ${unit.key}; this sentence may be outdated` }];
  },
};

/** merged-segment: one `p…` segment standing for a run of English sentences. */
import type { UnitCheck } from '../types.js';
import { NO_HITS, hasFlag } from '../unit-text.js';

export const mergedSegment: UnitCheck = {
  id: 'merged-segment',
  title: 'Merged segment',
  severity: 'info',
  scope: 'unit',
  description:
    'The localization pipeline joined several English sentences into one segment (an id like c59cc-p101). ' +
    'Nothing is wrong by itself, but merged segments are where sentences get dropped: check that the ' +
    'translation says everything the English says (see also sentence-count and length-ratio).',
  run(unit, { locale }) {
    if (!hasFlag(unit, 'merged', locale)) return NO_HITS;
    const ids = unit.idsOf(locale);
    return [{
      message: `${ids.join(' ')} is one merged segment for ${unit.covers.length} English segments ` +
        `(${unit.covers.join(', ')}); check that nothing was left out`,
    }];
  },
};

/** length-ratio: a translation much longer or shorter than this language pair's translations usually are. */
import type { UnitCheck } from '../types.js';
import { MIN_RATIO_CHARS, bandOf } from '../stats.js';
import { NO_HITS } from '../unit-text.js';
import { viewOf } from '../view.js';

const times = (x: number): string => `${x.toFixed(2)}×`;

export const lengthRatio: UnitCheck = {
  id: 'length-ratio',
  title: 'Unusual length',
  severity: 'info',
  scope: 'unit',
  description:
    'The translation is far longer or shorter than the English compared with all other translations into ' +
    'this language in the corpus. The bounds are computed from the corpus itself: the median of the log ' +
    'length ratio per band of English length, minus 4.5 or plus 6 robust standard deviations, over segments ' +
    'with at least 40 characters of prose (a corpus too small for that gets no length findings). A much ' +
    'shorter translation often leaves something out; a much longer one may repeat or add text. Length alone ' +
    'cannot tell a concise translation from a lossy one, so compare with the English before changing anything.',
  run(unit, context) {
    const { locale, stats } = context;
    let bounds = stats.lengthRatio[locale];
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    if (!bounds || view.same) return NO_HITS;
    const source = view.sourceFacts.prose.length;
    const target = view.targetFacts.prose.length;
    if (source < MIN_RATIO_CHARS || target === 0) return NO_HITS;
    const band = stats.lengthBands?.[locale]?.[bandOf(source)];
    if (band) bounds = band;
    const ratio = target / source;
    if (ratio >= bounds.low && ratio <= bounds.high) return NO_HITS;
    const which = ratio < bounds.low ? 'shorter' : 'longer';
    return [{
      message: `the translation is ${times(ratio)} the English length, ${which} than usual for ${locale} ` +
        `(for English of this length: median ${times(bounds.median)}, usual ${times(bounds.low)}–${times(bounds.high)})`,
    }];
  },
};

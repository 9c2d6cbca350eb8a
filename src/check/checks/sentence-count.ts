/** sentence-count: the English has more sentences than the translation. */
import type { UnitCheck } from '../types.js';
import { mayHaveSeveralSentences, runSentenceCount, sentenceCount, sentenceEnds } from '../sentences.js';
import { NO_HITS, hasFlag } from '../unit-text.js';
import { viewOf } from '../view.js';

export const sentenceCountCheck: UnitCheck = {
  id: 'sentence-count',
  title: 'Fewer sentences',
  severity: 'warning',
  scope: 'unit',
  description:
    'The English has more sentences than the translation. Joining two sentences can be a fair choice, but ' +
    'often a sentence was dropped, above all in merged segments (c59cc-p101) that stand for several English ' +
    'sentences; there the finding is a warning, elsewhere information. Check that every English sentence is ' +
    'translated.',
  run(unit, context) {
    const { locale } = context;
    const view = viewOf(unit, context);
    const merged = hasFlag(unit, 'merged', locale);
    // A one-sentence English cannot have more sentences than its translation; a merged segment's
    // English is a run of segments, each at least one sentence.
    if (!view.paired || view.identical || (!merged && !mayHaveSeveralSentences(view.sourceFacts))) return NO_HITS;
    const inEnglish = merged ? runSentenceCount(view.sourceFacts, unit.covers.length) : sentenceCount(view.sourceFacts);
    const translated = sentenceCount(view.targetFacts);
    if (inEnglish <= translated || translated === 0) return NO_HITS;
    return [{
      severity: merged ? 'warning' : 'info',
      message: `the English has ${inEnglish} sentences, the translation ${translated}` +
        (merged ? ' in this merged segment; a sentence may have been left out' : ''),
      highlights: { source: sentenceEnds(view.sourceFacts).map((at) => [at, at + 1] as [number, number]) },
    }];
  },
};

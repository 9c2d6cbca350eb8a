/** inconsistent-translation: the same English translated differently elsewhere in this locale. */
import type { UnitCheck } from '../types.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';
import { wordsNotIn } from '../word-diff.js';

/** Longer usual translations are cut in the message (an advisory's sentences are nearly all shorter). */
const USUAL_QUOTE_MAX = 240;

type Where = { document: string; unit: string; text?: string }[];

/** The variant most units use; on a tie, the one met first in corpus order. */
function usualVariant(variants: Map<string, Where>): [string, Where] {
  let best: [string, Where] | null = null;
  for (const entry of variants) if (!best || entry[1].length > best[1].length) best = entry;
  return best!;
}

export const inconsistentTranslation: UnitCheck = {
  id: 'inconsistent-translation',
  title: 'Inconsistent translation',
  severity: 'info',
  scope: 'unit',
  description:
    'The same English (ignoring case, markup and end punctuation) is translated differently elsewhere in ' +
    'this locale. Readers see two names for one thing, which is confusing in UI labels and headings. The ' +
    'finding is on the less common translation, names the usual one and marks the words that differ from it; ' +
    'align them unless the context really differs.',
  run(unit, context) {
    const { locale, stats, document } = context;
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    const key = view.sourceFacts.memoryKey;
    const variants = stats.translations[locale]?.get(key);
    if (!variants || variants.size < 2 || !/\p{L}{2}/u.test(key)) return NO_HITS;
    const own = view.targetFacts.memoryKey;
    const [usual, where] = usualVariant(variants);
    if (own === usual) return NO_HITS;
    const example = where.find((w) => w.document !== document.slug) ?? where[0];
    const others = variants.size - 1;
    const how = where.length > 1 ? `usually (${where.length}×)` : 'elsewhere';
    const usualText = example.text ?? usual;
    // Quoted whole (up to a long sentence): the translator compares it with this one word by word.
    const differing = wordsNotIn(view.target!, usualText) ?? [[0, view.target!.length]];
    return [{
      message: `the same English is ${how} translated ${quote(usualText, USUAL_QUOTE_MAX)} (e.g. ${example.document} ` +
        `unit ${example.unit})${others > 1 ? `; ${variants.size} different translations in ${locale}` : ''}`,
      ...(differing.length ? { highlights: { target: differing } } : {}),
    }];
  },
};

/** untranslated: the translation is the English unchanged, and the English is not just names or code. */
import type { UnitCheck } from '../types.js';
import { type Token } from '../text.js';
import { NO_HITS, plural, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** Common English function words: a longer text with none of them is not English prose. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from',
  'is', 'are', 'was', 'be', 'can', 'will', 'you', 'your', 'this', 'that', 'it', 'not', 'as', 'how', 'what',
]);

/** Words a reader would expect translated: not all-caps (TLS), not inner capitals (OneDrive, iCloud). */
function translatableWords(words: Token[]): Token[] {
  return words.filter((w) => w.text.length >= 2 && !/^\p{Lu}+$/u.test(w.text) && !/.\p{Lu}/u.test(w.text));
}

export const untranslated: UnitCheck = {
  id: 'untranslated',
  title: 'Untranslated',
  severity: 'warning',
  scope: 'unit',
  description:
    'The translation is identical to the English. Segments made only of numbers, URLs, code, placeholders, ' +
    'all-caps terms and words this locale keeps in English elsewhere in the corpus (product names) are ' +
    'not reported, nor are segments whose "English" is in another language. Translate the sentence, or ' +
    'waive the finding if the English is meant to stay.',
  run(unit, context) {
    const { locale, stats } = context;
    const view = viewOf(unit, context);
    if (!view.same) return NO_HITS;
    const words = translatableWords(view.targetFacts.words);
    if (words.length === 0) return NO_HITS;
    const lower = words.map((w) => w.text.toLowerCase());
    if (lower.length >= 4 && !lower.some((w) => ENGLISH_FUNCTION_WORDS.has(w))) return NO_HITS;
    const kept = stats.keptWords[locale];
    const foreign = words.filter((_, i) => !kept?.has(lower[i]));
    if (foreign.length === 0) return NO_HITS;
    const examples = [...new Set(foreign.map((w) => w.text))].slice(0, 3).map((w) => quote(w)).join(', ');
    return [{
      message: `the translation is the English unchanged (${plural(foreign.length, 'word')} such as ${examples} ` +
        `that ${locale} translations do not otherwise keep)`,
      highlights: { target: foreign.map((w) => [w.start, w.end] as [number, number]) },
    }];
  },
};

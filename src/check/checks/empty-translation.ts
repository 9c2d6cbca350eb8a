/** empty-translation: the translated span is empty, or only markup, while the English has text. */
import type { UnitCheck } from '../types.js';
import type { TextFacts } from '../text.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';

/** Has something a reader would see: prose, code, a URL or a placeholder. */
function hasContent(facts: TextFacts): boolean {
  return /[^\s*_]/.test(facts.masked) || facts.code.length > 0 || facts.urls.length > 0 || facts.placeholders.length > 0;
}

export const emptyTranslation: UnitCheck = {
  id: 'empty-translation',
  title: 'Empty translation',
  severity: 'error',
  scope: 'unit',
  description:
    'The translated span is empty (or holds only markup such as ** **) while the English has text, so the ' +
    'sentence is missing from the page. Translate the English into the span.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    const english = view.source!;
    const translation = view.target!;
    if (!hasContent(view.sourceFacts) || hasContent(view.targetFacts)) return NO_HITS;
    const what = translation.trim() === '' ? 'empty' : `only markup (${quote(translation, 20)})`;
    return [{
      message: `the translation is ${what}; the English ${quote(english)} is not on the page`,
      highlights: { source: [[0, english.length]] },
    }];
  },
};

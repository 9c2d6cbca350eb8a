/** end-punctuation: the translation ends with different punctuation than the English. */
import { changeKey, endingOf, type Ending } from '../endings.js';
import { isHeading } from '../headings.js';
import type { UnitCheck } from '../types.js';
import { NO_HITS } from '../unit-text.js';
import { viewOf } from '../view.js';

const NAMES: Record<Ending, string> = {
  stop: 'a full stop', question: 'a question mark', colon: 'a colon', semicolon: 'a semicolon',
  ellipsis: 'an ellipsis', abbreviation: 'an abbreviation', none: 'no punctuation',
};

/** The ending as the reader sees it: `!` counts as a full stop, but is named as what it is. */
const nameOf = (ending: Ending, mark: string | undefined): string => (ending === 'stop' && mark === '!' ? 'an exclamation mark' : NAMES[ending]);

/**
 * A full stop (or `!`) the translation puts at the end of a heading whose English has none: headings
 * take none in Latvian and Norwegian as in English ("SharePoint Online IP-begrensning."). Elsewhere
 * a full stop added to unfinished English is accepted (see matters); the habit of a locale to do so
 * in list items is no habit for headings.
 */
const stopAddedToHeading = (source: Ending, target: Ending): boolean => source === 'none' && target === 'stop';

/**
 * Differences that change how the sentence reads. Accepted: `.` → `:` before a list, and ending
 * a sentence the English left unfinished (a full stop, colon or question mark added).
 */
function matters(source: Ending, target: Ending): boolean {
  if (source === target) return false;
  if (source === 'ellipsis' || target === 'ellipsis' || source === 'abbreviation' || target === 'abbreviation') return false;
  if (source === 'stop' && target === 'colon') return false;
  if (source === 'none' && target !== 'semicolon') return false;
  return true;
}

/**
 * A menu arrow at the very end, where machine translation moved it from a UI path ("Velg Opprett
 * >  > **PDF/XPS-dokument …** i Word-dokumentet.  >  " for "choose **File** > **Export** > …."):
 * the offset of its `>`, else -1. "no punctuation" sent the translator looking for a lost full stop
 * that is there, before the arrow.
 */
function trailingArrow(masked: string): number {
  const m = /(?<=\s)\\?>\s*$/.exec(masked);
  return m ? masked.lastIndexOf('>') : -1;
}

export const endPunctuation: UnitCheck = {
  id: 'end-punctuation',
  title: 'End punctuation',
  severity: 'info',
  scope: 'unit',
  description:
    'The translation ends differently from the English: a question became a statement, or a colon that ' +
    'introduces a list or a full stop was lost. (Accepted: a full stop turned into a colon before a list, a ' +
    'full stop added where the English forgot one, and any change this locale makes in at least a tenth of such ' +
    'segments across the corpus, such as lv-LV ending "veiciet tālāk norādītās darbības." with a full stop.) ' +
    'A heading ending with a full stop the English heading does not have is reported too: a heading takes none. ' +
    'Match the English ending unless the language requires otherwise.',
  run(unit, context) {
    const { locale, stats } = context;
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const s = view.sourceFacts;
    const t = view.targetFacts;
    if (!s.prose || !t.prose) return NO_HITS;
    const source = endingOf(s, true);
    const target = endingOf(t);
    const heading = stopAddedToHeading(source.ending, target.ending) && isHeading(unit, context);
    if (!heading) {
      if (!matters(source.ending, target.ending)) return NO_HITS;
      // A change this locale's translators make routinely is a convention, not a slip.
      if (stats.endingHabits?.[locale]?.has(changeKey(source.ending, target.ending))) return NO_HITS;
    }
    const english = nameOf(source.ending, s.masked[source.at]);
    const translation = nameOf(target.ending, t.masked[target.at]);
    const arrow = target.ending === 'none' ? trailingArrow(t.masked) : -1;
    if (arrow >= 0) {
      const before = t.masked.slice(0, arrow).trimEnd();
      const kept = before.length > 0 && before[before.length - 1] === s.masked[source.at];
      return [{
        message: `the English ends with ${english}, the translation with a menu arrow ">" moved out of a menu path` +
          `${kept ? ` (the ${english.replace(/^an? /, '')} is before it)` : ''}: put the arrow back between the menu names`,
        highlights: { source: source.at >= 0 ? [[source.at, source.at + 1]] : [], target: [[arrow, arrow + 1]] },
      }];
    }
    return [{
      message: heading
        ? `the English heading ends with ${english}, the translation with ${translation}; a heading takes none`
        : `the English ends with ${english}, the translation with ${translation}`,
      highlights: {
        source: source.at >= 0 ? [[source.at, source.at + 1]] : [],
        target: target.at >= 0 ? [[target.at, target.at + 1]] : [],
      },
    }];
  },
};

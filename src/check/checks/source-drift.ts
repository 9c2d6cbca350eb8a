/** source-drift: the same key carries different English in this locale than in the reference. */
import { changedEnglish } from '../drift.js';
import type { UnitCheck } from '../types.js';
import { NO_HITS, quote } from '../unit-text.js';

/** The differing middle of two texts, by common word prefix and suffix. */
export function differingMiddle(a: string, b: string): { a: [number, number]; b: [number, number] } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  while (start > 0 && /\S/.test(a[start - 1] ?? '')) start--;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  while (endA < a.length && /\S/.test(a[endA])) { endA++; endB++; }
  return { a: [start, endA], b: [start, Math.max(start, endB)] };
}

export const sourceDrift: UnitCheck = {
  id: 'source-drift',
  title: 'English changed since translation',
  severity: 'warning',
  scope: 'unit',
  description:
    'The same segment key carries different English in this locale than in the reference locale (the one ' +
    'with the newest English): the English was edited after this translation was made. Compare the two ' +
    'English versions and update the translation to match the newer one. English that differs only in the ' +
    'locale part of a URL (/en-us/ vs /nb-no/) is not reported, nor English that differs only in its end ' +
    'punctuation where the translation already ends as the newer English does.',
  run(unit, { document, locale }) {
    const changed = changedEnglish(unit, locale);
    if (changed === null) return NO_HITS;
    const { own, reference } = changed;
    const middle = differingMiddle(own, reference);
    const was = reference.slice(...middle.b);
    const is = own.slice(...middle.a);
    return [{
      message: `this English reads ${quote(is || '(nothing)')} where ${document.referenceLocale}'s newer English reads ` +
        `${quote(was || '(nothing)')}; update the translation to the newer English`,
      highlights: { source: [middle.a] },
    }];
  },
};

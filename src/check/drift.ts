/**
 * When a locale's English really changed: the one rule the source-drift check and the page's
 * "English changed" banner share, so a reader is never warned of a change the QA report calls none.
 */
import type { AlignedUnit } from '../model.js';
import { normalizeSpace } from './text.js';
import { hasFlag } from './unit-text.js';
import { withoutUrlLocales } from './urls.js';

/**
 * The locale's own English and the reference English, when the unit is flagged `drift` there and
 * they differ in more than whitespace and the locale part of a URL (/lv-lv/ vs /nb-no/); else null.
 */
export function changedEnglish(unit: AlignedUnit, locale: string): { own: string; reference: string } | null {
  if (!hasFlag(unit, 'drift', locale)) return null;
  const own = unit.englishOf(locale);
  const reference = unit.source;
  if (own === null || reference === null) return null;
  if (normalizeSpace(withoutUrlLocales(own)) === normalizeSpace(withoutUrlLocales(reference))) return null;
  return { own, reference };
}

/**
 * When a locale's English really changed: the one rule the source-drift check and the page's
 * "English changed" banner share, so a reader is never warned of a change the QA report calls none.
 */
import type { AlignedUnit } from '../model.js';
import { endingOf } from './endings.js';
import { analyze, normalizeSpace } from './text.js';
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
  if (endsAsReference(own, reference, unit.targetOf(locale))) return null;
  return { own, reference };
}

const END_MARKS = /[\s.!?:;…]+$/u;

/**
 * The two English differ only in their end punctuation and the translation already ends as the
 * reference English does: nb-NO were-here-to-help 102 "We're here to help!" against lv-LV's "We're
 * here to help", translated "Vi er her for å hjelpe". Both files come from the same source commit
 * (the reference is lv-LV only as the first of two equal hand-offs), and the translation needs no
 * update, so neither the report nor the page's banner should ask for one.
 */
function endsAsReference(own: string, reference: string, target: string | null): boolean {
  if (target === null) return false;
  if (own.replace(END_MARKS, '') !== reference.replace(END_MARKS, '')) return false;
  return endingOf(analyze(target)).ending === endingOf(analyze(reference), true).ending;
}

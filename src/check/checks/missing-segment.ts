/** missing-segment: an English sentence of the reference locale that this locale lacks. */
import { calloutKind } from '../../callouts.js';
import type { AlignedDocument, AlignedUnit } from '../../model.js';
import type { UnitCheck } from '../types.js';
import { NO_HITS, hasFlag, quote } from '../unit-text.js';

/** Line of the nearest earlier unit this locale has: where the missing sentence belongs. */
function lineBefore(document: AlignedDocument, unit: AlignedUnit, locale: string): number | null {
  const index = document.units.indexOf(unit);
  for (let i = index - 1; i >= 0; i--) {
    const line = document.units[i].lineOf(locale);
    if (line !== null) return line;
  }
  return null;
}

/** Line of the nearest later unit this locale has. */
function lineAfter(document: AlignedDocument, unit: AlignedUnit, locale: string): number | null {
  const index = document.units.indexOf(unit);
  for (let i = index + 1; i < document.units.length; i++) {
    const line = document.units[i].lineOf(locale);
    if (line !== null) return line;
  }
  return null;
}

/** A unit whose English is nothing but a callout marker, `[!TIPS]`. */
const MARKER_TEXT = /^\s*\[!([A-Za-z]+)\]\s*$/;
/** A line opening a callout with the marker as plain markup: `> [!TIPS]`, `- > [!NOTE]`, `> > [!tip]`. */
const MARKER_LINE = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:>[ \t]*)+\[!([A-Za-z]+)\][ \t]*$/;

/**
 * Whether a unit that is only a callout marker is there after all in the locale's file, as plain
 * markup (not a span pair) where the unit belongs: the pipeline sometimes translates the marker
 * (`[!PADOMI]` in a span) in one locale and leaves it as markup in another. The renderer shows
 * the localized callout title either way, so readers of the locale miss nothing.
 */
export function calloutMarkerPresent(document: AlignedDocument, unit: AlignedUnit, locale: string): boolean {
  const kind = calloutKind(MARKER_TEXT.exec(unit.source ?? '')?.[1]);
  const file = document.locales[locale]?.doc;
  if (kind === null || !file) return false;
  const lines = file.text.split(/\r?\n/);
  const from = lineBefore(document, unit, locale) ?? 0; // 1-based lines; 0: from the first line.
  const to = lineAfter(document, unit, locale) ?? lines.length + 1;
  for (let line = from + 1; line < to; line++) {
    if (calloutKind(MARKER_LINE.exec(lines[line - 1])?.[1]) === kind) return true;
  }
  return false;
}

export const missingSegment: UnitCheck = {
  id: 'missing-segment',
  title: 'Missing segment',
  severity: 'error',
  scope: 'unit',
  includeMissingTargets: true,
  description:
    'The reference locale (the one with the newest English) has this sentence, but this locale has no ' +
    'segment for it, so readers of this locale never see it. Usually the translation was made from an ' +
    'older English revision. Translate the sentence and insert it as a span pair with the same key. ' +
    'A callout marker ([!NOTE], [!TIPS], …) the locale writes as plain markup where the segment belongs is not missing.',
  run(unit, { document, locale }) {
    if (!hasFlag(unit, 'missing', locale)) return NO_HITS;
    if (calloutMarkerPresent(document, unit, locale)) return NO_HITS;
    const reference = document.referenceLocale ?? 'the reference locale';
    const after = lineBefore(document, unit, locale);
    const where = after === null ? 'it belongs before the first segment' : `it belongs after line ${after}`;
    return [{
      message: `no ${locale} segment for ${reference} ${unit.idsOf(reference).join(' ')} ` +
        `${quote(unit.source ?? '')}; ${where}`,
      segment: null,
      line: null,
      highlights: unit.source ? { source: [[0, unit.source.length]] } : undefined,
    }];
  },
};

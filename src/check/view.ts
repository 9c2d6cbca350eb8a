/**
 * A unit as one locale sees it: its English (the locale's own twin), its translation, and their
 * text facts. The runner makes one view per unit × locale and shares it with every check through
 * the context, so the facts are looked up once, not once per check.
 */
import type { AlignedDocument, AlignedUnit } from '../model.js';
import { analyze, type TextFacts } from './text.js';
import { englishOf } from './unit-text.js';
import type { CheckContext } from './types.js';

export class UnitView {
  readonly source: string | null;
  readonly target: string | null;
  private cachedSource?: TextFacts;
  private cachedTarget?: TextFacts;

  constructor(readonly unit: AlignedUnit, readonly locale: string) {
    // The locale's own English: it differs from the reference `source` only when the English drifted.
    this.source = englishOf(unit, locale);
    this.target = unit.targetOf(locale);
  }

  /** Both an English and a translation exist. */
  get paired(): boolean {
    return this.source !== null && this.target !== null;
  }

  /** The translation is the English character for character (nothing to compare). */
  get identical(): boolean {
    return this.source === this.target;
  }

  /** The translation is the English up to whitespace. */
  get same(): boolean {
    return this.paired && (this.identical || equalIgnoringSpace(this.source!, this.target!));
  }

  get sourceFacts(): TextFacts {
    return (this.cachedSource ??= analyze(this.source ?? ''));
  }

  get targetFacts(): TextFacts {
    return (this.cachedTarget ??= analyze(this.target ?? ''));
  }
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/**
 * Equal after collapsing whitespace runs and trimming: a two-pointer walk that stops at the first
 * difference, which for a translation is nearly always the first word.
 */
export function equalIgnoringSpace(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (let first = true; ; first = false) {
    const fromA = i;
    const fromB = j;
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    const endA = i >= a.length;
    const endB = j >= b.length;
    if (endA || endB) return endA && endB;
    // Inside the text, a space run on one side only is a difference.
    if (!first && (i > fromA) !== (j > fromB)) return false;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/**
 * Views per document, made once and shared by the statistics pass and the checks:
 * `table[unitIndex][localeIndex]`. Keyed by document, so a lookup is one per document.
 */
let tables = new WeakMap<AlignedDocument, UnitView[][]>();

/** Forgets the views (and with them their text facts) made so far. */
export function clearViews(): void {
  tables = new WeakMap();
}

export function documentViews(document: AlignedDocument, locales: string[]): UnitView[][] {
  let table = tables.get(document);
  if (!table) {
    table = document.units.map((unit) => locales.map((locale) => new UnitView(unit, locale)));
    tables.set(document, table);
  }
  return table;
}

/** The view of `unit` in the context's locale (the runner's current one when it is for this unit). */
export function viewOf(unit: AlignedUnit, context: CheckContext): UnitView {
  const shared = context.view;
  if (shared && shared.unit === unit && shared.locale === context.locale) return shared;
  return new UnitView(unit, context.locale);
}

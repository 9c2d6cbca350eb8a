/** Small helpers the checks share for reading a unit in one locale. */
import type { AlignedUnit, FlagKind } from '../model.js';
import type { CheckHit } from './types.js';

/**
 * The English a locale's translation was made from: its own English twin, which differs from
 * the unit's reference `source` only when the source drifted (the translation follows its own).
 */
export const englishOf = (unit: AlignedUnit, locale: string): string | null => unit.englishOf(locale) ?? unit.source;

/** The shared "nothing found" result (checks return it instead of allocating an empty array). */
export const NO_HITS: CheckHit[] = Object.freeze([]) as unknown as CheckHit[];

export const hasFlag = (unit: AlignedUnit, flag: FlagKind, locale: string): boolean =>
  unit.flags.some((f) => f.flag === flag && f.locale === locale);

/** The text on one line, cut to `max` characters with an ellipsis that says it was cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Quotes a piece of text for a message, shortened. */
export function quote(text: string, max = 60): string {
  return `"${excerpt(text, max)}"`;
}

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;


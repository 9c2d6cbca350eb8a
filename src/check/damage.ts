/**
 * Whether a translation carries damage its own checks report: English prose left as it was, a
 * number of the English lost or changed (TLS 1.2 → "1,2", $120 → "120 EUR"), a link emptied,
 * bold lost, added or broken. The translation memory marks such translations, so
 * inconsistent-translation does not hold one up as the text to copy.
 */
import { ENGLISH_FUNCTION_WORDS, sameWords } from './english.js';
import { foreignCurrencies } from './currency.js';
import { boldSpans } from './emphasis.js';
import { unmatchedNumbers } from './numbers.js';
import type { LinkToken, TextFacts } from './text.js';

const isEmptyLink = (l: LinkToken): boolean => !l.image && l.text.replace(/[\s*_`]/g, '') === '';

/** Each number of the English is in the translation and each of the translation's is in the English. */
function numbersKept(source: TextFacts, target: TextFacts, locale: string): boolean {
  if (!source.hasDigit && !target.hasDigit && !target.hasOtherDigit) return true;
  const unmatched = unmatchedNumbers(source, target, locale);
  return unmatched.source.length === 0 && unmatched.target.length === 0;
}

/**
 * English prose copied as the translation: the same words, among them at least two English
 * function words ("and", "for"); a name copied as it is ("Microsoft Teams") is no damage.
 */
function leftInEnglish(source: TextFacts, target: TextFacts): boolean {
  return sameWords(source, target) && source.words.length >= 4 &&
    source.words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.text.toLowerCase())).length >= 2;
}

export function carriesDamage(source: TextFacts, target: TextFacts, locale: string): boolean {
  if (leftInEnglish(source, target)) return true;
  if (boldSpans(target) !== boldSpans(source)) return true;
  if (target.links.filter(isEmptyLink).length > source.links.filter(isEmptyLink).length) return true;
  return !numbersKept(source, target, locale) || foreignCurrencies(source, target).added.length > 0;
}

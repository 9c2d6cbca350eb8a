/**
 * Whether a translation carries damage its own checks report: English prose left as it was, a
 * number of the English lost or changed (TLS 1.2 → "1,2", $120 → "120 EUR"), a link emptied,
 * bold lost, added or broken. The translation memory marks such translations, so
 * inconsistent-translation does not hold one up as the text to copy.
 */
import { ENGLISH_FUNCTION_WORDS } from './checks/untranslated.js';
import { foreignCurrencies } from './currency.js';
import { boldSpans } from './emphasis.js';
import { englishNumbers, isSplitOf, localNumbers, meets, numberWords, type NumberToken } from './numbers.js';
import type { LinkToken, TextFacts } from './text.js';

const isEmptyLink = (l: LinkToken): boolean => !l.image && l.text.replace(/[\s*_`]/g, '') === '';

/** Each number of the English is in the translation and each of the translation's is in the English. */
function numbersKept(source: TextFacts, target: TextFacts, locale: string): boolean {
  if (!source.hasDigit && !target.hasDigit && !target.hasOtherDigit) return true;
  const english = englishNumbers(source);
  const numbers = localNumbers(target, locale);
  let targetWords: NumberToken[] | null = null;
  let englishWords: NumberToken[] | null = null;
  return english.every((n) => numbers.some((t) => meets(n, t) || isSplitOf(n, t, target.text)) ||
    (targetWords ??= numberWords(target, locale)).some((t) => meets(n, t))) &&
    numbers.every((t) => english.some((n) => meets(n, t) || isSplitOf(n, t, target.text)) ||
      (englishWords ??= numberWords(source, 'en')).some((n) => meets(n, t)));
}

/**
 * English prose copied as the translation: the same words, among them at least two English
 * function words ("and", "for"); a name copied as it is ("Microsoft Teams") is no damage.
 */
function leftInEnglish(source: TextFacts, target: TextFacts): boolean {
  const a = source.words;
  const b = target.words;
  if (a.length < 4 || a.length !== b.length) return false;
  if (!a.every((w, i) => w.text.toLowerCase() === b[i].text.toLowerCase())) return false;
  return a.filter((w) => ENGLISH_FUNCTION_WORDS.has(w.text.toLowerCase())).length >= 2;
}

export function carriesDamage(source: TextFacts, target: TextFacts, locale: string): boolean {
  if (leftInEnglish(source, target)) return true;
  if (boldSpans(target) !== boldSpans(source)) return true;
  if (target.links.filter(isEmptyLink).length > source.links.filter(isEmptyLink).length) return true;
  return !numbersKept(source, target, locale) || foreignCurrencies(source, target).added.length > 0;
}

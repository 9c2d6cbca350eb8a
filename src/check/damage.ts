/**
 * Whether a translation carries damage its own checks report: English prose left as it was (whole
 * or a clause of it), a number of the English lost or changed (TLS 1.2 → "1,2", $120 → "120 EUR"),
 * a link emptied, bold lost, added or broken. The translation memory marks such translations, so
 * inconsistent-translation does not hold one up as the text to copy.
 */
import { ENGLISH_FUNCTION_WORDS, longestEnglishRun, mayHaveFunctionWords, runWords, sameWords } from './english.js';
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

/** A clause of the English left in it: this many words in the English's order, two of them function words. */
const CLAUSE_WORDS = 6;
const CLAUSE_FUNCTION_WORDS = 2;

const isFunctionWord = (w: { text: string }): boolean => ENGLISH_FUNCTION_WORDS.has(w.text.toLowerCase());

/**
 * A translation that left a clause in English behind a translated label: "**Izņēmumi:**
 * Self-service exchange and cancel capability isn't available for…" (lv-LV
 * billing-for-reserved-instance-purchase 117) is no model for the unit that translated it all.
 */
function partlyEnglish(source: TextFacts, target: TextFacts): boolean {
  if (!mayHaveFunctionWords(target.masked, CLAUSE_FUNCTION_WORDS)) return false;
  const run = longestEnglishRun(source, target);
  return run !== null && run[1] - run[0] >= CLAUSE_WORDS &&
    runWords(target, run).filter(isFunctionWord).length >= CLAUSE_FUNCTION_WORDS;
}

export function carriesDamage(source: TextFacts, target: TextFacts, locale: string): boolean {
  if (leftInEnglish(source, target) || partlyEnglish(source, target)) return true;
  if (boldSpans(target) !== boldSpans(source)) return true;
  if (target.links.filter(isEmptyLink).length > source.links.filter(isEmptyLink).length) return true;
  return !numbersKept(source, target, locale) || foreignCurrencies(source, target).added.length > 0;
}

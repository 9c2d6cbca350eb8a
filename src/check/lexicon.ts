/**
 * Which words of a locale translate an English word, learnt from the corpus itself: "abonement…"
 * translates "subscription" when nearly every translation whose English says "subscription" has it,
 * and few others do. Used where a check must know whether a translation's word stands for an English
 * one (a Latvian noun doubled where the English says it twice). Asked rarely, so each question
 * scans the corpus once and is remembered.
 */
import type { AlignedCorpus } from '../model.js';
import { englishOf } from './unit-text.js';
import { escapeRegExp } from '../regexp.js';

interface Pairs { english: string[]; target: string[] }

/** Per corpus and locale: the lower-cased English and translation of every unit. */
const pairsCache = new WeakMap<AlignedCorpus, Map<string, Pairs>>();
const answers = new WeakMap<AlignedCorpus, Map<string, boolean>>();

function pairsOf(corpus: AlignedCorpus, locale: string): Pairs {
  let byLocale = pairsCache.get(corpus);
  if (!byLocale) pairsCache.set(corpus, (byLocale = new Map()));
  let pairs = byLocale.get(locale);
  if (!pairs) {
    pairs = { english: [], target: [] };
    for (const document of corpus.documents) {
      for (const unit of document.units) {
        const target = unit.targetOf(locale);
        const english = englishOf(unit, locale);
        if (target === null || english === null) continue;
        pairs.english.push(english.toLowerCase());
        pairs.target.push(target.toLowerCase());
      }
    }
    byLocale.set(locale, pairs);
  }
  return pairs;
}

/** Fewer English mentions than this teach nothing. */
const MIN_MENTIONS = 3;
/** Share of the translations of the English word that have the stem… */
const MIN_SHARE = 0.6;
/** …and how many times more often than the other translations do. */
const MIN_LIFT = 5;

/**
 * Whether translations into `locale` write `stem` (the start of a word, lower case; inside a
 * compound too: Latvian "lietojumprogramma" holds "programm") where the English has a word starting
 * with `englishStem` ("subscription" for "subscriptions").
 */
export function translatesAs(corpus: AlignedCorpus, locale: string, englishStem: string, stem: string): boolean {
  let cache = answers.get(corpus);
  if (!cache) answers.set(corpus, (cache = new Map()));
  const key = `${locale}\u0000${englishStem}\u0000${stem}`;
  let answer = cache.get(key);
  if (answer === undefined) {
    const { english, target } = pairsOf(corpus, locale);
    const word = new RegExp(`\\b${escapeRegExp(englishStem)}`);
    let mentions = 0;
    let mentionsTranslated = 0;
    let others = 0;
    for (let i = 0; i < english.length; i++) {
      const has = target[i].includes(stem);
      if (word.test(english[i])) {
        mentions++;
        if (has) mentionsTranslated++;
      } else if (has) others++;
    }
    const share = mentions === 0 ? 0 : mentionsTranslated / mentions;
    const otherShare = others / Math.max(1, english.length - mentions);
    answer = mentions >= MIN_MENTIONS && share >= MIN_SHARE && share >= MIN_LIFT * otherShare;
    cache.set(key, answer);
  }
  return answer;
}

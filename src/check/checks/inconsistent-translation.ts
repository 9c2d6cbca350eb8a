/** inconsistent-translation: the same English translated differently elsewhere in this locale. */
import { analyze } from '../text.js';
import type { UnitCheck } from '../types.js';
import { NO_HITS, quote } from '../unit-text.js';
import { viewOf } from '../view.js';
import { wordsNotIn } from '../word-diff.js';

/** Longer usual translations are cut in the message (an advisory's sentences are nearly all shorter). */
const USUAL_QUOTE_MAX = 240;

type Where = { document: string; unit: string; text?: string; source?: string; damaged?: boolean }[];

/** The URLs of a text in order: what its links and addresses lead to. */
const urlsOf = (text: string): string => analyze(text).urls.map((u) => u.text).join(' ');

/**
 * The unit to quote the usual translation from: one whose English has this unit's links, so that
 * copying it keeps them ("Sign in to the Azure portal." shares its memory key with "Sign in to the
 * [Azure portal](https://portal.azure.com/)."), from another document if there is one. `sameLinks`
 * is false when no unit has them: the message then says to keep this one's.
 */
function exampleOf(where: Where, document: string, ownUrls: string): { example: Where[number]; sameLinks: boolean } {
  const linked = where.filter((w) => w.source === undefined || urlsOf(w.source) === ownUrls);
  const pick = (list: Where) => list.find((w) => w.document !== document) ?? list[0];
  return linked.length ? { example: pick(linked), sameLinks: true } : { example: pick(where), sameLinks: false };
}

/** The variant most units use; on a tie, the one met first in corpus order. */
function mostUsed(variants: Iterable<[string, Where]>): [string, Where] | null {
  let best: [string, Where] | null = null;
  for (const entry of variants) if (!best || entry[1].length > best[1].length) best = entry;
  return best;
}

/** Spaces between two letters: where a text splits words. */
const innerSpaces = (text: string): number => (text.match(/(?<=\p{L})\s+(?=\p{L})/gu) ?? []).length;

/**
 * The variants that split a compound another variant writes whole: the same letters and marks,
 * with a space more between two letters ("start data maskinen på nytt" against "start
 * datamaskinen på nytt", "fakturerings profil" against "faktureringsprofil"). Machine translation
 * splits Norwegian compounds (særskriving), which is a spelling error; the other way round it
 * does not join words. Such a variant is no model, however many units use it.
 */
function splitCompounds(variants: Map<string, Where>): Set<string> {
  const split = new Set<string>();
  const byLetters = new Map<string, string[]>();
  for (const key of variants.keys()) {
    const letters = key.replace(/\s+/g, '');
    const same = byLetters.get(letters);
    if (same) same.push(key);
    else byLetters.set(letters, [key]);
  }
  for (const same of byLetters.values()) {
    if (same.length < 2) continue;
    const fewest = Math.min(...same.map(innerSpaces));
    for (const key of same) if (innerSpaces(key) > fewest) split.add(key);
  }
  return split;
}

/**
 * The translation to hold up: the most used of those without damage (a lost number, an emptied
 * link, lost bold) that split no compound another writes whole, else the most used. Twenty copies
 * of "OAuth 2,0" are no model for the one translation that kept "OAuth 2.0".
 */
function usualVariant(variants: Map<string, Where>): { variant: [string, Where]; mostUsed: boolean } {
  const any = mostUsed(variants)!;
  const split = splitCompounds(variants);
  const sound = mostUsed([...variants].filter(([key, where]) => !split.has(key) && !where.some((w) => w.damaged)));
  return sound ? { variant: sound, mostUsed: sound[1].length === any[1].length } : { variant: any, mostUsed: true };
}

export const inconsistentTranslation: UnitCheck = {
  id: 'inconsistent-translation',
  title: 'Inconsistent translation',
  severity: 'info',
  scope: 'unit',
  description:
    'The same English (ignoring case, markup and end punctuation) is translated differently elsewhere in ' +
    'this locale. Readers see two names for one thing, which is confusing in UI labels and headings. The ' +
    'finding is on the less common translation, names the usual one and marks the words that differ from it; ' +
    'align them unless the context really differs. A translation that lost a number, a link\'s text or bold ' +
    'of its English, left part of it in English, or splits a compound another translation writes whole ' +
    '(nb "data maskinen" for ' +
    '"datamaskinen"), is never named as the one to follow: the most used sound one is. It is quoted from a unit ' +
    'whose English has this one\'s links (English that differs only in a link counts as the same), or the ' +
    'message says to keep this one\'s links.',
  run(unit, context) {
    const { locale, stats, document } = context;
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    const key = view.sourceFacts.memoryKey;
    const variants = stats.translations[locale]?.get(key);
    if (!variants || variants.size < 2 || !/\p{L}{2}/u.test(key)) return NO_HITS;
    const own = view.targetFacts.memoryKey;
    const { variant: [usual, where], mostUsed: usually } = usualVariant(variants);
    if (own === usual) return NO_HITS;
    const { example, sameLinks } = exampleOf(where, document.slug, view.sourceFacts.urls.map((u) => u.text).join(' '));
    const others = variants.size - 1;
    const how = where.length === 1 ? 'elsewhere' : usually ? `usually (${where.length}×)` : `elsewhere (${where.length}×)`;
    const usualText = example.text ?? usual;
    // Quoted whole (up to a long sentence): the translator compares it with this one word by word.
    const differing = wordsNotIn(view.target!, usualText) ?? [[0, view.target!.length]];
    return [{
      message: `the same English is ${how} translated ${quote(usualText, USUAL_QUOTE_MAX)} (e.g. ${example.document} ` +
        `unit ${example.unit}${sameLinks ? '' : ', whose English has other links: keep this one\'s'})` +
        `${others > 1 ? `; ${variants.size} different translations in ${locale}` : ''}`,
      ...(differing.length ? { highlights: { target: differing } } : {}),
    }];
  },
};

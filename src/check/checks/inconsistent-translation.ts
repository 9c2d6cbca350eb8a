/** inconsistent-translation: the same English translated differently elsewhere in this locale. */
import { analyze, type TextFacts } from '../text.js';
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

/**
 * Languages that write compounds as one word, where machine translation splits them (særskriving:
 * nb "data maskinen" for "datamaskinen"). Not Latvian: "bez maksas" (free of charge) and
 * "bezmaksas" (free) are both right.
 */
const COMPOUNDING = new Set(['nb', 'nn', 'no', 'da', 'sv', 'de', 'nl']);

/** A word without the punctuation around it: "(skrivebord)" is "skrivebord". */
const bare = (word: string): string => word.replace(/^\p{P}+|\p{P}+$/gu, '');

/**
 * How many times two letter words in a row are written as one in `whole` ("data maskinen":
 * "datamaskinen", "Bluetooth enheten": "bluetooth-enheten").
 */
function splitsOf(words: string[], whole: Set<string>): number {
  let splits = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    // Punctuation outside the pair stays out ("(skrive bord)"); a comma between the two keeps them apart.
    const a = words[i].replace(/^\p{P}+/u, '');
    const b = words[i + 1].replace(/\p{P}+$/u, '');
    if (!/^\p{L}{2,}$/u.test(a) || !/^\p{L}{2,}$/u.test(b)) continue;
    if (whole.has(a + b) || whole.has(`${a}-${b}`)) splits++;
  }
  return splits;
}

/**
 * For each variant, the compounds it splits that another variant writes whole ("start data maskinen
 * på nytt" against "start datamaskinen på nytt", "egen definert" against "egendefinert", "Bluetooth
 * enheten" against "Bluetooth-enheten"), in a language that writes compounds whole. Splitting them
 * is a spelling error machine translation makes; joining words that belong apart it does not.
 */
function splitCompounds(variants: Map<string, Where>, locale: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!COMPOUNDING.has(locale.split('-')[0].toLowerCase())) return counts;
  const words = [...variants.keys()].map((key) => ({ key, words: key.split(/\s+/).filter(Boolean) }));
  for (const variant of words) {
    const own = new Set(variant.words.map(bare));
    const elsewhere = new Set(words.filter((w) => w !== variant).flatMap((w) => w.words).map(bare).filter((w) => !own.has(w)));
    if (elsewhere.size > 0) counts.set(variant.key, splitsOf(variant.words, elsewhere));
  }
  return counts;
}

/**
 * The translation to hold up: the most used of those without damage (a lost number, an emptied
 * link, lost bold) that split the fewest compounds others write whole, else the most used. Twenty
 * copies of "OAuth 2,0" are no model for the one translation that kept "OAuth 2.0".
 */
function usualVariant(variants: Map<string, Where>, locale: string): { variant: [string, Where]; mostUsed: boolean } {
  const any = mostUsed(variants)!;
  const splits = splitCompounds(variants, locale);
  const split = (key: string) => splits.get(key) ?? 0;
  const undamaged = [...variants].filter(([, where]) => !where.some((w) => w.damaged));
  const fewest = Math.min(...undamaged.map(([key]) => split(key)));
  const sound = mostUsed(undamaged.filter(([key]) => split(key) === fewest));
  return sound ? { variant: sound, mostUsed: sound[1].length === any[1].length } : { variant: any, mostUsed: true };
}

/** Words (a hyphenated compound as one: "Bluetooth-enheten" is no "Bluetooth enheten") and a UI path's ">". */
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|>/gu;

/**
 * The text as a reader sees it, from the shared facts: each link's target left out (`](url)` is
 * `]`) and HTML tags a space, the rest as written.
 */
function shownText(facts: TextFacts): string {
  if (facts.links.length === 0 && facts.tags.length === 0) return facts.text;
  const cuts: { start: number; end: number; by: string }[] = [
    // A link's target runs from the `]` after its text to its end: `[text](url "title")`.
    ...facts.links.map((l) => ({ start: l.start + (l.image ? 2 : 1) + l.text.length, end: l.end, by: ']' })),
    ...facts.tags.map((t) => ({ start: t.start, end: t.end, by: ' ' })),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    out += facts.text.slice(at, cut.start) + cut.by;
    at = cut.end;
  }
  return out + facts.text.slice(at);
}

/**
 * The words of a translation as a reader sees them, lower-cased: a link's target and HTML tags left
 * out, a name written in the text ("Outlook.com", `Get-Mailbox`) and the ">" of a path kept.
 */
const tokensOf = (facts: TextFacts): string[] => shownText(facts).toLowerCase().match(TOKEN) ?? [];

/**
 * The two translations say the same in the same words: they differ only in punctuation, spaces or
 * where bold or a link falls ("Noklikšķiniet uz **Lejupielādēt rēķinu**, lai…" against "Noklikšķiniet
 * **uz Lejupielādēt rēķinu,** lai…": a fault of the markup, if any, not of the wording), or only in the order of those
 * words ("Kredītkartes veidlapa tiks parādīta labajā pusē" against "Labajā pusē tiks parādīta
 * kredītkartes veidlapa"), which both languages allow. A UI path ("A > B") is read in order: moved
 * words there change the steps.
 */
function sameWording(own: TextFacts, usual: TextFacts): boolean {
  const a = tokensOf(own);
  const b = tokensOf(usual);
  if (a.length !== b.length) return false;
  if (a.every((t, i) => t === b[i])) return true;
  if (a.includes('>') || b.includes('>')) return false;
  const sorted = (tokens: string[]) => [...tokens].sort().join(' ');
  return sorted(a) === sorted(b);
}

export const inconsistentTranslation: UnitCheck = {
  id: 'inconsistent-translation',
  title: 'Inconsistent translation',
  severity: 'info',
  scope: 'unit',
  description:
    'The same English (ignoring case, markup and end punctuation) is translated differently elsewhere in ' +
    'this locale. Readers see two names for one thing, which is confusing in UI labels and headings. The ' +
    'finding is on the other translations: it names the one to follow and marks the words that differ from it; ' +
    'align them unless the context really differs. Translations in the same words that differ only in ' +
    'punctuation, in where bold or a link falls or in word order (outside a ' +
    'UI path such as "A > B") are not reported. A translation that lost a number, a link\'s text or bold ' +
    'of its English, or left part of it in English, is never named as the one to follow, nor (in languages ' +
    'that write compounds as one word, such as Norwegian) one that splits a compound another writes whole ' +
    '("data maskinen" for "datamaskinen"): the most used sound one is. It is quoted from a unit ' +
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
    const { variant: [usual, where], mostUsed: usually } = usualVariant(variants, locale);
    if (own === usual) return NO_HITS;
    const { example, sameLinks } = exampleOf(where, document.slug, view.sourceFacts.urls.map((u) => u.text).join(' '));
    const others = variants.size - 1;
    const how = where.length === 1 ? 'elsewhere' : usually ? `usually (${where.length}×)` : `elsewhere (${where.length}×)`;
    const usualText = example.text ?? usual;
    if (sameWording(view.targetFacts, analyze(usualText))) return NO_HITS;
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

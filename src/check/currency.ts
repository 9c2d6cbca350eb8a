/**
 * Currencies an amount is in, by symbol, code or word, in English, Latvian and Norwegian: MT
 * sometimes "localizes" the currency with the number unchanged ($120 → "120 EUR", "KR 120"),
 * which changes what the reader is told an amount costs.
 */
import type { TextFacts } from './text.js';

export interface CurrencyMention {
  /** ISO code of the currency. */
  code: string;
  start: number;
  end: number;
}

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const word = (alternatives: string): string => `${NOT_LETTER_BEFORE}(?:${alternatives})${NOT_LETTER_AFTER}`;

const CURRENCIES: { code: string; pattern: RegExp }[] = [
  // lv "ASV dolāri", nb "amerikanske dollar".
  { code: 'USD', pattern: new RegExp(`\\$|${word('USD|dollars?|dolār\\p{L}*')}`, 'giu') },
  { code: 'EUR', pattern: new RegExp(`€|${word('EUR|euros?|eiro')}`, 'giu') },
  { code: 'NOK', pattern: new RegExp(word('NOK|kr|kroner|krone'), 'giu') },
  { code: 'GBP', pattern: new RegExp(`£|${word('GBP')}`, 'giu') },
];

/** Cheap test before the patterns: most segments name no currency. */
const MAYBE = /[$€£]|usd|eur|eiro|dollar|dolār|nok|kr|gbp/i;

function scan(masked: string): CurrencyMention[] {
  if (!MAYBE.test(masked)) return [];
  const out: CurrencyMention[] = [];
  for (const { code, pattern } of CURRENCIES) {
    for (const m of masked.matchAll(pattern)) out.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Currency mentions of a text's prose (code, URLs and placeholders such as `$true` are masked). */
export const currenciesOf = (facts: TextFacts): CurrencyMention[] => facts.memo('currencies', (f) => scan(f.masked));

/**
 * Currencies the translation names instead of the English's: an amount moved to another currency.
 * None when the English names no currency (nothing to compare with), or when the translation keeps
 * every currency the English names: "$120 (ca. 1200 kr)" adds a conversion, it moves nothing.
 */
export function foreignCurrencies(source: TextFacts, target: TextFacts): { english: CurrencyMention[]; added: CurrencyMention[] } {
  const english = currenciesOf(source);
  if (english.length === 0) return { english, added: [] };
  const codes = new Set(english.map((c) => c.code));
  const translated = currenciesOf(target);
  const kept = new Set(translated.map((c) => c.code));
  if ([...codes].every((code) => kept.has(code))) return { english, added: [] };
  return { english, added: translated.filter((c) => !codes.has(c.code)) };
}

/**
 * Numbers of a segment, normalized so that locale conventions compare equal: English
 * `1,000` = Latvian `1 000`; English `1.5 GB` = Norwegian `1,5 GB`; `31st` = `31.`;
 * `October` = `oktobri` = 10; Arabic-Indic `١٢` = `12`. A version or identifier
 * (`TLS 1.2`, `5.7.1`, `E5`) must keep its exact form.
 *
 * Each token carries the set of values it may stand for; two tokens match when the sets meet.
 */
import { analyze, asciiDigits, type TextFacts } from './text.js';
import { monthOf, numberWordOf } from './number-words.js';

export type NumberKind = 'number' | 'version' | 'identifier' | 'word';

export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  values: string[];
  kind: NumberKind;
  /** Number words and month names: they may explain a number but need no counterpart. */
  optional: boolean;
}

const NUMERIC = /(?<![\p{L}\p{N}_])[\p{L}_]*\d[\p{L}\p{N}_]*(?:[.,:]\d[\p{L}\p{N}_]*)*/gu;
const SPACED_GROUPS = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)/g;
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i;
const WITH_UNIT = /^(\d+(?:[.,]\d+)?)(kb|mb|gb|tb|pb|ms|s|h|min|px|pt|k|m|x|hz|khz|mhz|ghz|kbps|mbps|gbps|bit|p|d)$/i;
const HAS_LETTER = /\p{L}/u;
const ANY_DIGIT = /\d/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;
/** A ratio ("1:1 calls", "16:9"): one number, kept as written; "01:01" made of it is a time. */
const RATIO = /^[1-9]\d*:[1-9]\d*$/;
const AMOUNT_AFTER = /^\s*-?(?:%|percent|[kmgtp]b\b|bytes?\b|x\b|times\b|hours?\b|minutes?\b|seconds?\b|days?\b|weeks?\b|months?\b|years?\b|million\b|billion\b|[gmk]hz\b|[mg]bps\b|inch(?:es)?\b|cm\b|mm\b|km\b|miles?\b|usd\b|eur\b|per\b)/i;
const VERSION_WORD = /^(?:v|ver|version|versions|build|builds|release|update|patch)$/i;
/** Capitalized words before a decimal that make it a quantity, not a version ("Only 2.5-inch"). */
const QUANTITY_WORD = /^(?:only|about|approximately|around|over|under|up|almost|nearly|just|less|more|than|at|least|most|to|from|within|by|max|maximum|min|minimum|average|additional|extra|add|allow|use|wait|takes?)$/i;

const int = (digits: string): string => digits.replace(/^0+(?=\d)/, '');

/**
 * A run of three or more digits with a leading zero is a code, not an amount: a GUID part
 * (`000000000000`), a DWORD value (`00000001`). Every zero counts, so the English one must be
 * matched exactly (MT drops zeros: `0000000000`); a translation's run also keeps its plain value.
 */
const ZERO_PADDED = /^0\d{2,}$/;
const padded = (digits: string): string => `z:${digits}`;
/** Canonical decimal: `88.10` and `88.1` are one amount (trailing zeros dropped, `1.0` → `1`). */
export const decimal = (whole: string, fraction: string): string => {
  const f = fraction.replace(/0+$/, '');
  return f ? `${int(whole)}.${f}` : int(whole);
};

/** Decimal and group separators of a locale, from Intl. */
const conventions = new Map<string, { decimal: string; group: string }>();
export function separatorsOf(locale: string): { decimal: string; group: string } {
  let c = conventions.get(locale);
  if (!c) {
    c = { decimal: '.', group: ',' };
    try {
      for (const p of new Intl.NumberFormat(locale).formatToParts(12345.5)) {
        if (p.type === 'decimal') c.decimal = p.value;
        if (p.type === 'group') c.group = /\s/.test(p.value) ? ' ' : p.value;
      }
    } catch { /* unknown locale: English conventions */ }
    conventions.set(locale, c);
  }
  return c;
}

const AFTER_NOON = /^\s?(?:pm|p\.\s?m\.)(?![\p{L}\p{N}])/iu;
const BEFORE_NOON = /^\s?(?:am|a\.\s?m\.)(?![\p{L}\p{N}])/iu;

/**
 * The 24-hour forms a translation writes for an English 12-hour time (`2:30 PM` → 14:30 or 14.30,
 * `2 PM` → 14 or 14:00, `12 AM` → 0:00), as values to add to the English token's; none when no
 * AM/PM follows.
 */
function twentyFourHourValues(raw: string, after: string): string[] {
  const pm = AFTER_NOON.test(after);
  if (!pm && !BEFORE_NOON.test(after)) return [];
  const time = /^(\d{1,2})(?::(\d{2}))?$/.exec(raw);
  const hour = time ? Number(time[1]) : NaN;
  if (!(hour >= 1 && hour <= 12)) return [];
  const h24 = pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
  const minutes = time![2] ?? '00';
  return [`t:${h24}:${minutes}`, ...(time![2] === undefined || minutes === '00' ? [String(h24)] : [])];
}

/** Values an English number may stand for; `version` when its dot must stay a dot. */
function englishValues(raw: string, version: boolean): { values: string[]; kind: NumberKind }[] {
  const time = TIME.exec(raw);
  if (time && raw.includes(':')) return [{ values: [`t:${int(time[1])}:${time[2]}`], kind: 'number' }];
  if (/^\d+$/.test(raw)) return [{ values: [ZERO_PADDED.test(raw) ? padded(raw) : int(raw)], kind: 'number' }];
  if (RATIO.test(raw)) return [{ values: [`r:${raw}`], kind: 'number' }];
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) {
    const [whole, fraction] = raw.replace(/,/g, '').split('.');
    return [{ values: [fraction === undefined ? int(whole) : decimal(whole, fraction)], kind: 'number' }];
  }
  if (/^\d+\.\d+$/.test(raw)) {
    const [whole, fraction] = raw.split('.');
    return [version
      ? { values: [`v:${raw}`], kind: 'version' }
      : { values: [decimal(whole, fraction)], kind: 'number' }];
  }
  if (/^\d+(?:\.\d+){2,}$/.test(raw)) return [{ values: [`v:${raw}`], kind: 'version' }];
  // `1,2` in English prose is a list; anything else odd is split at its separators.
  return raw.split(/[.,:]/).filter(Boolean).map((part) => ({ values: [int(part)], kind: 'number' as const }));
}

/** Values a number written in `locale` (or left in English form) may stand for. */
function localValues(raw: string, locale: string): string[] {
  const { decimal: dec, group } = separatorsOf(locale);
  const values = new Set<string>();
  const time = TIME.exec(raw);
  if (time) values.add(`t:${int(time[1])}:${time[2]}`);
  if (RATIO.test(raw)) values.add(`r:${raw}`);
  if (/^\d+$/.test(raw)) return ZERO_PADDED.test(raw) ? [int(raw), padded(raw)] : [int(raw)];
  const parts = raw.split(/[.,:]/);
  const seps = raw.replace(/\d+/g, '');
  const uniform = new Set(seps).size === 1;
  const grouped = parts.slice(1).every((p) => p.length === 3) && parts[0].length <= 3;
  if (uniform && seps[0] === '.') {
    values.add(`v:${raw}`);
    if (parts.length === 2) values.add(decimal(parts[0], parts[1]));
    if (grouped && (group === '.' || parts.length > 2)) values.add(int(parts.join('')));
  } else if (uniform && seps[0] === ',') {
    if (parts.length === 2 && dec === ',') values.add(decimal(parts[0], parts[1]));
    if (grouped) values.add(int(parts.join('')));
  } else if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(raw) || /^\d{1,3}(?:,\d{3})+\.\d+$/.test(raw)) {
    const fractionSep = raw.includes(',') && raw.lastIndexOf(',') > raw.lastIndexOf('.') ? ',' : '.';
    const cut = raw.lastIndexOf(fractionSep);
    values.add(decimal(raw.slice(0, cut).replace(/[.,]/g, ''), raw.slice(cut + 1)));
  }
  // Whatever else it is, it may also be a list of separate numbers.
  if (values.size === 0 || !grouped) for (const p of parts) if (p) values.add(int(p));
  return [...values];
}

function isVersionContext(masked: string, start: number, end: number, raw: string): boolean {
  if (/^\d+(?:\.\d+){2,}$/.test(raw)) return true;
  if (!/^\d+\.\d+$/.test(raw)) return false;
  if (AMOUNT_AFTER.test(masked.slice(end, end + 12))) return false;
  const before = masked.slice(Math.max(0, start - 40), start);
  if (/[$€£]\s*$/.test(before)) return false;
  const word = /([\p{L}.]+)[\s(]*$/u.exec(before)?.[1]?.replace(/^\./, '') ?? '';
  if (!word || QUANTITY_WORD.test(word)) return false;
  return VERSION_WORD.test(word) || /^\p{Lu}/u.test(word);
}

/** "TLS 1.0 and 1.1", "8.1, 10.1 or 10.2": a decimal listed right after a version is one too. */
function continuesVersions(masked: string, previous: NumberToken | undefined, start: number, raw: string): boolean {
  return previous?.kind === 'version' && /^\d+\.\d+$/.test(raw) &&
    /^\s*(?:,|and|or|to|-|–|\/)\s*$/i.test(masked.slice(previous.end, start));
}

/** A token with letters: ordinal (`31st`), number + unit (`10GB`), or an identifier (`E5`). */
function lettered(raw: string, english: boolean, locale: string): { values: string[]; kind: NumberKind } {
  const ordinal = ORDINAL.exec(raw);
  if (ordinal) return { values: [int(ordinal[1])], kind: 'number' };
  const unit = WITH_UNIT.exec(raw);
  if (unit) {
    return english ? englishValues(unit[1], false)[0] : { values: localValues(unit[1], locale), kind: 'number' };
  }
  return { values: [`id:${raw.toLowerCase()}`], kind: 'identifier' };
}

/** Month name or number word → its number, memoized per locale and word. */
const wordValues = new Map<string, Map<string, string | null>>();

export const clearNumberCache = (): void => wordValues.clear();
function wordValue(word: string, locale: string): string | null {
  let byWord = wordValues.get(locale);
  if (!byWord) wordValues.set(locale, (byWord = new Map()));
  let value = byWord.get(word);
  if (value === undefined) {
    const n = monthOf(word, locale) ?? numberWordOf(word, locale);
    value = n === null ? null : String(n);
    if (byWord.size > 100_000) byWord.clear();
    byWord.set(word, value);
  }
  return value;
}

/** Digit tokens of a text (numbers, versions, identifiers). */
function scanDigits(facts: TextFacts, english: boolean, locale: string): NumberToken[] {
  const masked = facts.hasOtherDigit ? asciiDigits(facts.masked) : facts.masked;
  const tokens: NumberToken[] = [];
  if (!ANY_DIGIT.test(masked)) return tokens;
  const taken: [number, number][] = [];
  if (!english) {
    for (const m of masked.matchAll(SPACED_GROUPS)) {
      const end = m.index + m[0].length;
      const parts = m[0].split(/[ \u00a0\u202f]/);
      tokens.push({ start: m.index, end, raw: facts.text.slice(m.index, end),
        values: [int(parts.join('')), ...parts.map(int)], kind: 'number', optional: false });
      taken.push([m.index, end]);
    }
  }
  for (const m of masked.matchAll(NUMERIC)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.length && taken.some(([a, b]) => start < b && end > a)) continue;
    const raw = m[0];
    const base = { start, end, raw: facts.text.slice(start, end), optional: false };
    if (HAS_LETTER.test(raw)) tokens.push({ ...base, ...lettered(raw, english, locale) });
    else if (english) {
      const previous = tokens[tokens.length - 1];
      const version = isVersionContext(masked, start, end, raw) || continuesVersions(masked, previous, start, raw);
      const clock = twentyFourHourValues(raw, masked.slice(end, end + 6));
      for (const v of englishValues(raw, version)) tokens.push({ ...base, ...v, values: [...v.values, ...clock] });
    } else tokens.push({ ...base, values: localValues(raw, locale), kind: 'number' });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Month names and number words: optional tokens that may stand for a number. */
function scanWords(facts: TextFacts, locale: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const w of facts.words) {
    // "one-year", "2-Step": each part of a hyphenated word may be a number word.
    const parts = w.text.includes('-') ? [w.text, ...w.text.split('-')] : [w.text];
    const values = parts.map((p) => wordValue(p, locale)).filter((v): v is string => v !== null);
    if (values.length) tokens.push({ start: w.start, end: w.end, raw: w.text, values, kind: 'word', optional: true });
  }
  return tokens;
}

const factsOf = (text: string | TextFacts): TextFacts => (typeof text === 'string' ? analyze(text) : text);

/** Numbers of an English text. */
export function englishNumbers(text: string | TextFacts): NumberToken[] {
  return factsOf(text).memo('numbers:en', (f) => scanDigits(f, true, 'en'));
}

/** Numbers of a translation into `locale`. */
export function localNumbers(text: string | TextFacts, locale: string): NumberToken[] {
  return factsOf(text).memo(`numbers:${locale}`, (f) => scanDigits(f, false, locale));
}

/** Month names and number words of a text in `locale` (`en` for English). */
export function numberWords(text: string | TextFacts, locale: string): NumberToken[] {
  return factsOf(text).memo(`number-words:${locale}`, (f) => scanWords(f, locale));
}

export const meets = (a: NumberToken, b: NumberToken): boolean => a.values.some((v) => b.values.includes(v));

/**
 * For an identifier like `v1.0` or `OAuth2.0`: the target number written with a space or dash
 * after the same letters (`v 1.0`), a spacing slip rather than a different number.
 */
export function isSplitOf(id: NumberToken, t: NumberToken, text: string): boolean {
  if (id.kind !== 'identifier') return false;
  const m = /^(\p{L}+)(\d[\d.,]*)$/u.exec(id.raw);
  if (!m || t.raw !== m[2]) return false;
  const letters = m[1].toLowerCase();
  return text.slice(Math.max(0, t.start - letters.length - 2), t.start).toLowerCase().replace(/[\s-]+$/, '').endsWith(letters);
}

/** Digit runs of a token: how many English numbers one translated token may stand for ("1,2" two). */
const capacityOf = (t: NumberToken): number => (t.kind === 'word' ? 1 : t.raw.match(/\d+/g)?.length ?? 1);

/** Two English numbers share a value ("Plan 2 … Plan 2"): the only case counting can tell apart. */
function repeatsAValue(english: NumberToken[]): boolean {
  if (english.length < 2) return false;
  const seen = new Set<string>();
  for (const n of english) {
    for (const v of n.values) {
      if (seen.has(v)) return true;
    }
    for (const v of n.values) seen.add(v);
  }
  return false;
}

/**
 * English numbers written more often than the translation has them: "Plan 2 or Plan 2" with one
 * "Plan 2" lost. Each English number (one that is not a part of a split token such as the list
 * `1,2`) takes a translated token of its own, as a maximum matching (a few tokens: augmenting
 * paths are cheap); a translated token holds as many as it has digit runs. The English numbers
 * left over are the ones lost, the later occurrences first.
 */
function lostRepeats(english: NumberToken[], candidates: NumberToken[], targetText: string): NumberToken[] {
  const starts = new Map<number, number>();
  for (const n of english) starts.set(n.start, (starts.get(n.start) ?? 0) + 1);
  const whole = english.filter((n) => starts.get(n.start) === 1);
  if (whole.length < 2) return [];
  const edges = whole.map((n) => candidates.map((t, j) => (meets(n, t) || isSplitOf(n, t, targetText) ? j : -1)).filter((j) => j >= 0));
  const held: number[][] = candidates.map(() => []);
  const place = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i]) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (held[j].length < capacityOf(candidates[j])) { held[j].push(i); return true; }
      for (let k = 0; k < held[j].length; k++) {
        if (place(held[j][k], seen)) { held[j][k] = i; return true; }
      }
    }
    return false;
  };
  return whole.filter((_, i) => !place(i, new Set()));
}

/**
 * The numbers of the English the translation lacks and the translation's the English lacks: a
 * number matches one with a common value, as a number word or month ("six", "oktobri") only where
 * the digits leave it unmatched, and an identifier's number written apart (`v 1.0`) matches too.
 * An English number written twice must be there twice (`fewer`, also in `source`); the
 * translation may repeat a number the English has once.
 */
export function unmatchedNumbers(source: TextFacts, target: TextFacts, locale: string): { source: NumberToken[]; target: NumberToken[]; fewer: NumberToken[] } {
  const english = englishNumbers(source);
  const local = localNumbers(target, locale);
  let targetWords: NumberToken[] | null = null;
  let englishWords: NumberToken[] | null = null;
  const missing = english.filter((n) => !local.some((t) => meets(n, t) || isSplitOf(n, t, target.text)) &&
    !(targetWords ??= numberWords(target, locale)).some((t) => meets(n, t)));
  const present = english.filter((n) => !missing.includes(n));
  // Only an English number written twice can lose a copy; number words are read only when the
  // digits leave one over.
  let fewer = repeatsAValue(present) ? lostRepeats(present, local, target.text) : [];
  if (fewer.length) fewer = lostRepeats(present, [...local, ...(targetWords ??= numberWords(target, locale))], target.text);
  return {
    source: fewer.length ? [...missing, ...fewer].sort((a, b) => a.start - b.start) : missing,
    target: local.filter((t) => !english.some((n) => meets(n, t) || isSplitOf(n, t, target.text)) &&
      !(englishWords ??= numberWords(source, 'en')).some((n) => meets(n, t))),
    fewer,
  };
}

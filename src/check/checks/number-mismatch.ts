/** number-mismatch: numbers, versions and identifiers of the English missing or changed. */
import type { UnitCheck } from '../types.js';
import { changeMessage, enclosingGuid, pairedChanges } from '../changed-token.js';
import { foreignCurrencies, type CurrencyMention } from '../currency.js';
import { decimal, englishNumbers, localNumbers, unmatchedNumbers, type NumberToken } from '../numbers.js';
import { range, type TextFacts } from '../text.js';
import { NO_HITS } from '../unit-text.js';
import { viewOf } from '../view.js';

const DIGIT_RUN = /\d+/g;
const SEPARATED = /\d[.,:\u00a0\u202f ]\d/;

/**
 * Fast path for the common case: the same integers in any order and nothing that locale
 * conventions could write differently (no separators, no other-script digits).
 */
function plainlyEqual(source: TextFacts, target: TextFacts): boolean {
  const a = source.masked;
  const b = target.masked;
  if (SEPARATED.test(a) || SEPARATED.test(b)) return false;
  const runsA = a.match(DIGIT_RUN);
  const runsB = b.match(DIGIT_RUN);
  if (!runsA || !runsB || runsA.length !== runsB.length) return false;
  if (target.hasOtherDigit) return false;
  return runsA.sort().join(',') === runsB.sort().join(',');
}

/** The target tokens that write a version's value with a decimal comma (`1,2` for `1.2`). */
function rewrittenVersions(version: NumberToken, targets: NumberToken[]): NumberToken[] {
  const value = version.values[0].replace(/^v:/, '');
  const parts = value.split('.');
  if (parts.length > 2) return targets.filter((t) => t.raw.replace(/,/g, '.') === value);
  const amount = decimal(parts[0], parts[1]);
  return targets.filter((t) => t.values.includes(amount) && !t.raw.includes('.'));
}

/** `2 is missing once (the English has it 2 times, the translation 1)`: one of a repeated number lost. */
function lostRepeat(n: NumberToken, fewer: NumberToken[], source: TextFacts): string {
  const inEnglish = englishNumbers(source).filter((e) => e.raw === n.raw).length;
  const lost = fewer.filter((e) => e.raw === n.raw).length;
  const times = (k: number) => (k === 1 ? 'once' : `${k} times`);
  return `${n.raw} is missing ${times(lost)} (the English has it ${times(inEnglish)}, the translation ${times(inEnglish - lost)})`;
}

/** The target tokens that write a ratio as a time: "1:1 calls" → "01:01". */
function ratioAsTime(ratio: NumberToken, targets: NumberToken[]): NumberToken[] {
  const m = /^r:(\d+):(\d{1,2})$/.exec(ratio.values[0]);
  if (!m) return [];
  const time = `t:${m[1]}:${m[2].padStart(2, '0')}`;
  return targets.filter((t) => t.values.includes(time) && t.raw !== ratio.raw);
}

/** `the amount in USD ("$") is in EUR ("EUR") in the translation`. */
function currencyChange(english: CurrencyMention[], added: CurrencyMention[], source: string, target: string): string {
  const named = (mentions: CurrencyMention[], text: string) => {
    const codes = [...new Set(mentions.map((m) => m.code))].join(', ');
    const written = [...new Set(mentions.map((m) => text.slice(m.start, m.end)))].map((w) => `"${w}"`).join(', ');
    return `${codes} (${written})`;
  };
  return `the amount in ${named(english, source)} is in ${named(added, target)} in the translation`;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** "November 30, 2020", "October 21st, 2019", "1 April 2019": month, day and year, in either order. */
const DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2}(?:st|nd|rd|th)?),?\\s+(\\d{4})|(\\d{1,2}(?:st|nd|rd|th)?)\\s+${MONTH},?\\s+(\\d{4}))\\b`, 'dg');

/**
 * `the day of the date "November 30, 2020" is missing (30)`: "30 is missing" left the translator to
 * find which 30, and MT drops the day of a date more often than any other number ("sākot ar
 * 2020" for "beginning November 30, 2020"). Null when the number is no day or year of a date.
 */
function partOfDate(n: NumberToken, text: string): string | null {
  if (!/\d{4}/.test(text)) return null;
  for (const m of text.matchAll(DATE)) {
    const [, day1, year1, day2, year2] = m.indices!;
    const day = day1 ?? day2;
    const year = year1 ?? year2;
    const part = day && day[0] === n.start ? 'day' : year && year[0] === n.start ? 'year' : null;
    if (part) return `the ${part} of the date "${m[0]}" is missing (${n.raw})`;
  }
  return null;
}

/** A problem of the message; `lost` and `extra` ones may turn out to be one change. */
interface Problem { text: string; lost?: NumberToken; extra?: NumberToken }

/**
 * The messages, with a number missing and one not in the English said as one change when they are
 * one ("the translation has "…-0000000000" where the English has "…-000000000000" (2 × "0" left
 * out)"); a number inside a GUID is shown as the whole GUID.
 */
function messagesOf(problems: Problem[], source: TextFacts, target: TextFacts): string[] {
  const lost = problems.filter((p) => p.lost).map((p) => p.lost!);
  const extra = problems.filter((p) => p.extra).map((p) => p.extra!);
  const shown = (n: NumberToken, facts: TextFacts) => enclosingGuid(facts.text, n.start, n.end);
  const pairs = pairedChanges(lost, extra, (a, b) => a.kind === b.kind, (a, b) => [shown(a, source), shown(b, target)]);
  if (!pairs) return [...new Set(problems.map((p) => p.text))];
  const texts: string[] = [];
  for (const p of problems) {
    if (p.extra) continue;
    const at = p.lost ? lost.indexOf(p.lost) : -1;
    texts.push(at >= 0 ? changeMessage(shown(p.lost!, source), shown(extra[at], target)) : p.text);
  }
  return [...new Set(texts)];
}

export const numberMismatch: UnitCheck = {
  id: 'number-mismatch',
  title: 'Number mismatch',
  severity: 'error',
  scope: 'unit',
  description:
    'A number, version or identifier of the English is missing or different in the translation. Locale ' +
    'conventions are respected (1,000 = 1 000, 1.5 GB = 1,5 GB, October 31st = 31. oktobris, digits of ' +
    'other scripts), but versions and identifiers such as TLS 1.2, 5.7.1 or E5 must be written exactly as in ' +
    'English: "TLS 1,2" is wrong; a ratio stays one ("1:1 calls" is not "01:01"), and a number the English ' +
    'writes twice ("Plan 2 … Plan 2") must be there twice. An amount must keep its currency: "$120" written "120 EUR" is reported. ' +
    'Correct the number in the translation.',
  run(unit, context) {
    const { locale } = context;
    const view = viewOf(unit, context);
    if (!view.paired || view.identical) return NO_HITS;
    const translation = view.target!;
    const s = view.sourceFacts;
    const t = view.targetFacts;
    if (!s.hasDigit && !t.hasDigit && !t.hasOtherDigit) return NO_HITS;
    // The same numbers may still be in another currency: "$120" written "120 EUR".
    const currency = s.hasDigit ? foreignCurrencies(s, t) : null;
    if (plainlyEqual(s, t) && !currency?.added.length) return NO_HITS;
    const target = localNumbers(view.targetFacts, locale);
    const unmatched = unmatchedNumbers(s, t, locale);
    const problems: Problem[] = [];
    const sourceRanges: [number, number][] = [];
    const targetRanges: [number, number][] = [];
    const explained = new Set<NumberToken>();
    for (const n of unmatched.source) {
      const rewritten = n.kind === 'version' ? rewrittenVersions(n, target) : [];
      const asTime = rewritten.length ? [] : ratioAsTime(n, target);
      if (asTime.length) {
        for (const r of asTime) { explained.add(r); targetRanges.push(range(r)); }
        problems.push({ text: `ratio ${n.raw} is written ${asTime[0].raw}, a time` });
      } else if (rewritten.length) {
        for (const r of rewritten) { explained.add(r); targetRanges.push(range(r)); }
        problems.push({ text: `version ${n.raw} is written ${rewritten[0].raw} (versions keep the dot)` });
      } else if (unmatched.fewer.includes(n)) {
        problems.push({ text: lostRepeat(n, unmatched.fewer, s), lost: n });
      } else {
        problems.push({ text: partOfDate(n, s.text) ?? `${n.raw} is missing`, lost: n });
      }
      sourceRanges.push(range(n));
    }
    const source = englishNumbers(s);
    for (const n of unmatched.target) {
      if (explained.has(n)) continue;
      const version = source.find((e) => e.kind === 'version' && rewrittenVersions(e, [n]).length > 0);
      problems.push(version ? { text: `version ${version.raw} is written ${n.raw} (versions keep the dot)` } : { text: `${n.raw} is not in the English`, extra: n });
      targetRanges.push(range(n));
      // The version the message names is marked in the English too ("OAuth 2.0" for "OAuth 2,0").
      if (version) sourceRanges.push(range(version));
    }
    if (currency?.added.length) {
      problems.push({ text: currencyChange(currency.english, currency.added, view.source!, translation) });
      sourceRanges.push(...currency.english.map(range));
      targetRanges.push(...currency.added.map(range));
    }
    if (problems.length === 0) return NO_HITS;
    return [{ message: messagesOf(problems, s, t).join('; '), highlights: { source: sourceRanges, target: targetRanges } }];
  },
};

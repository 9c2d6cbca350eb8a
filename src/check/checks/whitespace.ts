/** whitespace: leading/trailing space, double spaces or space before punctuation not in the English. */
import { gluedWords } from '../glued.js';
import { cutEnd, cutStart } from '../quote-cut.js';
import type { CheckHit, UnitCheck } from '../types.js';
import type { TextFacts, Token } from '../text.js';
import { templatesOf } from '../url-templates.js';
import { NO_HITS } from '../unit-text.js';
import { urlDifferences } from '../urls.js';
import { viewOf } from '../view.js';
import { escapeRegExp } from '../../regexp.js';

const DOUBLE_SPACE = /(?<=\S)[ \u00a0]{2,}(?=\S)/g;
const MAYBE_DOUBLE = /[ \u00a0]{2}/;
const MAYBE_BEFORE = /[ \u00a0]\[?[.,:;!?]/;
/** A space before punctuation, also one that starts a link's text: "par to [, kad…](…)" shows "par to , kad". */
const SPACE_BEFORE_PUNCTUATION = /(?<=[\p{L}\p{N}>)\]*_`])[ \u00a0]+(?=\[?[.,:;!?](?:\s|$))/gu;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** Length of the whitespace at the start / end of a text (without copying it). */
function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
function trailingSpace(text: string): number {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.length - i;
}

/**
 * Matches outside code spans and URLs (whose spacing is their own business), and outside the URLs
 * url-mismatch reports as broken (`slips`): "https:// <tenant> . SharePoint.com" is one finding there.
 */
function proseMatches(facts: TextFacts, pattern: RegExp, slips: Token[] = []): [number, number][] {
  const text = facts.text;
  const guarded = [...facts.code, ...facts.urls, ...slips];
  const out: [number, number][] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!guarded.some((g) => start < g.end && end > g.start)) out.push([start, end]);
  }
  return out;
}

/** Menu and list separators that stand alone between spaces: "Settings > Mail", "A | B", "Yes / No", "A - B". */
const SEPARATORS = new Set([...'>|+/→-–—']);
const isSeparator = (ch: string): boolean => SEPARATORS.has(ch);
const isSpaceChar = (ch: string | undefined): boolean => ch === undefined || isSpace(ch.charCodeAt(0));

/**
 * A run of spaces that pads a separator ("Settings  >  Mail"). The translation tool pads every
 * menu arrow so, the English rarely; a browser shows one space either way, and the padding tells
 * nothing about the text, so it is no finding (over 800 infos on the real corpus). A double space
 * between words still is: it is often where a word or markup was lost.
 */
function padsSeparator(text: string, [start, end]: [number, number]): boolean {
  const next = text[end] === '\\' && text[end + 1] === '>' ? end + 1 : end;
  if (isSeparator(text[next] ?? '') && isSpaceChar(text[next + 1])) return true;
  const sep = start - 1;
  if (sep < 0 || !isSeparator(text[sep])) return false;
  const before = text[sep] === '>' && text[sep - 1] === '\\' ? sep - 2 : sep - 1;
  return before < 0 || isSpaceChar(text[before]);
}

/** Double spaces between words (not a separator's padding), outside code and URLs. */
const doubleSpaces = (facts: TextFacts, slips: () => Token[] = () => []): [number, number][] =>
  proseMatches(facts, DOUBLE_SPACE, slips()).filter((r) => !padsSeparator(facts.text, r));

/** Whether url-mismatch can report a URL of this English as broken in the translation. */
const mayHaveUrlSlips = (source: TextFacts): boolean => source.urls.length > 0 || templatesOf(source).length > 0;

/**
 * URLs and host names of the English that the translation writes with spaces around their dots
 * or slashes: "\*. onmicrosoft.com", "https:// <tenant> . SharePoint.com/sites/ <sitename>". The
 * name is still there to url-mismatch, but a reader who copies it gets a broken one. A URL that
 * url-mismatch reports as missing ("https://portal.azure.com/ #home" for ".../#home") is left to
 * it: one slip, one finding, and the URL one says what is broken.
 */
function splitUrls(source: TextFacts, target: TextFacts, locale: string): [number, number][] {
  const out: [number, number][] = [];
  const lower = target.text.toLowerCase();
  let missing: Token[] | undefined;
  for (const url of source.urls) {
    if (!/[./]/.test(url.text) || lower.includes(url.text.toLowerCase())) continue;
    missing ??= urlDifferences(source, target, locale).missing;
    if (missing.some((m) => url.start >= m.start && url.end <= m.end)) continue;
    const spaced = new RegExp(escapeRegExp(url.text).replace(/\\\.|\//g, (sep) => `[ \u00a0]*${sep}[ \u00a0]*`), 'i').exec(target.text);
    if (spaced && /[ \u00a0]/.test(spaced[0])) {
      out.push([spaced.index, spaced.index + spaced[0].length]);
    }
  }
  return out;
}

/** Words quoted on each side of a space, so the translator can find it (or search for it) in the file. */
const WORDS = 2;
/** At most this many characters on a side (a long URL is one word), give or take a URL part (quote-cut.ts). */
const SIDE = 30;
/** Spaces quoted per kind of problem; the rest are counted. */
const QUOTED = 2;

/** Where the `WORDS` words before offset `at` start. */
function wordsBefore(text: string, at: number): number {
  let i = at;
  for (let w = 0; w < WORDS && i > 0; w++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  if (i >= at - SIDE) return i;
  // Too long to quote whole: cut where a URL's parts meet, not mid-host (quote-cut.ts).
  const cap = at - SIDE;
  let wordStart = cap;
  while (wordStart > 0 && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  let wordEnd = cap;
  while (wordEnd < at && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  let cut = cutStart(text, wordStart, wordEnd, cap, SIDE);
  // Nothing of the word left: the quote starts at the next, not at a space.
  while (cut < at && isSpace(text.charCodeAt(cut))) cut++;
  return cut;
}

/** Where the `WORDS` words after offset `at` end. */
function wordsAfter(text: string, at: number): number {
  let i = at;
  for (let w = 0; w < WORDS && i < text.length; w++) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  }
  if (i <= at + SIDE) return i;
  const cap = at + SIDE;
  let wordStart = cap;
  while (wordStart > at && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
  let wordEnd = cap;
  while (wordEnd < text.length && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  let cut = cutEnd(text, wordStart, wordEnd, cap, SIDE);
  while (cut > at && isSpace(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

/** The space at `range` with two words on each side, as written (a search finds it): `"…til høyre  på hjemmesiden…"`. */
function around(text: string, [start, end]: [number, number]): string {
  const from = wordsBefore(text, start);
  const to = wordsAfter(text, end);
  return `"${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}"`;
}

/** `double space ("…Spor  og…")`: a problem and where it is. */
function located(problem: string, text: string, ranges: [number, number][]): string {
  const quotes = ranges.slice(0, QUOTED).map((r) => around(text, r));
  if (ranges.length > QUOTED) quotes.push(`${ranges.length - QUOTED} more`);
  return `${problem} (${quotes.join(', ')})`;
}

/**
 * Words the translation glued to bold, a link or code ("**Atvērt**un" shows "Atvērtun"), more than
 * the English has: a warning, not an info, since unlike a double space the reader sees it.
 */
function glued(source: TextFacts, target: TextFacts): CheckHit[] {
  let found = gluedWords(target);
  if (found.length === 0) return NO_HITS;
  // What the English glues the same way is the author's ("M[icrosoft 365](…)" reads "Microsoft").
  const english = gluedWords(source).map((g) => g.seen);
  found = found.filter((g) => {
    const at = english.indexOf(g.seen);
    if (at >= 0) english.splice(at, 1);
    return at < 0;
  });
  if (found.length <= english.length) return NO_HITS;
  const seen = found.map((g) => `"${g.seen}" (${g.where})`).join(', ');
  return [{
    severity: 'warning',
    message: `missing space${found.length > 1 ? 's' : ''}: the reader sees ${seen}; add ${found.length > 1 ? 'the spaces' : 'a space'}`,
    highlights: { target: found.map((g) => [g.start, g.end] as [number, number]) },
  }];
}

export const whitespace: UnitCheck = {
  id: 'whitespace',
  title: 'Whitespace',
  severity: 'info',
  scope: 'unit',
  description:
    'The translation has spacing the English does not: a leading or trailing space inside the span, two ' +
    'spaces in a row between words (not the padding of a menu arrow, "Settings  >  Mail", which a browser ' +
    'shows as one space), a space before a full stop, comma, colon or question mark (a typical machine ' +
    'translation artifact around placeholders and markup), or a space inside a URL or host name of the ' +
    'English ("*. onmicrosoft.com"), which breaks it for a reader who copies it (a URL the space cuts short, ' +
    'or a URL holding a placeholder, "https:// <tenant> . sharepoint.com", is reported by url-mismatch ' +
    'alone). The message quotes the words around each space, as written, to search the file for. Remove the ' +
    'extra space. A word glued to bold, a link or inline code ("**Atvērt**un", ' +
    '"[…centru](…)un"), which the reader sees as one word ("Atvērtun"), is a warning: add the space.',
  run(unit, context) {
    const view = viewOf(unit, context);
    if (!view.paired) return NO_HITS;
    if (view.identical) return NO_HITS;
    const source = view.source!;
    const target = view.target!;
    const problems: string[] = [];
    const ranges: [number, number][] = [];
    const found = (problem: string, at: [number, number][]) => { problems.push(located(problem, target, at)); ranges.push(...at); };
    const lead = leadingSpace(target);
    if (lead > 0 && leadingSpace(source) === 0) found('leading space', [[0, lead]]);
    const trail = trailingSpace(target);
    if (trail > 0 && trailingSpace(source) === 0) found('trailing space', [[target.length - trail, target.length]]);
    let slips: Token[] | undefined;
    const urlSlips = () => (slips ??= mayHaveUrlSlips(view.sourceFacts) ? urlDifferences(view.sourceFacts, view.targetFacts, context.locale).extra : []);
    const doubles = MAYBE_DOUBLE.test(target) ? doubleSpaces(view.targetFacts, urlSlips) : [];
    // Every double space of the English counts, a separator's too: "[Title](url)  - Text" copied
    // as "[Tittel](url)  -tekst" keeps the English spacing, only the dash moved.
    if (doubles.length && doubles.length > proseMatches(view.sourceFacts, DOUBLE_SPACE).length) found('double space', doubles);
    const before = MAYBE_BEFORE.test(target) ? proseMatches(view.targetFacts, SPACE_BEFORE_PUNCTUATION, urlSlips()) : [];
    if (before.length && before.length > proseMatches(view.sourceFacts, SPACE_BEFORE_PUNCTUATION).length) found('space before punctuation', before);
    const split = view.sourceFacts.urls.length ? splitUrls(view.sourceFacts, view.targetFacts, context.locale) : [];
    if (split.length) found('space inside a URL or host name', split);
    const missing = glued(view.sourceFacts, view.targetFacts);
    if (problems.length === 0) return missing;
    return [{ message: `${problems.join(', ')} not in the English`, highlights: { target: ranges } }, ...missing];
  },
};
